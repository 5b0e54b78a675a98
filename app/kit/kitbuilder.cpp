#include "kit/kitbuilder.h"

#include "kit/kittexts.h"
#include "locale/dateformatter.h"
#include "locale/languages.h"
#include "procedure/ruledeadlines.h"
#include "vault/documentrepository.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QLocale>

namespace samen::kit {

namespace {

QString formatDate(QDate date, const QString &language)
{
    return locale::DateFormatter::forLanguage(language).format(date).oneLine();
}

KitSection whoSection(const dossier::FamilyMember &member, const KitTexts &texts)
{
    KitSection section { texts.kit(u"who"_qs), {} };
    if (!member.name.isEmpty())
        section.items.append({ texts.kit(u"name"_qs), member.name });
    if (!member.latinName.isEmpty())
        section.items.append({ texts.kit(u"latinName"_qs), member.latinName });
    return section;
}

// The member's own checklist; before it exists, the pack's papers for their relation.
KitSection papersSection(vault::Database &db, const rules::RulePack &pack,
                         const dossier::FamilyMember &member, const KitTexts &texts)
{
    KitSection section { texts.kit(u"bring"_qs), {} };
    const auto documents = vault::DocumentRepository(db).documents(member.id);
    QStringList kinds;
    for (const dossier::Document &document : documents)
        kinds.append(document.kind);
    if (kinds.isEmpty()) {
        for (const rules::DocumentSpec &spec : pack.documents) {
            if (spec.relations.contains(member.relation) && spec.outcomes.isEmpty())
                kinds.append(spec.id);
        }
    }
    for (const QString &kind : std::as_const(kinds)) {
        const QString name = texts.word(u"document."_qs + kind);
        section.items.append({ {}, name.isEmpty() ? kind : name });
    }
    return section;
}

// The step whose date a deadline counts from, in words ("Application approved").
QString stepOf(const rules::RulePack &pack, const rules::DeadlineSpec &spec, const KitTexts &texts)
{
    for (const rules::StageSpec &stage : pack.stages) {
        if (stage.sets == spec.from)
            return texts.word(u"stage."_qs + stage.id);
    }
    return {};
}

KitItem deadlineItem(const rules::RulePack &pack, const QString &id,
                     const QList<procedure::RuleDeadline> &known, const KitTexts &texts)
{
    const QString label = texts.word(u"deadline."_qs + id);
    for (const procedure::RuleDeadline &deadline : known) {
        if (deadline.ruleId != id)
            continue;
        const QString date = formatDate(deadline.due, texts.language());
        return { label, deadline.closed ? texts.kit(u"done"_qs).arg(date) : date };
    }
    const rules::DeadlineSpec *spec = pack.deadline(id);
    const QString step = spec ? stepOf(pack, *spec, texts) : QString();
    return { label, texts.kit(u"notKnown"_qs).arg(locale::isolated(step)) };
}

KitSection datesSection(vault::Database &db, const rules::RulePack &pack, qint64 memberId,
                        const KitTexts &texts)
{
    vault::TimelineRepository timeline(db);
    KitSection section { texts.kit(u"dates"_qs), {} };
    procedure::MemberStages stages { memberId, {} };
    for (const dossier::StageEvent &event : timeline.stageEvents(memberId))
        stages.dates.insert(event.stage, QDate::fromString(event.date, Qt::ISODate));
    const QDate appointment = stages.dates.value(u"embassyAppointment"_qs);
    section.items.append({ texts.kit(u"appointment"_qs),
                           appointment.isValid() ? formatDate(appointment, texts.language())
                                                 : texts.kit(u"appointmentUnknown"_qs) + u" ________"_qs });
    for (const dossier::Deadline &row : timeline.deadlines()) {
        if (row.memberId != memberId || row.ruleId != procedure::letterRule || row.done)
            continue;
        const QString date = formatDate(QDate::fromString(row.dueDate, Qt::ISODate), texts.language());
        section.items.append({ texts.word(u"deadline.letter"_qs),
                               row.label.isEmpty()
                                   ? date
                                   : date + u"\n"_qs + locale::isolated(u"“"_qs + row.label + u"”"_qs) });
    }
    const auto known = procedure::ruleDeadlines(pack, {}, { stages });
    for (const QString &id : kitDeadlineIds())
        section.items.append(deadlineItem(pack, id, known, texts));
    return section;
}

KitSection dnaSection(const KitTexts &texts)
{
    return { texts.kit(u"dnaOrInterview"_qs),
             { { {}, texts.journey(u"letter.dnaOrInterview.what"_qs) },
               { u"DNA-onderzoek"_qs, texts.journey(u"glossary.dnaOnderzoek"_qs) },
               { u"Identificerend gehoor"_qs, texts.journey(u"glossary.gehoor"_qs) } } };
}

} // namespace

QStringList kitDeadlineIds()
{
    return { u"mvvCollection"_qs, u"travel"_qs, u"indAppointment"_qs };
}

Kit buildKit(vault::Database &db, const rules::RulePack &pack, qint64 memberId, const QString &language,
             QDate today)
{
    const auto member = vault::PeopleRepository(db).member(memberId);
    if (!member)
        return {};
    const KitTexts texts(language);
    Kit kit;
    kit.language = texts.language();
    kit.rightToLeft = locale::languageFor(kit.language).direction == Qt::RightToLeft;
    kit.name = !member->name.isEmpty() ? member->name
        : !member->latinName.isEmpty() ? member->latinName
                                       : texts.word(u"relation."_qs + member->relation);
    kit.title = texts.kit(u"title"_qs).arg(locale::isolated(kit.name));
    kit.subtitle = texts.kit(u"subtitle"_qs);
    kit.sections = { whoSection(*member, texts), papersSection(db, pack, *member, texts),
                     datesSection(db, pack, memberId, texts), dnaSection(texts) };
    kit.footer = texts.kit(u"footer"_qs).arg(formatDate(today, kit.language));
    return kit;
}

} // namespace samen::kit
