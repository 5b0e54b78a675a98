#include "demo/demohouseholds.h"
#include "dossierevents.h"
#include "interview/interviewcontroller.h"
#include "interview/resultmodel.h"
#include "languagecontroller.h"
#include "rules/case.h"
#include "rules/deadlines.h"
#include "rules/evaluator.h"
#include "rules/interview.h"
#include "support/vaulttestsupport.h"
#include "vault/answerstore.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QTemporaryDir>
#include <QTest>

using samen::demo::Household;
using namespace samen;

// The demo households are stored as the app stores real data, and the interview evaluates
// them to the verdicts the example is meant to show, whatever day the demo is made.
class TestDemoHouseholds : public QObject
{
    Q_OBJECT

    std::optional<rules::RulePack> m_pack;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vault::Vault> m_vault;

    [[nodiscard]] vault::Database &db() const { return *m_vault->database(); }

    [[nodiscard]] QJsonObject answers(QDate today) const
    {
        QJsonObject loaded = vault::AnswerStore(db()).load(*m_pack);
        loaded.insert(u"today"_qs, today.toString(Qt::ISODate));
        return loaded;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pack = rules::loadPackFile(u":/rules/nl.json"_qs).pack;
        QVERIFY(m_pack);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_vault = samen::vault::testsupport::createdVault(m_dir->filePath(u"v"_qs), {},
                                                          qPrintable(samen::demo::pin.toString()));
        QVERIFY(m_vault);
    }

    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void namesAreKnown()
    {
        QCOMPARE(samen::demo::householdNamed(u"syria"_qs), std::optional(Household::Syria));
        QCOMPARE(samen::demo::householdNamed(u"eritrea"_qs), std::optional(Household::Eritrea));
        QVERIFY(!samen::demo::householdNamed(u"somalia"_qs));
        QVERIFY(vault::Vault::isAcceptableSecret(samen::demo::pin.toLatin1(), vault::SecretKind::Pin));
    }

    void verdictsAreTheIntendedOnes_data()
    {
        QTest::addColumn<Household>("household");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("expected"); // "outcome rule" per member, in order
        const QStringList syria { u"nareis nl2026.spouse.nareis"_qs, u"advice nl2026.adultChild.advice"_qs,
                                  u"nareis nl2026.child.nareis"_qs, u"nareis nl2026.child.nareis"_qs };
        const QStringList eritrea { u"nareis amv.parent.nareis"_qs, u"nareis amv.parent.nareis"_qs,
                                    u"advice nl2026.amv.sibling"_qs };
        for (const QDate today : { QDate::currentDate(), QDate(2027, 2, 28), QDate(2031, 12, 31) }) {
            const QByteArray day = today.toString(Qt::ISODate).toLatin1();
            QTest::newRow(("syria " + day).constData()) << Household::Syria << today << syria;
            QTest::newRow(("eritrea " + day).constData()) << Household::Eritrea << today << eritrea;
        }
    }
    void verdictsAreTheIntendedOnes()
    {
        QFETCH(Household, household);
        QFETCH(QDate, today);
        QFETCH(QStringList, expected);
        QVERIFY(samen::demo::fill(db(), *m_pack, household, today));
        QVERIFY2(!rules::Interview(*m_pack).nextQuestion(answers(today)), "every question answered");
        const auto parsed = rules::parseCase(answers(today));
        QVERIFY2(parsed.value, qPrintable(parsed.error));
        const auto result = rules::Evaluator(*m_pack).evaluate(*parsed.value);
        QVERIFY2(result.value, qPrintable(result.error));
        QStringList verdicts;
        for (const rules::MemberResult &member : result.value->members)
            verdicts.append(rules::outcomeName(member.outcome) + u' ' + member.rules.value(0));
        QCOMPARE(verdicts, expected);
        QVERIFY(result.value->window);
        QVERIFY2(household == Household::Eritrea || result.value->window->date >= today,
                 "Syrian window is open");
    }

