#include "demo/demohouseholds.h"

#include "demo/demodata.h"
#include "rules/case.h"
#include "rules/deadlines.h"
#include "rules/evaluator.h"
#include "rules/interview.h"
#include "rules/pack.h"
#include "vault/answerstore.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/familysync.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>

#include <algorithm>

namespace samen::demo {

namespace {

using namespace data;

bool saveAnswers(vault::Database &db, const rules::RulePack &pack, const DemoHousehold &household)
{
    vault::AnswerStore store(db);
    QStringList ids;
    for (const DemoMember &demo : household.members)
        ids.append(demo.interviewId);
    bool ok = store.saveMembers(ids);
    for (const Answer &answer : household.answers)
        ok = ok && pack.question(answer.questionId) &&
            store.saveAnswer(*pack.question(answer.questionId), {}, answer.value);
    for (const DemoMember &demo : household.members) {
        for (const Answer &answer : demo.answers)
            ok = ok && pack.question(answer.questionId) &&
                store.saveAnswer(*pack.question(answer.questionId), demo.interviewId, answer.value);
    }
    return ok;
}

const DemoMember *demoFor(const DemoHousehold &household, const QString &interviewId)
{
    for (const DemoMember &demo : household.members) {
        if (demo.interviewId == interviewId)
            return &demo;
    }
    return nullptr;
}

// Stage ids whose date starts a deadline, with the name computeDeadlines knows that date by.
const QHash<QString, QString> &stageDates()
{
    static const QHash<QString, QString> names { { u"applicationFiled"_qs, u"applicationDate"_qs },
                                                 { u"refused"_qs, u"refusalDate"_qs },
                                                 { u"granted"_qs, u"approvalDate"_qs },
                                                 { u"mvvIssued"_qs, u"mvvIssuedDate"_qs },
                                                 { u"arrived"_qs, u"arrivalDate"_qs } };
    return names;
}

// Deadlines that a later stage settles: the IND decided, the mvv was collected, the family travelled.
bool settled(const QString &deadlineId, const QList<Stage> &stages)
{
    static const QHash<QString, QStringList> settledBy { { u"decision"_qs, { u"granted"_qs, u"refused"_qs } },
                                                         { u"mvvCollection"_qs, { u"mvvIssued"_qs } },
                                                         { u"travel"_qs,
                                                           { u"travelled"_qs, u"arrived"_qs } } };
    const QStringList settling = settledBy.value(deadlineId);
    return std::any_of(stages.begin(), stages.end(),
                       [&](const Stage &stage) { return settling.contains(stage.stage); });
}

class Filler
{
public:
    Filler(vault::Database &db, const rules::RulePack &pack, QDate today)
        : m_db(db)
        , m_pack(pack)
        , m_today(today)
    { }

    bool fill(const DemoHousehold &household)
    {
        if (!saveAnswers(m_db, m_pack, household) || !isComplete() || !vault::FamilySync(m_db).sync())
            return false;
        const auto evaluation = evaluate();
        if (!evaluation)
            return false;
        vault::PeopleRepository people(m_db);
        dossier::Referent referent = household.referent;
        referent.id = vault::FamilySync(m_db).ensureReferent();
        if (referent.id == 0 || !people.save(referent))
            return false;
        if (!saveDeadline(0, m_pack.windowDeadline, evaluation->window))
            return false;
        for (dossier::FamilyMember row : people.members(referent.id)) {
            const DemoMember *demo = demoFor(household, row.interviewId);
            if (!demo || !saveMember(row, *demo, *evaluation))
                return false;
        }
        return saveLetters(household, people.members(referent.id));
    }

private:
    [[nodiscard]] QJsonObject answers()
    {
        QJsonObject loaded = vault::AnswerStore(m_db).load(m_pack);
        loaded.insert(u"today"_qs, m_today.toString(Qt::ISODate));
        return loaded;
    }

    [[nodiscard]] bool isComplete() { return !rules::Interview(m_pack).nextQuestion(answers()); }

