#include "summarybuilder.h"

#include "answerstore.h"
#include "rules/case.h"
#include "rules/evaluator.h"
#include "summarytexts.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QHash>

namespace samen::summary {

namespace {

struct Evaluated
{
    QHash<QString, rules::MemberResult> byInterviewId;
    QString status;
    QString decisionDate;
};

Evaluated evaluate(vault::Database &db, const rules::RulePack &pack, QDate today)
{
    QJsonObject answers = AnswerStore(db).load(pack);
    Evaluated evaluated;
    const QJsonObject sponsor = answers.value(u"sponsor"_qs).toObject();
    evaluated.status = sponsor.value(u"status"_qs).toString();
    evaluated.decisionDate = sponsor.value(u"decisionDate"_qs).toString();
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
        deadlines.append(
            { texts.deadline(deadline.ruleId), whom, isoToDutch(deadline.dueDate), deadline.label });
    }
    return deadlines;
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
    for (const dossier::FamilyMember &row : people.members(referent.id)) {
        MemberSummary member {
            row.name, row.latinName, texts.relation(row.relation), {}, {}, {}, {}, {}, {}, {}, {}
        };
        const auto found = evaluated.byInterviewId.constFind(row.interviewId);
        addVerdict(member, found == evaluated.byInterviewId.constEnd() ? nullptr : &*found, pack, texts);
        if (!row.note.isEmpty())
            member.notes.append({ {}, row.note });
        addProgress(member, row.id, db, texts);
        names.insert(row.id, row.latinName.isEmpty() ? row.name : row.latinName);
        summary.members.append(member);
    }
    summary.deadlines = openDeadlines(db, names, texts);
    return summary;
}

} // namespace samen::summary
