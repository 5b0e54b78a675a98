#include "summary/summarybuilder.h"

#include "rules/case.h"
#include "rules/evaluator.h"
#include "texts/summarytexts.h"
#include "vault/answerstore.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace samen::summary {

namespace {

struct Evaluated
{
    QHash<QString, rules::MemberResult> byInterviewId;
    QHash<QString, QString> birthDates;
    QString status;
    QString decisionDate;
};

Evaluated evaluate(vault::Database &db, const rules::RulePack &pack, QDate today)
{
    QJsonObject answers = vault::AnswerStore(db).load(pack);
    Evaluated evaluated;
    const QJsonObject sponsor = answers.value(u"sponsor"_qs).toObject();
    evaluated.status = sponsor.value(u"status"_qs).toString();
    evaluated.decisionDate = sponsor.value(u"decisionDate"_qs).toString();
    for (const QJsonValue &member : answers.value(u"members"_qs).toArray()) {
        const QJsonObject object = member.toObject();
        evaluated.birthDates.insert(object.value(u"id"_qs).toString(),
                                    object.value(u"birthDate"_qs).toString());
    }
    answers.insert(u"today"_qs, today.toString(Qt::ISODate));
    const auto parsed = rules::parseCase(answers);
    const auto result = parsed.value ? rules::Evaluator(pack).evaluate(*parsed.value).value : std::nullopt;
    if (result) {
        for (const rules::MemberResult &member : result->members)
            evaluated.byInterviewId.insert(member.id, member);
    }
    return evaluated;
}

QString isoToDutch(const QString &iso)
{
    return SummaryTexts::date(QDate::fromString(iso, Qt::ISODate));
}

void addVerdict(MemberSummary &member, const rules::MemberResult *result, const rules::RulePack &pack,
                const SummaryTexts &texts)
{
    if (!result) {
        member.outcome = texts.noOutcome();
        return;
    }
    member.outcomeId = rules::outcomeName(result->outcome);
    member.outcome = texts.outcome(result->outcome);
    if (result->earliest)
        member.outcome += u" · "_qs + SummaryTexts::date(*result->earliest);
    member.ruleId = result->rules.value(0);
    const rules::Rule *rule = pack.rule(member.ruleId);
    const rules::Source *source = rule ? pack.source(rule->source) : nullptr;
    member.ruleSource = source ? source->title : QString();
}

void addProgress(MemberSummary &member, qint64 memberId, vault::Database &db, const SummaryTexts &texts)
{
    const auto stages = vault::TimelineRepository(db).stageEvents(memberId);
    member.stage = stages.isEmpty()
        ? texts.stage(u"none"_qs)
        : texts.stage(stages.constLast().stage) + u" · "_qs + isoToDutch(stages.constLast().date);
    for (const dossier::Document &document : vault::DocumentRepository(db).documents(memberId)) {
        const QString name = texts.document(document.kind);
        if (document.status == dossier::DocumentStatus::Ready)
            member.documentsReady.append(name);
        else
            member.documentsMissing.append(QStringLiteral("%1 (%2)").arg(
                name, texts.documentStatus(dossier::statusName(document.status))));
        if (!document.note.isEmpty())
            member.notes.append({ name, document.note });
    }
}

QList<DeadlineSummary> openDeadlines(vault::Database &db, const QHash<qint64, QString> &names,
                                     const SummaryTexts &texts)
{
    QList<DeadlineSummary> deadlines;
    for (const dossier::Deadline &deadline : vault::TimelineRepository(db).deadlines()) {
        if (deadline.done)
            continue;
        const QString whom =
            deadline.memberId == 0 ? texts.label(u"everyone"_qs) : names.value(deadline.memberId);
        const DeadlineSummary line { texts.deadline(deadline.ruleId), whom, isoToDutch(deadline.dueDate),
                                     deadline.label };
        const auto same = std::find_if(deadlines.begin(), deadlines.end(), [&](const DeadlineSummary &seen) {
            return seen.what == line.what && seen.date == line.date && seen.ownLabel == line.ownLabel;
        });
        if (same == deadlines.end())
            deadlines.append(line);
        else if (!same->whom.split(u", "_qs).contains(whom))
            same->whom += u", "_qs + whom;
    }
    return deadlines;
}

// The Latin name, else the own name, else "Kind 1": the relation, numbered among its kind.
QString titleOf(const dossier::FamilyMember &row, const QList<dossier::FamilyMember> &rows,
                const SummaryTexts &texts)
{
    if (!row.latinName.isEmpty())
        return row.latinName;
    if (!row.name.isEmpty())
        return row.name;
    int same = 0;
    int position = 0;
    for (const dossier::FamilyMember &other : rows) {
        if (other.relation != row.relation)
            continue;
        ++same;
        if (other.id == row.id)
            position = same;
    }
    const QString noun = texts.relation(row.relation);
    return same > 1 ? u"%1 %2"_qs.arg(noun).arg(position) : noun;
}

} // namespace

Summary buildSummary(vault::Database &db, const rules::RulePack &pack, const SummaryTexts &texts, QDate today)
{
    Summary summary;
    summary.language = texts.language();
    summary.rulesAsOf = SummaryTexts::date(pack.rulesAsOf);
    summary.exportDate = SummaryTexts::date(today);
    vault::PeopleRepository people(db);
    const auto referents = people.referents();
    if (referents.isEmpty())
        return summary;
    const dossier::Referent &referent = referents.constFirst();
    const Evaluated evaluated = evaluate(db, pack, today);
    summary.referentName = referent.name;
    summary.referentLatinName = referent.latinName;
    summary.protection = texts.status(evaluated.status);
    summary.decisionDate =
        isoToDutch(referent.permitDate.isEmpty() ? evaluated.decisionDate : referent.permitDate);
    QHash<qint64, QString> names;
    const auto rows = people.members(referent.id);
    for (const dossier::FamilyMember &row : rows) {
        MemberSummary member;
        member.id = row.id;
        member.name = row.name;
        member.latinName = row.latinName;
        member.relation = texts.relation(row.relation);
        member.title = titleOf(row, rows, texts);
        member.birthDate = isoToDutch(evaluated.birthDates.value(row.interviewId));
        const auto found = evaluated.byInterviewId.constFind(row.interviewId);
        addVerdict(member, found == evaluated.byInterviewId.constEnd() ? nullptr : &*found, pack, texts);
        if (!row.note.isEmpty())
            member.notes.append({ {}, row.note });
        addProgress(member, row.id, db, texts);
        names.insert(row.id, member.title);
        summary.members.append(member);
    }
    summary.deadlines = openDeadlines(db, names, texts);
    return summary;
}

} // namespace samen::summary
