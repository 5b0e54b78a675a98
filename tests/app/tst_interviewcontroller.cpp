#include "dossierevents.h"
#include "interview/interviewcontroller.h"
#include "languagecontroller.h"
#include "rules/case.h"
#include "support/interviewsteps.h"
#include "support/vaulttestsupport.h"
#include "texts/interviewtexts.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QScopeGuard>
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
        InterviewController controller(*m_languages, m_events, nullptr);
        QVERIFY(!controller.isReady());
        QVERIFY(controller.questionId().isEmpty());
        controller.start();
        QVERIFY2(controller.isReady(), qPrintable(controller.loadError()));
        // The review's first question asked for the day of an application not sent yet.
        QCOMPARE(controller.questionId(), u"case.applied"_qs);
        QCOMPARE(controller.questionKind(), QuestionKind::YesNo);
        QVERIFY(!controller.questionText().isEmpty());
        QVERIFY(!controller.whyText().isEmpty());
        QCOMPARE(controller.progressText(), u"About you: question 1 of 10"_qs);
        QVERIFY(!controller.canGoBack());
    }

    // The question page reads one QuestionView; it is made once per question and must follow
    // every step, Back, an earlier answer and a change of language.
    void theQuestionValueFollowsEveryStep()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.start();
        const auto matches = [&controller] {
            const QuestionView view = controller.question();
            return view.id == controller.questionId() && view.kind == controller.questionKind() &&
                view.text == controller.questionText() && view.answer == controller.currentAnswer() &&
                view.progressText == controller.progressText() && view.progress == controller.progress();
        };
        QCOMPARE(controller.question().id, u"case.applied"_qs);
        QVERIFY(controller.answer(false));
        QVERIFY(matches());
        QVERIFY(controller.question().id != u"case.applied");
        controller.back();
        QVERIFY(matches());
        QCOMPARE(controller.question().answer, QVariant(false));
        const QString english = controller.question().text;
        QVERIFY(m_languages->apply(u"nl"_qs));
        QVERIFY(controller.question().text != english);
        QVERIFY(matches());
        QVERIFY(m_languages->apply(u"en"_qs));
    }

    // Not sent yet: no day of the application is asked and today counts. Sent: its day is asked;
    // a day given and then "not sent" after all does not count.
    void theApplicationDateIsAskedOnlyWhenSent()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 12, 6));
        controller.start();
        QVERIFY(controller.answer(false));
        QCOMPARE(controller.questionId(), u"sponsor.birthDate"_qs);
        controller.back();
        QCOMPARE(controller.questionId(), u"case.applied"_qs);
        QVERIFY(controller.answer(true));
        QCOMPARE(controller.questionId(), u"application.date"_qs);
        QCOMPARE(controller.latestDate(), QString());
        QVERIFY(controller.answer(u"2026-11-20"_qs));
        controller.back();
        controller.back();
        QVERIFY(controller.answer(false));
        QCOMPARE(controller.questionId(), u"sponsor.birthDate"_qs);
        const auto parsed = samen::rules::parseCase(controller.answers());
        QVERIFY(parsed.value);
        QCOMPARE(parsed.value->applicationDate, QDate(2026, 12, 6));
    }

    // Birth dates cannot be after today and their year list opens at a likely year; the day of
    // the application may be planned.
    void dateQuestionsKnowTheirLimitsAndALikelyYear()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 12, 6));
        controller.start();
        QVERIFY(controller.answer(false));
        QCOMPARE(controller.questionId(), u"sponsor.birthDate"_qs);
        QCOMPARE(controller.latestDate(), u"2026-12-06"_qs);
        QCOMPARE(controller.suggestedYear(), 1996);
        QVERIFY(controller.answer(u"1990-06-15"_qs));
        QVERIFY(controller.answer(false));
        QCOMPARE(controller.questionId(), u"sponsor.decisionDate"_qs);
        QCOMPARE(controller.latestDate(), u"2026-12-06"_qs);
        QCOMPARE(controller.suggestedYear(), 2026);
        QVERIFY(controller.answer(u"2026-10-25"_qs));
        QVERIFY(controller.answer(u"refugee"_qs));
        QVERIFY(controller.answer(false));
        QVERIFY(controller.answer(u"ER"_qs));
        QVERIFY(!controller.isAsking());
        QVERIFY(controller.addMember(u"spouse"_qs));
        QCOMPARE(controller.suggestedYear(), 1990);
        answerAll(controller, { { u"member.birthDate"_qs, u"1988-01-01"_qs } });
        QVERIFY(controller.addMember(u"child"_qs));
        QCOMPARE(controller.questionId(), u"member.birthDate"_qs);
        QCOMPARE(controller.latestDate(), u"2026-12-06"_qs);
        QCOMPARE(controller.suggestedYear(), 2016);
    }

    // The review's "12 of 17" -> "10 of 28": adding a person went back to the husband's answered
    // questions. Now the new person's questions come first, the count is per person, each
    // question is shown once, and the position within a person never goes back.
    // The rules take at most 100 people. The 101st was refused without a word; now the user reads
    // why, in their language and digits, and nothing is added.
    void the101stPersonIsRefusedWithAReason()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 12, 6));
        answerReferent(controller, u"2026-10-25"_qs, u"refugee"_qs, u"ER"_qs);
        for (int i = 0; i < int(samen::rules::maxMembers); ++i)
            QVERIFY(controller.addMember(u"child"_qs));
        QVERIFY(controller.errorText().isEmpty());
        QSignalSpy error(&controller, &InterviewController::errorChanged);
        QVERIFY(!controller.addMember(u"child"_qs));
        QCOMPARE(error.size(), 1);
        QCOMPARE(controller.errorText(),
                 u"Samen can keep up to 100 people. Remove a person before you add another one."_qs);
        QCOMPARE(controller.members().size(), int(samen::rules::maxMembers));
        const auto english = qScopeGuard([this] { QVERIFY(m_languages->apply(u"en"_qs)); });
        QVERIFY(m_languages->apply(u"ar"_qs));
        QVERIFY(!controller.addMember(u"child"_qs));
        QVERIFY2(controller.errorText().contains(u"\u0661\u0660\u0660"_qs),
                 qPrintable(controller.errorText()));
        QVERIFY(!controller.errorText().contains(u"Samen can keep"_qs));
        QVERIFY(controller.openMember(u"m1"_qs)); // another action clears the reason
        QVERIFY(controller.errorText().isEmpty());
    }

    void addingAPersonAsksOnlyThatPerson()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 12, 6));
        answerReferent(controller, u"2026-10-25"_qs, u"refugee"_qs, u"ER"_qs);
        const QList<QPair<QString, QString>> family = { { u"spouse"_qs, u"1985-02-02"_qs },
                                                        { u"child"_qs, u"2009-03-10"_qs },
                                                        { u"child"_qs, u"2014-05-05"_qs },
                                                        { u"child"_qs, u"2018-08-08"_qs } };
        QSet<QString> shown;
        for (int person = 0; person < family.size(); ++person) {
            QVERIFY(controller.addMember(family.at(person).first));
            QCOMPARE(controller.memberLabel().isEmpty(), false);
            QCOMPARE(controller.questionId(), u"member.birthDate"_qs);
            const QString expected = u"Person %1 of %1: question 2 of "_qs.arg(person + 1);
            QVERIFY2(controller.progressText().startsWith(expected), qPrintable(controller.progressText()));
            int lastPosition = 0;
            for (int guard = 0; controller.isAsking() && guard < 20; ++guard) {
                const QString key = controller.questionId() + controller.memberLabel();
                QVERIFY2(!shown.contains(key), qPrintable(key + u" shown again"_qs));
                shown.insert(key);
                if (!controller.memberLabel().isEmpty()) {
                    const int position = controller.progressText().section(u' ', 5, 5).toInt();
                    QVERIFY2(position > lastPosition, qPrintable(controller.progressText()));
                    lastPosition = position;
                    QVERIFY(controller.progress() < 1.0);
                }
                answerAll(controller, { { u"member.birthDate"_qs, family.at(person).second } }, false, 1);
            }
            QVERIFY(!controller.isAsking());
        }
        QVERIFY(controller.isFinished());
    }

    // Every person can be opened again from the list, and removed.
    void aPersonCanBeOpenedAndRemoved()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 12, 6));
        answerReferent(controller, u"2026-10-25"_qs, u"refugee"_qs, u"ER"_qs);
        QVERIFY(controller.addMember(u"partner"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"1985-02-02"_qs } });
        QVERIFY(controller.addMember(u"child"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"2014-05-05"_qs } });
        QCOMPARE(controller.members().at(1).toMap().value(u"value"_qs).toString(), u"m2"_qs);
        QVERIFY(!controller.openMember(u"m7"_qs));
        QVERIFY(controller.openMember(u"m1"_qs));
        QCOMPARE(controller.questionId(), u"member.relation"_qs);
        QCOMPARE(controller.memberLabel(), u"Partner (not married)"_qs);
        // A wrong relation is corrected: then Next walks through this person only.
        QVERIFY(controller.answer(u"spouse"_qs));
        for (int guard = 0; controller.isAsking() && guard < 10; ++guard) {
            QCOMPARE(controller.memberLabel().isEmpty() || controller.memberLabel() == u"Husband or wife",
                     true);
            if (controller.currentAnswer().isValid() || controller.isCurrentAnswerUnknown())
                controller.next();
            else
                answerAll(controller, {}, false, 1);
        }
        QVERIFY(!controller.isAsking());
        QVERIFY(controller.removeMember(u"m1"_qs));
        QCOMPARE(controller.members().size(), 1);
        QVERIFY(
            !controller.answers().value(u"members"_qs).toArray().at(0).toObject().contains(u"parentId"_qs));
        QCOMPARE(controller.questionId(), u"member.otherParentStaysBehind"_qs);
        QVERIFY(!controller.removeMember(u"m1"_qs));
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
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 3, 1));
        controller.start();
        QVERIFY(controller.answer(true));
        QVERIFY(controller.dontKnow());
        QCOMPARE(controller.questionId(), u"sponsor.birthDate"_qs);
        QVERIFY(controller.answer(u"1990-05-01"_qs));
        QCOMPARE(controller.questionId(), u"sponsor.arrivedUnaccompanied"_qs);
        QCOMPARE(controller.questionKind(), QuestionKind::YesNo);
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
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 3, 1));
        controller.start();
        QVERIFY(controller.answer(true));
        QVERIFY(controller.answer(u"2026-03-01"_qs));
        QVERIFY(!controller.answer(u"2026-05-01"_qs));
        QCOMPARE(controller.questionId(), u"sponsor.birthDate"_qs);
        QVERIFY(!controller.errorText().isEmpty());
        QVERIFY(!controller.errorText().contains(u"sponsor"));
        QVERIFY(controller.answer(u"1990-05-01"_qs));
        QVERIFY(controller.errorText().isEmpty());
    }

    void impossibleProcedureDatesAreExplainedAndNotTaken()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 12, 6));
        controller.start();
        QVERIFY(controller.answer(true));
        QVERIFY(controller.answer(u"2026-04-15"_qs));
        QCOMPARE(controller.questionId(), u"case.indDecided"_qs);
        QVERIFY(controller.answer(true));
        QCOMPARE(controller.questionId(), u"case.indDecisionDate"_qs);
        QVERIFY(!controller.answer(u"2026-03-01"_qs)); // before the application
        QCOMPARE(controller.errorText(),
                 u"The IND cannot decide before the day you applied. Please check both dates."_qs);
        QVERIFY(!controller.answer(u"2027-01-10"_qs)); // in the future
        QCOMPARE(controller.errorText(),
                 u"This date is in the future. Please choose a day that has passed."_qs);
        QCOMPARE(controller.questionId(), u"case.indDecisionDate"_qs);
        QVERIFY(!controller.answers().contains(u"indDecisionDate"_qs));
        QVERIFY(controller.answer(u"2026-07-01"_qs));
        QVERIFY(controller.errorText().isEmpty());
        QCOMPARE(controller.answers().value(u"indDecisionDate"_qs).toString(), u"2026-07-01"_qs);
    }

    void householdGivesVerdictsAndCountdown()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 3, 1));
        answerReferent(controller, u"2026-01-20"_qs, u"refugee"_qs);
        QVERIFY(!controller.isAsking());
        QVERIFY(!controller.isFinished());
        QVERIFY(!controller.showResult());
        QVERIFY(controller.addMember(u"spouse"_qs));
        QCOMPARE(controller.memberLabel(), u"Husband or wife"_qs);
        QCOMPARE(controller.questionId(), u"member.birthDate"_qs);
        answerAll(controller, { { u"member.birthDate"_qs, u"1988-01-01"_qs } }, false, 3);
        // After the new person's own questions: the one about you that this person added.
        QCOMPARE(controller.questionId(), u"sponsor.livesWithPartnerInNL"_qs);
        QVERIFY(controller.answer(false));
        answerAll(controller, {});
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
            return model->data(model->index(row), ResultModel::OutcomeRole).toInt();
        };
        QCOMPARE(outcome(0), int(Outcome::Nareis));
        QCOMPARE(outcome(1), int(Outcome::Nareis));
        QCOMPARE(outcome(2), int(Outcome::NotEligible));
        QCOMPARE(model->data(model->index(2), ResultModel::RuleIdRole).toString(), u"family.adultSponsor"_qs);
        for (int row = 0; row < 3; ++row) {
            for (int role : { ResultModel::VerdictRole, ResultModel::ReasonRole, ResultModel::NextStepRole,
                              ResultModel::SourceRole, ResultModel::VerdictIconRole }) {
                QVERIFY(!model->data(model->index(row), role).toString().isEmpty());
            }
        }
        QCOMPARE(controller.deadlineText(), u"50 days left. Last day to apply: 20 April (4) 2026."_qs);
        QVERIFY(!controller.isDeadlinePassed());
        QVERIFY(controller.rulesAsOfText().startsWith(u"Rules as of "));
    }

    void passedWindowIsSaidGently()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 6, 1));
        answerReferent(controller, u"2026-01-20"_qs, u"refugee"_qs);
        QVERIFY(controller.addMember(u"spouse"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"1988-01-01"_qs } });
        QVERIFY(controller.showResult());
        QVERIFY(controller.isDeadlinePassed());
        QVERIFY(controller.deadlineText().contains(u"there are still ways"));
        QCOMPARE(controller.results()->rowAt(0).outcome, Outcome::Regular);
    }

    // The result page counts to the same legal last day as Home and the dates page (a window that
    // ends on a Sunday moves to Monday), and says the plain end of the 3 months too.
    void theResultCountsToTheLegalLastDay()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 12, 7));
        answerReferent(controller, u"2026-10-10"_qs, u"refugee"_qs); // + 3 months: Sunday 10 January
        QVERIFY(controller.addMember(u"spouse"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"1988-01-01"_qs } });
        QVERIFY(controller.showResult());
        const QString text = controller.deadlineText();
        QVERIFY2(text.startsWith(u"35 days left. Last day to apply: 11 January (1) 2027."), qPrintable(text));
        QVERIFY2(text.contains(u"The 3 months end on 10 January (1) 2027."), qPrintable(text));
        QVERIFY(!controller.isDeadlinePassed());

        controller.setToday(QDate(2027, 1, 11));
        QVERIFY(controller.showResult());
        QCOMPARE(controller.deadlineText(), u"Apply today. Today is the last day."_qs);
        QVERIFY(!controller.isDeadlinePassed());
    }

    // Sent, but on a day the user does not know: neither "late" nor a countdown to apply. The
    // verdict asks for the day (it decides the rules and whether it was in time).
    void anApplicationSentOnAnUnknownDayIsNotCalledLate()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        showSpouseSentOnAnUnknownDay(controller, u"2026-08-01"_qs, u"refugee"_qs);
        QCOMPARE(controller.results()->rowAt(0).outcome, Outcome::Advice);
        QCOMPARE(
            controller.deadlineText(),
            u"The 3 months ended on 2 November (11) 2026. If you sent the application on or before "
            "that day, you were in time. The IND letter that confirms your application shows the day."_qs);
        QVERIFY(!controller.isDeadlinePassed());

        controller.setToday(QDate(2026, 10, 20));
        QVERIFY(controller.showResult());
        QCOMPARE(controller.deadlineText(),
                 u"You applied within the 3 months, which end on 2 November (11) 2026."_qs);
        // Sent: the card says what comes now, not "apply before the deadline".
        QCOMPARE(controller.results()->rowAt(0).outcome, Outcome::Nareis);
        QCOMPARE(controller.results()->rowAt(0).nextStep,
                 u"The application is sent. Answer every IND letter before the date in it, and keep the "
                 "papers ready."_qs);
    }

    // Sent on a day not known, with the IND's decision unknown too: the cautious rules are shown,
    // and their text says when they apply instead of telling the user what they did.
    void theCautiousRulesSayWhenTheyApply()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        showSpouseSentOnAnUnknownDay(controller, u"2026-03-01"_qs, u"subsidiary"_qs);
        const ResultRow row = controller.results()->rowAt(0);
        QCOMPARE(row.outcome, Outcome::Advice);
        QVERIFY2(!row.reason.startsWith(u"You sent"_qs), qPrintable(row.reason));
        QVERIFY2(
            row.reason.startsWith(u"This applies if you sent the application before 12 June (6) 2026"_qs) ||
                row.ruleId.startsWith(u"unknown."_qs),
            qPrintable(row.reason));
    }

    // Not sure yet (advice) is no reason to hide the window: the answer may still be nareis.
    void adviceStillShowsTheWindow()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 12, 7));
        answerReferent(controller, u"2026-09-10"_qs, u"refugee"_qs);
        QVERIFY(controller.addMember(u"spouse"_qs));
        while (controller.isAsking()) {
            if (controller.questionId() == u"member.birthDate")
                QVERIFY(controller.dontKnow());
            else
                answerAll(controller, {}, false, 1);
        }
        QVERIFY(controller.showResult());
        QCOMPARE(controller.results()->rowAt(0).outcome, Outcome::Advice);
        QVERIFY2(
            controller.deadlineText().startsWith(u"3 days left. Last day to apply: 10 December (12) 2026."),
            qPrintable(controller.deadlineText()));
    }

    void waitShowsTheEarliestDay()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 7, 1));
        answerReferent(controller, u"2026-05-04"_qs, u"subsidiary"_qs);
        QVERIFY(controller.addMember(u"spouse"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"1988-01-01"_qs } });
        QVERIFY(controller.showResult());
        const ResultRow &row = controller.results()->rowAt(0);
        QCOMPARE(row.outcome, Outcome::Wait);
        QVERIFY2(row.earliest.contains(u"4 May (5) 2028"), qPrintable(row.earliest));
        QVERIFY2(controller.deadlineText().isEmpty(), "no nareis window countdown when everyone must wait");
    }

    // Subsidiary protection: a child who will be an adult when the wait ends is advice, and the
    // nareis window is still no day for this family to keep ("3 days left" was shown).
    void adviceUnderSubsidiaryProtectionShowsNoWindow()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 12, 7));
        answerReferent(controller, u"2026-09-10"_qs, u"subsidiary"_qs);
        QVERIFY(controller.addMember(u"child"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"2009-06-01"_qs } });
        QVERIFY(controller.showResult());
        QCOMPARE(controller.results()->rowAt(0).outcome, Outcome::Advice);
        QVERIFY2(controller.deadlineText().isEmpty(), qPrintable(controller.deadlineText()));
    }

    void numbersAndDatesInTheUsersLanguage()
    {
        InterviewController controller(*m_languages, m_events, nullptr);
        controller.setToday(QDate(2026, 3, 1));
        answerReferent(controller, u"2026-01-20"_qs, u"refugee"_qs);
        QVERIFY(controller.addMember(u"child"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"2015-06-01"_qs } });
        QVERIFY(controller.showResult());
        QSignalSpy spy(&controller, &InterviewController::resultChanged);
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
        const auto created = samen::vault::testsupport::createdVault(dir.path(), {}, "483921");
        QVERIFY(created);
        auto &vault = *created;

        QJsonObject given;
        {
            InterviewController controller(*m_languages, m_events, nullptr);
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
        InterviewController restored(*m_languages, m_events, nullptr);
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
        InterviewController afterRestart(*m_languages, m_events, nullptr);
        afterRestart.setDatabase(vault.database());
        afterRestart.start();
        QVERIFY(!afterRestart.isStarted());
    }

