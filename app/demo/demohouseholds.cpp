#include "demohouseholds.h"

#include "answerstore.h"
#include "rules/case.h"
#include "rules/deadlines.h"
#include "rules/evaluator.h"
#include "rules/interview.h"
#include "rules/pack.h"
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

using dossier::DocumentStatus;

struct Answer
{
    QString questionId;
    QJsonValue value;
};

struct Stage
{
    QString stage;
    QDate date;
};

struct DemoMember
{
    QString interviewId;
    QString name;
    QString latinName;
    QDate birthDate;
    QList<Answer> answers;
    QString note;
    QList<Stage> stages;
    QHash<QString, DocumentStatus> documents;
    QHash<QString, QString> documentNotes;
};

struct Letter
{
    QString interviewId;
    QString label;
    QDate due;
};

struct DemoHousehold
{
    dossier::Referent referent;
    QList<Answer> answers;
    QList<DemoMember> members;
    QList<Letter> letters;
};

QJsonValue iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QList<Answer> memberAnswers(const QString &relation, QDate birthDate, QList<Answer> more)
{
    QList<Answer> answers { { u"member.relation"_qs, relation }, { u"member.birthDate"_qs, iso(birthDate) } };
    answers.append(more);
    answers.append({ u"member.mentionedInAsylum"_qs, true });
    return answers;
}

DemoMember member(const QString &id, const QString &relation, const QString &name, const QString &latinName,
                  QDate birthDate, QList<Answer> more = {})
{
    return { id, name, latinName, birthDate, memberAnswers(relation, birthDate, std::move(more)),
             {}, {},   {},        {} };
}

DemoHousehold syria(QDate today)
{
    const QDate decision = today.addDays(-40);
    const QDate filed = today.addDays(-10);
    DemoHousehold household;
    household.referent = { 0,
                           u"محمد الحسن"_qs,
                           u"Mohammed Al-Hassan"_qs,
                           iso(today.addYears(-42).addDays(-75)).toString(),
                           u"SY"_qs,
                           iso(decision).toString() };
    household.answers = { { u"application.date"_qs, iso(filed) },
                          { u"sponsor.birthDate"_qs, iso(today.addYears(-42).addDays(-75)) },
                          { u"sponsor.arrivedUnaccompanied"_qs, false },
                          { u"sponsor.decisionDate"_qs, iso(decision) },
                          { u"sponsor.status"_qs, u"refugee"_qs },
                          { u"sponsor.country"_qs, u"SY"_qs } };
    const QList<Answer> bond { { u"member.bondBeforeEntry"_qs, true } };
    const QList<Answer> minor { { u"member.bondBeforeEntry"_qs, true },
                                { u"member.otherParentStaysBehind"_qs, false } };
    DemoMember wife = member(u"m1"_qs, u"spouse"_qs, u"فاطمة الحسن"_qs, u"Fatima Al-Hassan"_qs,
                             today.addYears(-38).addDays(-20), bond);
    DemoMember omar =
        member(u"m2"_qs, u"child"_qs, u"عمر الحسن"_qs, u"Omar Al-Hassan"_qs, today.addYears(-19).addDays(-50),
               { { u"member.bondBeforeEntry"_qs, true },
                 { u"member.married"_qs, false },
                 { u"member.ownPartner"_qs, false } });
    DemoMember lina = member(u"m3"_qs, u"child"_qs, u"لينا الحسن"_qs, u"Lina Al-Hassan"_qs,
                             today.addYears(-12).addDays(-130), minor);
    DemoMember yusuf = member(u"m4"_qs, u"child"_qs, u"يوسف الحسن"_qs, u"Yusuf Al-Hassan"_qs,
                              today.addYears(-7).addDays(-10), minor);
    wife.note = u"Lives with the children in Gaziantep (Turkey). Phone via her brother."_qs;
    omar.note = u"عمر يعيش مع أمه ويدرس. نسأل المحامي."_qs;
    for (DemoMember *filedFor : { &wife, &lina, &yusuf })
        filedFor->stages = { { u"applicationFiled"_qs, filed } };
    wife.documents = { { u"identity"_qs, DocumentStatus::Ready },
                       { u"marriageCertificate"_qs, DocumentStatus::Translated },
                       { u"policeRecord"_qs, DocumentStatus::Requested } };
    wife.documentNotes = { { u"marriageCertificate"_qs, u"Original is in Damascus with my cousin."_qs } };
    omar.documents = { { u"identity"_qs, DocumentStatus::Have } };
    lina.documents = { { u"identity"_qs, DocumentStatus::Ready },
                       { u"birthCertificate"_qs, DocumentStatus::Ready } };
    yusuf.documents = { { u"birthCertificate"_qs, DocumentStatus::Have } };
    household.members = { wife, omar, lina, yusuf };
    household.letters = { { u"m1"_qs, u"IND letter: send a copy of the family booklet"_qs,
                            today.addDays(12) } };
    return household;
}