    [[nodiscard]] std::optional<rules::CaseResult> evaluate()
    {
        const auto parsed = rules::parseCase(answers());
        if (!parsed.value)
            return std::nullopt;
        m_case = *parsed.value;
        return rules::Evaluator(m_pack).evaluate(m_case).value;
    }

    bool saveMember(dossier::FamilyMember &row, const DemoMember &demo, const rules::CaseResult &evaluation)
    {
        row.name = demo.name;
        row.latinName = demo.latinName;
        row.birthDate = demo.birthDate.toString(Qt::ISODate);
        row.country = m_case.sponsor.country;
        row.note = demo.note;
        if (!vault::PeopleRepository(m_db).save(row))
            return false;
        for (const rules::MemberResult &result : evaluation.members) {
            if (result.id == demo.interviewId && !saveDocuments(row.id, demo, result.requiredDocuments))
                return false;
        }
        return saveStages(row.id, demo);
    }

    bool saveDocuments(qint64 memberId, const DemoMember &demo, const QStringList &kinds)
    {
        vault::DocumentRepository documents(m_db);
        for (const QString &kind : kinds) {
            dossier::Document document { 0,
                                         memberId,
                                         kind,
                                         demo.documents.value(kind, DocumentStatus::Missing),
                                         demo.documentNotes.value(kind),
                                         m_now };
            if (!documents.save(document))
                return false;
        }
        return true;
    }

    bool saveStages(qint64 memberId, const DemoMember &demo)
    {
        vault::TimelineRepository timeline(m_db);
        rules::Case dates = m_case;
        dates.sponsor.decisionDate.reset();
        QStringList known;
        for (const Stage &stage : demo.stages) {
            dossier::StageEvent event { 0, memberId, stage.stage, stage.date.toString(Qt::ISODate), {} };
            if (!timeline.save(event))
                return false;
            const QString name = stageDates().value(stage.stage);
            if (name == u"applicationDate")
                dates.applicationDate = stage.date;
            else if (!name.isEmpty())
                dates.procedureDates.insert(name, stage.date);
            if (!name.isEmpty())
                known.append(name);
        }
        for (const rules::Deadline &deadline : rules::computeDeadlines(m_pack, dates)) {
            const auto *spec = m_pack.deadline(deadline.id);
            if (spec && known.contains(spec->from) &&
                !saveDeadline(memberId, deadline.id, deadline, settled(deadline.id, demo.stages)))
                return false;
        }
        return true;
    }

    bool saveDeadline(qint64 memberId, const QString &ruleId, const std::optional<rules::Deadline> &deadline,
                      bool settled = false)
    {
        if (!deadline)
            return true;
        dossier::Deadline row {
            0,  memberId, ruleId, deadline->date.toString(Qt::ISODate), settled || deadline->date < m_today,
            {}, {}
        };
        return vault::TimelineRepository(m_db).save(row);
    }

    bool saveLetters(const DemoHousehold &household, const QList<dossier::FamilyMember> &rows)
    {
        for (const Letter &letter : household.letters) {
            qint64 memberId = 0;
            for (const dossier::FamilyMember &row : rows)
                memberId = row.interviewId == letter.interviewId ? row.id : memberId;
            dossier::Deadline row {
                0, memberId, u"letter"_qs, letter.due.toString(Qt::ISODate), false, letter.label, {}
            };
            if (!vault::TimelineRepository(m_db).save(row))
                return false;
        }
        return true;
    }

    vault::Database &m_db;
    const rules::RulePack &m_pack;
    QDate m_today;
    rules::Case m_case;
    QString m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
};

} // namespace

std::optional<Household> householdNamed(const QString &name)
{
    if (name == u"syria")
        return Household::Syria;
    if (name == u"eritrea")
        return Household::Eritrea;
    return std::nullopt;
}

bool fill(vault::Database &db, const rules::RulePack &pack, Household household, QDate today)
{
    Filler filler(db, pack, today);
    return filler.fill(data::household(household, today));
}

} // namespace samen::demo