private:
    // The result on 7 December 2026 for someone who sent the application on a day they do not know
    // (and does not know the IND's decision date either, if asked): decided on @p decisionDate
    // with @p status, born 1985, from Syria, "no" to the rest; one husband or wife, born 1988.
    void showSpouseSentOnAnUnknownDay(InterviewController &controller, const QString &decisionDate,
                                      const QString &status)
    {
        controller.setToday(QDate(2026, 12, 7));
        controller.start();
        const QHash<QString, QVariant> answers = { { u"case.applied"_qs, true },
                                                   { u"sponsor.birthDate"_qs, u"1985-05-01"_qs },
                                                   { u"sponsor.decisionDate"_qs, decisionDate },
                                                   { u"sponsor.status"_qs, status },
                                                   { u"sponsor.country"_qs, u"SY"_qs } };
        while (controller.isAsking()) {
            const QString id = controller.questionId();
            if (id == u"application.date" || id == u"case.indDecisionDate")
                QVERIFY(controller.dontKnow());
            else
                QVERIFY2(controller.answer(answers.value(id, false)), qPrintable(id));
        }
        QVERIFY(controller.addMember(u"spouse"_qs));
        answerAll(controller, { { u"member.birthDate"_qs, u"1988-01-01"_qs } });
        QVERIFY(controller.showResult());
    }

    std::unique_ptr<LanguageController> m_languages;
    DossierEvents m_events;
};

QTEST_MAIN(TestInterviewController)
#include "tst_interviewcontroller.moc"
