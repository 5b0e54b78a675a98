#include "interviewcontroller.h"
#include "interviewsteps.h"
#include "interviewtexts.h"
#include "languagecontroller.h"
#include "vaulttestsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace samen::vault;
using interviewsteps::answerAll;
using interviewsteps::answerReferent;

// The interview adapter: lazy pack, steps, I don't know, Back, members, results, deadline,
// answers saved to and restored from the vault.
class TestInterviewController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_languages = std::make_unique<LanguageController>(nullptr);
        QVERIFY(m_languages->apply(u"en"_qs));
    }

    void packLoadsOnlyOnStart()
    {
        InterviewController controller(*m_languages, nullptr);
        QVERIFY(!controller.isReady());
        QVERIFY(controller.questionId().isEmpty());
        controller.start();
        QVERIFY2(controller.isReady(), qPrintable(controller.loadError()));
        QCOMPARE(controller.questionId(), u"application.date"_qs);
        QCOMPARE(controller.questionKind(), u"date"_qs);
        QVERIFY(!controller.questionText().isEmpty());
        QVERIFY(!controller.whyText().isEmpty());
        QCOMPARE(controller.progressText(), u"Question 1 of 9"_qs);
        QVERIFY(!controller.canGoBack());
    }

    void everyPackKeyHasAText()
    {
        const auto loaded = samen::rules::loadPackFile(u":/rules/nl.json"_qs);
        QVERIFY(loaded.pack);
        for (const QString &key : InterviewTexts::keysOf(*loaded.pack))
            QVERIFY2(InterviewTexts::hasText(key), qPrintable(key));
        for (const auto &question : loaded.pack->questions) {
            for (const QString &option : question.options)
                QVERIFY2(!InterviewTexts::optionLabel(question.id, option).isEmpty(), qPrintable(option));
        }
        QVERIFY(!InterviewTexts::text(u"no.such.key"_qs).size());
    }

    void backKeepsAnswersAndDontKnowIsRecorded()
    {
        InterviewController controller(*m_languages, nullptr);
        controller.setToday(QDate(2026, 3, 1));
        controller.start();
        QVERIFY(controller.dontKnow());
        QCOMPARE(controller.questionId(), u"sponsor.birthDate"_qs);
        QVERIFY(controller.answer(u"1990-05-01"_qs));
        QCOMPARE(controller.questionId(), u"sponsor.arrivedUnaccompanied"_qs);
        QCOMPARE(controller.questionKind(), u"yesNo"_qs);
        controller.back();
        QCOMPARE(controller.questionId(), u"sponsor.birthDate"_qs);
        QCOMPARE(controller.currentAnswer(), QVariant(u"1990-05-01"_qs));
        controller.back();
        QVERIFY(controller.isCurrentAnswerUnknown());
        controller.next();
        controller.next();
        QCOMPARE(controller.questionId(), u"sponsor.arrivedUnaccompanied"_qs);
        QVERIFY(controller.answer(true));
        QCOMPARE(controller.questionId(), u"sponsor.asylumApplicationDate"_qs);
    }

    void refusedAnswerIsExplainedAndNotTaken()
    {
        InterviewController controller(*m_languages, nullptr);
        controller.setToday(QDate(2026, 3, 1));
        controller.start();
        QVERIFY(controller.answer(u"2026-03-01"_qs));
        QVERIFY(!controller.answer(u"2026-05-01"_qs));
        QCOMPARE(controller.questionId(), u"sponsor.birthDate"_qs);
        QVERIFY(!controller.errorText().isEmpty());
        QVERIFY(!controller.errorText().contains(u"sponsor"));
        QVERIFY(controller.answer(u"1990-05-01"_qs));
        QVERIFY(controller.errorText().isEmpty());
    }

    void householdGivesVerdictsAndCountdown()
    {
        InterviewController controller(*m_languages, nullptr);
        controller.setToday(QDate(2026, 3, 1));
        answerReferent(controller, u"2026-01-20"_qs, u"refugee"_qs);
        QVERIFY(!controller.isAsking());
        QVERIFY(!controller.isFinished());
        QVERIFY(!controller.showResult());
        QVERIFY(controller.addMember(u"spouse"_qs));
        QCOMPARE(controller.questionId(), u"sponsor.livesWithPartnerInNL"_qs);
        QVERIFY(controller.answer(false));
        QCOMPARE(controller.memberLabel(), u"Husband or wife"_qs);
        QCOMPARE(controller.questionId(), u"member.birthDate"_qs);
        answerAll(controller, { { u"member.birthDate"_qs, u"1988-01-01"_qs } });
        QVERIFY(controller.addMember(u"child"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"2015-06-01"_qs } });
        QVERIFY(controller.addMember(u"parent"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"1960-06-01"_qs } });
        QVERIFY(controller.isFinished());
        QCOMPARE(controller.members().size(), 3);

        QAbstractItemModelTester tester(controller.results(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(controller.showResult());
        auto *model = controller.results();
        QCOMPARE(model->rowCount(), 3);
        const auto outcome = [model](int row) {
            return model->data(model->index(row), ResultModel::OutcomeRole).toString();
        };
        QCOMPARE(outcome(0), u"nareis"_qs);
        QCOMPARE(outcome(1), u"nareis"_qs);
        QCOMPARE(outcome(2), u"not_eligible"_qs);
        QCOMPARE(model->data(model->index(2), ResultModel::RuleIdRole).toString(), u"family.adultSponsor"_qs);
        for (int row = 0; row < 3; ++row) {
            for (int role : { ResultModel::VerdictRole, ResultModel::ReasonRole, ResultModel::NextStepRole,
                              ResultModel::SourceRole, ResultModel::VerdictIconRole }) {
                QVERIFY(!model->data(model->index(row), role).toString().isEmpty());
            }
        }
        QCOMPARE(controller.deadlineText(), u"50 days left: apply before 20 April 2026."_qs);
        QVERIFY(!controller.isDeadlinePassed());
        QVERIFY(controller.rulesAsOfText().startsWith(u"Rules as of "));
    }

    void passedWindowIsSaidGently()
    {
        InterviewController controller(*m_languages, nullptr);
        controller.setToday(QDate(2026, 6, 1));
        answerReferent(controller, u"2026-01-20"_qs, u"refugee"_qs);
        QVERIFY(controller.addMember(u"spouse"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"1988-01-01"_qs } });
        QVERIFY(controller.showResult());
        QVERIFY(controller.isDeadlinePassed());
        QVERIFY(controller.deadlineText().contains(u"there are still ways"));
        QCOMPARE(controller.results()->rowAt(0).outcome, u"regular"_qs);
    }

    void waitShowsTheEarliestDay()
    {
        InterviewController controller(*m_languages, nullptr);
        controller.setToday(QDate(2026, 7, 1));
        answerReferent(controller, u"2026-05-04"_qs, u"subsidiary"_qs);
        QVERIFY(controller.addMember(u"spouse"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"1988-01-01"_qs } });
        QVERIFY(controller.showResult());
        const ResultRow &row = controller.results()->rowAt(0);
        QCOMPARE(row.outcome, u"wait"_qs);
        QVERIFY2(row.earliest.contains(u"4 May 2028"), qPrintable(row.earliest));
        QVERIFY2(controller.deadlineText().isEmpty(), "no nareis window countdown when everyone must wait");
    }

    void numbersAndDatesInTheUsersLanguage()
    {
        InterviewController controller(*m_languages, nullptr);
        controller.setToday(QDate(2026, 3, 1));
        answerReferent(controller, u"2026-01-20"_qs, u"refugee"_qs);
        QVERIFY(controller.addMember(u"child"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"2015-06-01"_qs } });
        QVERIFY(controller.showResult());
        QSignalSpy spy(&controller, &InterviewController::changed);
        QVERIFY(m_languages->apply(u"fa_AF"_qs));
        QVERIFY(spy.size() >= 1);
        QVERIFY2(controller.deadlineText().contains(u"۵۰"), qPrintable(controller.deadlineText()));
        QVERIFY2(controller.deadlineText().contains(u"۱۴۰۵") && controller.deadlineText().contains(u"۲۰۲۶"),
                 qPrintable(controller.deadlineText()));
        QVERIFY(m_languages->apply(u"en"_qs));
    }

    void answersAreSavedAndRestored()
    {
        QTemporaryDir dir;
        Vault vault(testsupport::testOptions(dir.path()));
        QByteArray secret = testsupport::secret("483921");
        QCOMPARE(vault.create(secret, SecretKind::Pin), Vault::CreateResult::Ok);

        QJsonObject given;
        {
            InterviewController controller(*m_languages, nullptr);
            controller.setToday(QDate(2026, 3, 1));
            controller.setDatabase(vault.database());
            QVERIFY(controller.isSaving());
            answerReferent(controller, u"2026-01-20"_qs, u"refugee"_qs);
            QVERIFY(controller.addMember(u"child"_qs));
            QVERIFY(controller.answer(u"2015-06-01"_qs));
            QVERIFY(controller.dontKnow());
            given = controller.answers();
            QVERIFY(controller.isAsking());
        }
        InterviewController restored(*m_languages, nullptr);
        restored.setToday(QDate(2026, 3, 1));
        restored.setDatabase(vault.database());
        restored.start();
        QCOMPARE(restored.answers(), given);
        QVERIFY(restored.isStarted());
        QCOMPARE(restored.memberLabel(), u"Child"_qs);

        restored.setDatabase(nullptr);
        QVERIFY(!restored.isStarted());
        QCOMPARE(restored.answers().value(u"members"_qs), QJsonValue(QJsonValue::Undefined));

        restored.setDatabase(vault.database());
        QVERIFY(restored.isStarted());
        restored.restart();
        InterviewController afterRestart(*m_languages, nullptr);
        afterRestart.setDatabase(vault.database());
        afterRestart.start();
        QVERIFY(!afterRestart.isStarted());
    }

private:
    std::unique_ptr<LanguageController> m_languages;
};

QTEST_MAIN(TestInterviewController)
#include "tst_interviewcontroller.moc"