DemoHousehold eritrea(QDate today)
{
    const QDate birth = today.addYears(-17).addDays(-100); // still a minor, and alone here
    const QDate asylum = today.addYears(-1).addDays(-20);
    const QDate decision = today.addDays(-150);
    const QDate filed = today.addDays(-120);
    const QDate granted = today.addDays(-25);
    const QDate mvv = today.addDays(-6);
    DemoHousehold household;
    household.referent = { 0,        u"ዳዊት ተስፋይ"_qs,          u"Dawit Tesfay"_qs, iso(birth).toString(),
                           u"ER"_qs, iso(decision).toString() };
    household.answers = { { u"application.date"_qs, iso(filed) },
                          { u"sponsor.birthDate"_qs, iso(birth) },
                          { u"sponsor.arrivedUnaccompanied"_qs, true },
                          { u"sponsor.asylumApplicationDate"_qs, iso(asylum) },
                          { u"sponsor.decisionDate"_qs, iso(decision) },
                          { u"sponsor.status"_qs, u"refugee"_qs },
                          { u"sponsor.country"_qs, u"ER"_qs } };
    DemoMember father = member(u"m1"_qs, u"parent"_qs, u"ተስፋይ ገብረሚካኤል"_qs, u"Tesfay Gebremichael"_qs,
                               today.addYears(-49).addDays(-200));
    DemoMember mother =
        member(u"m2"_qs, u"parent"_qs, u"ሳባ ኪዳነ"_qs, u"Saba Kidane"_qs, today.addYears(-44).addDays(-31));
    DemoMember sister =
        member(u"m3"_qs, u"sibling"_qs, u"ሄለን ተስፋይ"_qs, u"Helen Tesfay"_qs, today.addYears(-12).addDays(-77));
    const QList<Stage> common { { u"applicationFiled"_qs, filed },
                                { u"moreQuestions"_qs, filed.addDays(45) },
                                { u"granted"_qs, granted } };
    father.stages = common;
    mother.stages = common + QList<Stage> { { u"mvvIssued"_qs, mvv } };
    sister.stages = mother.stages;
    father.note = u"Still in Khartoum. Needs a new passport before the embassy visit."_qs;
    sister.note = u"ሄለን ምስ ኣደይ እያ ዘላ።"_qs;
    father.documents = { { u"identity"_qs, DocumentStatus::Requested },
                         { u"birthCertificate"_qs, DocumentStatus::Ready } };
    father.documentNotes = { { u"identity"_qs, u"Passport appointment at the embassy in 3 weeks."_qs } };
    mother.documents = { { u"identity"_qs, DocumentStatus::Ready },
                         { u"birthCertificate"_qs, DocumentStatus::Ready },
                         { u"maritalStatus"_qs, DocumentStatus::Translated } };
    sister.documents = { { u"identity"_qs, DocumentStatus::Ready },
                         { u"birthCertificate"_qs, DocumentStatus::Have } };
    household.members = { father, mother, sister };
    household.letters = { { u"m1"_qs, u"Bring the new passport to the embassy in Addis Ababa"_qs,
                            today.addDays(20) } };
    return household;
}

bool saveAnswers(vault::Database &db, const rules::RulePack &pack, const DemoHousehold &household)
{
    AnswerStore store(db);
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
        QJsonObject loaded = AnswerStore(m_db).load(m_pack);
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
    return filler.fill(household == Household::Syria ? syria(today) : eritrea(today));
}

} // namespace samen::demo