    // The eligibility screens read the same answers: finished, with the verdicts on the result page.
    void interviewScreensShowTheVerdicts()
    {
        QVERIFY(samen::demo::fill(db(), *m_pack, Household::Eritrea, QDate::currentDate()));
        LanguageController languages(nullptr);
        DossierEvents events;
        InterviewController interview(languages, events, nullptr);
        interview.setDatabase(&db());
        interview.start();
        QVERIFY(interview.isFinished());
        QVERIFY(interview.showResult());
        const ResultModel &results = *interview.results();
        QCOMPARE(results.rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(results.data(results.index(row), ResultModel::OutcomeRole).toInt(),
                     int(row < 2 ? Outcome::Nareis : Outcome::Advice));
        interview.setDatabase(nullptr);
    }

    void rowsHoldNamesDocumentsStagesAndDeadlines()
    {
        const QDate today = QDate::currentDate();
        QVERIFY(samen::demo::fill(db(), *m_pack, Household::Syria, today));
        vault::PeopleRepository people(db());
        QCOMPARE(people.referents().size(), 1);
        QCOMPARE(people.referents().constFirst().latinName, u"Mohammed Al-Hassan"_qs);
        const auto members = people.members(people.referents().constFirst().id);
        QCOMPARE(members.size(), 4);
        QCOMPARE(members.at(0).name, u"فاطمة الحسن"_qs);
        QCOMPARE(members.at(0).interviewId, u"m1"_qs);
        QCOMPARE(members.at(1).latinName, u"Omar Al-Hassan"_qs);
        QVERIFY(!members.at(1).note.isEmpty());

        const auto parsed = rules::parseCase(answers(today));
        const auto result = rules::Evaluator(*m_pack).evaluate(*parsed.value);
        vault::DocumentRepository documents(db());
        QStringList kinds;
        for (const auto &document : documents.documents(members.at(0).id))
            kinds.append(document.kind);
        QCOMPARE(kinds, result.value->members.at(0).requiredDocuments);
        QCOMPARE(documents.documents(members.at(0).id).constFirst().status, dossier::DocumentStatus::Ready);

        vault::TimelineRepository timeline(db());
        QCOMPARE(timeline.stageEvents(members.at(0).id).size(), 1);
        QCOMPARE(timeline.stageEvents(members.at(0).id).constFirst().stage, u"applicationFiled"_qs);
        QVERIFY(timeline.stageEvents(members.at(1).id).isEmpty());
        int windows = 0;
        int letters = 0;
        int decisions = 0;
        for (const dossier::Deadline &deadline : timeline.deadlines()) {
            if (deadline.ruleId == u"window") {
                ++windows;
                QCOMPARE(deadline.memberId, qint64(0));
                QCOMPARE(deadline.dueDate, result.value->window->date.toString(Qt::ISODate));
            } else if (deadline.ruleId == u"letter") {
                ++letters;
                QVERIFY(!deadline.label.isEmpty());
                QCOMPARE(deadline.memberId, members.at(0).id);
            } else if (deadline.ruleId == u"decision") {
                ++decisions;
                QCOMPARE(deadline.dueDate, today.addDays(-10).addMonths(3).toString(Qt::ISODate));
            }
        }
        QCOMPARE(windows, 1);
        QCOMPARE(letters, 1);
        QCOMPARE(decisions, 3); // wife and the two minors applied; the adult son did not
    }

    void eritreaIsFurtherAlong()
    {
        const QDate today = QDate::currentDate();
        QVERIFY(samen::demo::fill(db(), *m_pack, Household::Eritrea, today));
        vault::PeopleRepository people(db());
        const auto members = people.members(people.referents().constFirst().id);
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.at(2).name, u"ሄለን ተስፋይ"_qs);
        vault::TimelineRepository timeline(db());
        QCOMPARE(timeline.stageEvents(members.at(1).id).constLast().stage, u"mvvIssued"_qs);
        QStringList open;
        for (const dossier::Deadline &deadline : timeline.deadlines()) {
            if (!deadline.done)
                open.append(deadline.ruleId);
        }
        open.sort();
        QCOMPARE(open, (QStringList { u"letter"_qs, u"mvvCollection"_qs, u"travel"_qs, u"travel"_qs }));
    }
};

QTEST_GUILESS_MAIN(TestDemoHouseholds)
#include "tst_demohouseholds.moc"
