#include "support/interviewsteps.h"
#include "support/uitestsession.h"
#include "vault/database.h"
#include "vault/documentrepository.h"

#include <QCoreApplication>
#include <QTest>

#include <sqlite3.h>

#include <functional>
#include <memory>

// One interview answer on the real AppServices wiring (issue 19: "one interview tap at 200
// members: at most 16 ms of work"): the work it causes in the services that show the dossier
// does not grow with the family, and every page reads the new state at once.
namespace {

int statements = 0;

int countStatement(unsigned, void *, void *, void *)
{
    ++statements;
    return 0;
}

} // namespace

class TestAnswerWork : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSession> m_session;
    int m_members = 0;

    InterviewController &interview() const { return m_session->interview(); }

    void addChildren(int count)
    {
        for (int i = 0; i < count; ++i) {
            QVERIFY(interview().addMember(u"child"_qs));
            interviewsteps::answerAll(interview(), { { u"member.birthDate"_qs, u"2015-06-01"_qs } });
            ++m_members;
        }
        QCOMPARE(m_session->family().members()->rowCount(), m_members);
    }

    // The SQL statements that @p step and everything it sets off in this event-loop turn run.
    int statementsOf(const std::function<void()> &step) const
    {
        sqlite3_trace_v2(m_session->database()->handle(), SQLITE_TRACE_STMT, countStatement, nullptr);
        statements = 0;
        step();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        sqlite3_trace_v2(m_session->database()->handle(), 0, nullptr, nullptr);
        return statements;
    }

    // A correction of the birth date of the last child added.
    int statementsOfMemberAnswer(const QString &birthDate)
    {
        return statementsOf([&] {
            QVERIFY(interview().openMember(u"m%1"_qs.arg(m_members)));
            while (interview().isAsking() && interview().questionId() != u"member.birthDate")
                interview().next();
            QVERIFY(interview().answer(birthDate));
        });
    }

    int statementsOfDecisionDate(const QString &date)
    {
        for (int i = 0; i < 1000 && interview().questionId() != u"sponsor.decisionDate"; ++i)
            interview().back();
        [&] { QCOMPARE(interview().questionId(), u"sponsor.decisionDate"_qs); }();
        return statementsOf([&] { QVERIFY(interview().answer(date)); });
    }

    [[nodiscard]] QString windowDue() const
    {
        for (const DeadlineRow &row : m_session->timeline().deadlines()->rows()) {
            if (row.ruleId == u"window")
                return row.dueIso;
        }
        return {};
    }

    // Papers missing or requested, counted in the vault itself.
    [[nodiscard]] int missingInTheVault() const
    {
        int missing = 0;
        samen::vault::DocumentRepository papers(*m_session->database());
        for (const samen::dossier::FamilyMember &member : m_session->timeline().familyMembers()) {
            for (const samen::dossier::Document &paper : papers.documents(member.id))
                missing += paper.status == samen::dossier::DocumentStatus::Missing ||
                    paper.status == samen::dossier::DocumentStatus::Requested;
        }
        return missing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<UiTestSession>();
        QVERIFY(m_session->window());
        QVERIFY(m_session->createVault());
        interviewsteps::answerReferent(interview(), u"2026-10-20"_qs, u"refugee"_qs);
    }

    void cleanupTestCase() { m_session.reset(); }

    // Before, each answer read every member's answers, papers and steps one statement at a time
    // in several services: 97 statements at 20 people, 417 at 100.
    void oneAnswerReadsAsMuchForAFewPeopleAsForMany()
    {
        addChildren(4);
        const int memberFew = statementsOfMemberAnswer(u"2015-07-01"_qs);
        const int sponsorFew = statementsOfDecisionDate(u"2026-10-21"_qs);
        addChildren(36);
        const int memberMany = statementsOfMemberAnswer(u"2015-07-02"_qs);
        const int sponsorMany = statementsOfDecisionDate(u"2026-10-22"_qs);
        qInfo("statements for one answer: member %d (4 children) / %d (40); decision date %d / %d", memberFew,
              memberMany, sponsorFew, sponsorMany);
        QVERIFY2(memberMany <= memberFew + 4, qPrintable(u"%1 > %2 + 4"_qs.arg(memberMany).arg(memberFew)));
        QVERIFY2(sponsorMany <= sponsorFew + 4,
                 qPrintable(u"%1 > %2 + 4"_qs.arg(sponsorMany).arg(sponsorFew)));
    }

    // The decision date moves the 3-month window: the deadlines and home show the new day as soon
    // as the answer returns, and the family still lists everyone with their papers.
    void everyPageReadsTheNewStateAtOnce()
    {
        statementsOfDecisionDate(u"2026-11-03"_qs);
        QCOMPARE(windowDue(), u"2027-02-03"_qs);
        statementsOfDecisionDate(u"2026-10-20"_qs);
        QCOMPARE(windowDue(), u"2027-01-20"_qs);
        QCOMPARE(m_session->family().members()->rowCount(), m_members);
        QVERIFY(m_session->home().missingDocuments() > 0);
        const int missingBefore = m_session->home().missingDocuments();
        // A child born long ago is a grown-up child now: other papers, another verdict.
        statementsOfMemberAnswer(u"1990-01-01"_qs);
        QCOMPARE_NE(m_session->home().missingDocuments(), missingBefore);
        QCOMPARE(m_session->home().missingDocuments(), missingInTheVault());
        FamilyModel &rows = *m_session->family().members();
        const qint64 last = m_session->family().memberIdOf(u"m%1"_qs.arg(m_members));
        QVERIFY(last != 0);
        QVERIFY(rows.rowAt(rows.indexOf(last)).outcome != Outcome::Nareis);
    }
};

QTEST_MAIN(TestAnswerWork)
#include "tst_answerwork.moc"
