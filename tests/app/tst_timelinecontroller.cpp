#include "dossierevents.h"
#include "languagecontroller.h"
#include "procedure/deadlinerows.h"
#include "reminders/clock.h"
#include "reminders/notifier.h"
#include "support/icsreader.h"
#include "support/vaulttestsupport.h"
#include "texts/timelinetexts.h"
#include "timeline/homestatus.h"
#include "timeline/reminderservice.h"
#include "timeline/stagesview.h"
#include "timeline/timelinecontroller.h"
#include "vault/database.h"
#include "vault/interviewrepository.h"
#include "vault/peoplerepository.h"
#include "vault/schema.h"
#include "vault/timelinerepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace samen;

namespace {

const QString canary = u"CANARY-Zainab"_qs;

QDateTime amsterdamTime(QDate date, int hour)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
}

} // namespace

// The procedure adapter: stages per member, deadlines of the family, validation, done and
// snooze, letters, the receipt letter, persistence, reminders without private words, calendar.
class TestTimelineController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<LanguageController> m_languages;
    DossierEvents m_events;
    std::unique_ptr<vault::Database> m_db;
    std::unique_ptr<reminders::ManualClock> m_clock;
    std::unique_ptr<reminders::InMemoryNotifier> m_notifier;
    std::unique_ptr<ReminderService> m_reminders;
    qint64 m_first = 0;
    qint64 m_second = 0;
    int m_counter = 0;

    std::unique_ptr<HomeStatus> m_home;
    std::unique_ptr<StagesView> m_view;

    // The controller, with the views the pages make of it: Home's status, and the steps of the
    // first member (m_view; a test shows another member with m_view->setMemberId()).
    std::unique_ptr<TimelineController> makeController()
    {
        m_view.reset();
        m_home.reset();
        auto controller = std::make_unique<TimelineController>(*m_languages, *m_reminders, m_events, nullptr);
        m_home = std::make_unique<HomeStatus>(*controller, m_events, nullptr);
        m_view = std::make_unique<StagesView>(*controller);
        m_view->setMemberId(m_first);
        new QAbstractItemModelTester(controller->deadlines(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     controller.get());
        new QAbstractItemModelTester(m_view->stages(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_view.get());
        new QAbstractItemModelTester(m_home->phases(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_home.get());
        controller->setDatabase(m_db.get());
        m_home->setDatabase(m_db.get());
        return controller;
    }

    /** Home's "what now" rows: the phase ids in the order Home shows them. */
    QStringList homePhases() const
    {
        QStringList ids;
        for (const PhaseGroupRow &row : m_home->phases()->rows())
            ids << row.phaseId;
        return ids;
    }

    void answer(const char *question, const char *value)
    {
        vault::InterviewRepository answers(*m_db);
        QVERIFY(
            answers.save({ u"referent"_qs, QString::fromLatin1(question), QString::fromLatin1(value), {} }));
    }

    const DeadlineRow *find(const TimelineController &controller, const char *rule, qint64 member = -1)
    {
        const QString memberName = member < 0
            ? QString()
            : controller.members().at(member == m_first ? 0 : 1).toMap().value(u"name"_qs).toString();
        for (const DeadlineRow &row : controller.deadlines()->rows()) {
            if (row.ruleId == QLatin1String(rule) && (member < 0 || row.who == memberName))
                return &row;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_languages = std::make_unique<LanguageController>(nullptr);
        QVERIFY(m_languages->apply(u"en"_qs));
    }

    void init()
    {
        m_db = vault::testsupport::freshDatabase(m_dir.filePath(u"db%1"_qs.arg(++m_counter)));
        QVERIFY(m_db);
        vault::PeopleRepository people(*m_db);
        dossier::Referent referent { 0, u"R"_qs, u"R"_qs, {}, {}, {} };
        QVERIFY(people.save(referent));
        dossier::FamilyMember first {
            0, referent.id, u"spouse"_qs, canary, u"Zainab"_qs, {}, {}, u"m1"_qs, {}
        };
        dossier::FamilyMember second { 0, referent.id, u"child"_qs, {}, {}, {}, {}, u"m2"_qs, {} };
        QVERIFY(people.save(first) && people.save(second));
        m_first = first.id;
        m_second = second.id;
        answer("sponsor.decisionDate", "2026-01-10");
        answer("sponsor.status", "refugee");
        m_clock = std::make_unique<reminders::ManualClock>(amsterdamTime(QDate(2026, 3, 1), 12));
        m_notifier = std::make_unique<reminders::InMemoryNotifier>();
        m_reminders = std::make_unique<ReminderService>(*m_notifier, *m_clock);
    }

    void cleanup()
    {
        m_view.reset();
        m_home.reset();
        m_reminders.reset();
        m_db.reset();
    }

    void withoutAVaultThereIsNothing()
    {
        TimelineController controller(*m_languages, *m_reminders, m_events, nullptr);
        QVERIFY(!controller.isReady());
        QVERIFY(!controller.hasMembers());
        StagesView view(controller);
        view.setMemberId(m_first);
        QVERIFY(!view.exists());
        QCOMPARE(view.stages()->rowCount(), 0);
        QCOMPARE(controller.deadlines()->rowCount(), 0);
        HomeStatus home(controller, m_events, nullptr);
        QVERIFY(!home.nextDeadline().valid);
        QCOMPARE(home.phases()->rowCount(), 0);
        QVERIFY(!controller.setStageDate(double(m_first), u"applicationFiled"_qs, u"2026-02-01"_qs));
    }

    void theDecisionDateOpensTheWindowWithACountdown()
    {
        auto controller = makeController();
        QVERIFY(controller->hasMembers());
        QCOMPARE(controller->deadlines()->rowCount(), 1);
        const DeadlineRow &window = controller->deadlines()->rows().first();
        QCOMPARE(window.ruleId, u"window"_qs);
        QCOMPARE(window.dueIso, u"2026-04-10"_qs);
        QCOMPARE(window.who, u"Whole family"_qs);
        QCOMPARE(window.daysLeft, 40);
        QCOMPARE(window.countdown, u"40 days left"_qs);
        QCOMPARE(window.dateText, u"10 April (4) 2026"_qs);
        QVERIFY(window.otherDateText.isEmpty());
        QCOMPARE(m_home->nextDeadline().title, TimelineTexts::deadlineTitle(u"window"_qs));
        QCOMPARE(m_home->nextDeadline().days, 40);
        QCOMPARE(m_home->nextDeadline().countdown, u"40 days left"_qs);
        QVERIFY(m_home->nextDeadline().valid);
        QCOMPARE(homePhases(), QStringList { QString() }); // nothing sent yet, for both
        QCOMPARE(m_home->phases()->rows().first().now, TimelineTexts::nextStep(QString()));
        QCOMPARE(m_home->phases()->rows().first().names,
                 u"\u2068%1\u2069 and \u2068Child\u2069"_qs.arg(canary));
    }

    void eachPageShowsItsOwnMember()
    {
        auto controller = makeController();
        QCOMPARE(m_view->memberId(), m_first);
        QCOMPARE(m_view->memberName(), canary);
        QCOMPARE(m_view->stages()->rowCount(), 15);
        m_view->setMemberId(m_second);
        QCOMPARE(m_view->memberId(), m_second);
        QCOMPARE(m_view->memberName(), u"Child"_qs);
        m_view->setMemberId(999);
        QVERIFY(!m_view->exists()); // no fallback to another person
        QCOMPARE(m_view->stages()->rowCount(), 0);
        QVERIFY(m_view->memberName().isEmpty());
        QCOMPARE(controller->members().size(), 2);
    }

    void aStageDateOpensAndClosesDeadlines()
    {
        auto controller = makeController();
        QVERIFY(controller->setStageDate(m_view->memberId(), u"applicationFiled"_qs, u"2026-02-02"_qs));
        QVERIFY(controller->errorText().isEmpty());
        const StageRow &filed = m_view->stages()->rows().first();
        QCOMPARE(filed.dateIso, u"2026-02-02"_qs);
        QCOMPARE(filed.dateText, u"2 February (2) 2026"_qs);
        QCOMPARE(filed.opens, u"Starts: %1"_qs.arg(TimelineTexts::deadlineTitle(u"decision"_qs)));
        const DeadlineRow *decision = find(*controller, "decision");
        QVERIFY(decision);
        QCOMPARE(decision->dueIso, u"2026-05-02"_qs);
        QCOMPARE(decision->who, canary);
        QVERIFY(find(*controller, "window")->done);
        QCOMPARE(controller->deadlines()->rows().first().ruleId, u"window"_qs); // done, still in its place
        QCOMPARE(homePhases(), (QStringList { QString(), u"filed"_qs })); // the child: not sent yet
        QCOMPARE(m_home->phases()->rows().at(1).firstMemberId, m_first);
        QCOMPARE(m_view->phase().id, u"filed"_qs);
        QCOMPARE(m_view->phase().dates.size(), 1); // the IND's decision, in this phase

        QVERIFY(controller->clearStage(m_view->memberId(), u"applicationFiled"_qs));
        QVERIFY(!find(*controller, "decision"));
        QVERIFY(m_view->stages()->rows().first().dateIso.isEmpty());
        // The day taken away, the 3 months count again (it stayed ticked off before).
        QVERIFY(!find(*controller, "window")->done);
        QCOMPARE(m_home->nextDeadline().title, TimelineTexts::deadlineTitle(u"window"_qs));
    }

    // "Have you already sent the application?" answered yes in the questions, with its day: Home,
    // the steps and the deadlines say it is sent, and a day entered on the steps page wins.
    void theApplicationSentInTheQuestionsIsSent()
    {
        answer("case.applied", "yes");
        answer("application.date", "2026-02-02");
        auto controller = makeController();
        QVERIFY(find(*controller, "window")->done);
        QCOMPARE(find(*controller, "decision", m_first)->dueIso, u"2026-05-02"_qs);
        QCOMPARE(find(*controller, "decision", m_second)->dueIso, u"2026-05-02"_qs);
        QCOMPARE(homePhases(), QStringList { u"filed"_qs });
        QVERIFY(m_home->nextDeadline().title.isEmpty());
        QCOMPARE(m_view->stages()->rows().first().dateIso, u"2026-02-02"_qs);
        QCOMPARE(m_view->phase().id, u"filed"_qs);

        const QString answered = u"You said in the questions about your family that the application is sent. "
                                 u"To change this, change that answer."_qs;
        QVERIFY(!controller->clearStage(m_first, u"applicationFiled"_qs));
        QCOMPARE(controller->errorText(), answered);
        QVERIFY(!controller->setDone(find(*controller, "window")->deadlineId, false));
        QCOMPARE(controller->errorText(), answered);
        QVERIFY(find(*controller, "window")->done);
        QVERIFY(find(*controller, "window")->sentByAnswer); // the card offers no Undo
        QVERIFY(!find(*controller, "decision", m_first)->sentByAnswer);
        controller->clearError();
        QVERIFY(controller->errorText().isEmpty());

        QVERIFY(controller->setStageDate(m_first, u"applicationFiled"_qs, u"2026-02-09"_qs));
        QCOMPARE(find(*controller, "decision", m_first)->dueIso, u"2026-05-09"_qs);
        QVERIFY(controller->clearStage(m_first, u"applicationFiled"_qs)); // back to the answer's day
        QCOMPARE(find(*controller, "decision", m_first)->dueIso, u"2026-05-02"_qs);
    }

    // Sent on a day the user does not know: not "Application not sent yet", no countdown to apply,
    // and no decision date made up; the answer changed to "not sent", the window is open again.
    void anApplicationSentOnAnUnknownDayIsNotCalledUnsent()
    {
        answer("case.applied", "yes");
        auto controller = makeController();
        QVERIFY(find(*controller, "window")->done);
        QVERIFY(!find(*controller, "decision"));
        QCOMPARE(homePhases(), QStringList { u"filed"_qs });
        QVERIFY(m_home->phases()->rows().first().now != TimelineTexts::nextStep(QString()));
        QVERIFY(m_home->nextDeadline().title.isEmpty());
        QCOMPARE(m_view->phase().id, u"filed"_qs);
        QVERIFY(m_view->stages()->rows().first().dateIso.isEmpty());

        answer("case.applied", "no");
        Q_EMIT m_events.answersChanged(u"case"_qs);
        QVERIFY(!find(*controller, "window")->done);
        QVERIFY(!find(*controller, "window")->sentByAnswer);
        QCOMPARE(homePhases(), QStringList { QString() });
        QCOMPARE(m_home->nextDeadline().title, TimelineTexts::deadlineTitle(u"window"_qs));
    }

    void wrongDatesAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("message");
        QTest::newRow("30 February") << u"granted"_qs << u"2026-02-30"_qs
                                     << u"This day does not exist. Please check the date."_qs;
        QTest::newRow("not a date") << u"granted"_qs << u"soon"_qs
                                    << u"This day does not exist. Please check the date."_qs;
        QTest::newRow("future") << u"granted"_qs << u"2026-03-02"_qs
                                << u"This date is in the future. Choose the day it happened."_qs;
        QTest::newRow("long ago") << u"applicationFiled"_qs << u"1999-12-31"_qs
                                  << u"This date is too long ago. Please check the year."_qs;
        QTest::newRow("before filing")
            << u"granted"_qs << u"2026-01-05"_qs
            << u"This date is before the day you sent the application. Please check both dates."_qs;
    }
    void wrongDatesAreRefusedWithAMessage()
    {
        QFETCH(QString, stage);
        QFETCH(QString, date);
        QFETCH(QString, message);
        auto controller = makeController();
        QVERIFY(controller->setStageDate(m_view->memberId(), u"applicationFiled"_qs, u"2026-01-12"_qs));
        const auto before = controller->deadlines()->rows();
        QVERIFY(!controller->setStageDate(m_view->memberId(), stage, date));
        QCOMPARE(controller->errorText(), message);
        QCOMPARE(controller->deadlines()->rows(), before);
        QVERIFY(controller->setStageDate(m_view->memberId(), u"granted"_qs, u"2026-03-01"_qs));
        QVERIFY(controller->errorText().isEmpty());
    }

    void stepsKeepTheirOrder()
    {
        auto controller = makeController();
        QVERIFY(controller->setStageDate(m_view->memberId(), u"applicationFiled"_qs, u"2026-01-12"_qs));
        QVERIFY(controller->setStageDate(m_view->memberId(), u"granted"_qs, u"2026-02-01"_qs));
        QVERIFY(controller->setStageDate(m_view->memberId(), u"mvvIssued"_qs, u"2026-02-10"_qs));
        const auto before = controller->deadlines()->rows();
        QVERIFY(!controller->setStageDate(m_view->memberId(), u"arrived"_qs,
                                          u"2026-02-05"_qs)); // arrival before the mvv
        QCOMPARE(
            controller->errorText(),
            u"This date does not fit with the date of the step \"Visa (mvv) ready\". Please check both dates."_qs);
        QCOMPARE(controller->deadlines()->rows(), before);
        QVERIFY(!controller->setStageDate(m_view->memberId(), u"granted"_qs,
                                          u"2026-02-20"_qs)); // yes after the mvv it led to
        QVERIFY(controller->setStageDate(m_view->memberId(), u"arrived"_qs, u"2026-02-25"_qs));
        QVERIFY(controller->errorText().isEmpty());
    }

    void anAppointmentMayBeInTheFuture()
    {
        auto controller = makeController();
        QVERIFY(controller->setStageDate(m_view->memberId(), u"zevenaarAppointment"_qs, u"2026-04-20"_qs));
        QVERIFY(controller->setStageDate(m_view->memberId(), u"embassyAppointment"_qs, u"2026-04-21"_qs));
        QVERIFY(!controller->setStageDate(m_view->memberId(), u"arrived"_qs, u"2026-04-20"_qs));
    }

    void oneDateForEveryoneInTheApplication()
    {
        auto controller = makeController();
        QVERIFY(controller->setStageDateForAll(u"applicationFiled"_qs, u"2026-02-02"_qs));
        int decisions = 0;
        for (const DeadlineRow &row : controller->deadlines()->rows())
            decisions += row.ruleId == u"decision" && row.dueIso == u"2026-05-02" ? 1 : 0;
        QCOMPARE(decisions, 2);
        m_view->setMemberId(m_second);
        QCOMPARE(m_view->stages()->rows().first().dateIso, u"2026-02-02"_qs);
        QVERIFY(!controller->setStageDateForAll(u"applicationFiled"_qs, u"2027-01-01"_qs));
        QVERIFY(controller->setStageDate(m_view->memberId(), u"applicationFiled"_qs, u"2026-02-10"_qs));
        QVERIFY(!controller->setStageDateForAll(u"granted"_qs, u"2026-02-05"_qs));
        QCOMPARE(controller->errorText(),
                 u"This date is before the day you sent the application. Please check both dates."_qs);
        QVERIFY(controller->setStageDateForAll(u"granted"_qs, u"2026-02-12"_qs));
    }

    void theReceiptLetterDateReplacesTheEstimate()
    {
        auto controller = makeController();
        QVERIFY(!m_view->canUseReceiptLetter());
        QVERIFY(!controller->setReceiptLetterDate(m_view->memberId(), u"2026-06-01"_qs));
        QVERIFY(controller->setStageDate(m_view->memberId(), u"applicationFiled"_qs, u"2026-02-02"_qs));
        QVERIFY(m_view->canUseReceiptLetter());
        QVERIFY(!controller->setReceiptLetterDate(m_view->memberId(), u"2026-01-01"_qs));
        QVERIFY(controller->setReceiptLetterDate(m_view->memberId(), u"2026-06-01"_qs));
        QCOMPARE(m_view->receiptLetterDate(), u"2026-06-01"_qs);
        QCOMPARE(find(*controller, "decision")->dueIso, u"2026-06-01"_qs);
        QVERIFY(find(*controller, "decision")->fromReceiptLetter);
        Q_EMIT m_events.membersChanged(); // a full read again, with the deadline table brought in step
        QCOMPARE(find(*controller, "decision")->dueIso, u"2026-06-01"_qs);
        QVERIFY(controller->clearReceiptLetterDate(m_view->memberId()));
        QCOMPARE(find(*controller, "decision")->dueIso, u"2026-05-02"_qs);
        QVERIFY(m_view->receiptLetterDate().isEmpty());
    }

    void doneAndSnooze()
    {
        auto controller = makeController();
        QVERIFY(controller->addLetterDeadline(m_second, u"DNA"_qs, u"2026-03-20"_qs));
        const qint64 id = controller->deadlines()->rows().first().deadlineId;
        QVERIFY(controller->deadlines()->rows().first().isLetter);
        QVERIFY(controller->snooze(id, 7));
        QVERIFY(controller->deadlines()->rows().first().snoozed);
        vault::TimelineRepository timeline(*m_db);
        QCOMPARE(QDateTime::fromString(timeline.deadline(id)->snoozedUntil, Qt::ISODate),
                 m_clock->now().addDays(7));
        QVERIFY(!controller->snooze(id, 3));
        QVERIFY(controller->setDone(id, true));
        QVERIFY(controller->deadlines()->rows().first().done); // in its place, not moved away
        QCOMPARE(controller->deadlines()->rows().first().deadlineId, id);
        QCOMPARE(controller->deadlines()->doneCount(), 1);
        QCOMPARE(m_home->nextDeadline().title, TimelineTexts::deadlineTitle(u"window"_qs));
        QVERIFY(controller->setDone(id, false));
        QVERIFY(!controller->deadlines()->rows().first().done);
        QVERIFY(!controller->setDone(12345, true));
    }

    // The nareis window is never ticked away: it ends with the day the application was sent,
    // and "not done" takes that day away again.
    void theWindowEndsWithTheApplicationDate()
    {
        auto controller = makeController();
        const qint64 window = find(*controller, "window")->deadlineId;
        QVERIFY(find(*controller, "window")->endsWithStep);
        QVERIFY(!controller->setDone(window, true));
        QVERIFY(!find(*controller, "window")->done);
        QVERIFY(!controller->recordStep(window, u"2026-03-05"_qs));
        QCOMPARE(controller->errorText(), u"This date is in the future. Choose the day it happened."_qs);
        QVERIFY(controller->recordStep(window, u"2026-02-02"_qs));
        QVERIFY(find(*controller, "window")->done);
        for (const qint64 member : { m_first, m_second }) {
            m_view->setMemberId(member);
            QCOMPARE(m_view->stages()->rows().first().dateIso, u"2026-02-02"_qs);
        }
        const DeadlineRow *decision = find(*controller, "decision");
        QVERIFY(decision && decision->forTheInd);
        QVERIFY(m_home->nextDeadline().title.isEmpty()); // the IND's decision is not her countdown

        QVERIFY(controller->setDone(window, false));
        QVERIFY(!find(*controller, "window")->done);
        QVERIFY(!find(*controller, "decision"));
        m_view->setMemberId(m_first);
        QVERIFY(m_view->stages()->rows().first().dateIso.isEmpty());
        QCOMPARE(m_home->nextDeadline().title, TimelineTexts::deadlineTitle(u"window"_qs));
        QVERIFY(!find(*controller, "window")->forTheInd);
    }

    void aLetterForEveryoneSetsTheStepAndItsAnswerDate()
    {
        auto controller = makeController();
        QVERIFY(controller->setStageDateForAll(u"applicationFiled"_qs, u"2026-02-02"_qs));
        QVERIFY2(controller->recordLetter(double(m_first), true, u"missingItems"_qs, u"2026-02-25"_qs,
                                          u"2026-03-15"_qs),
                 qPrintable(controller->errorText()));
        for (const qint64 member : { m_first, m_second }) {
            QCOMPARE(controller->stageDate(member, u"moreQuestions"_qs), QDate(2026, 2, 25));
            QCOMPARE(controller->phaseOf(member), u"waiting"_qs);
        }
        const DeadlineRow *answer = find(*controller, "letter.missingItems");
        QVERIFY(answer);
        QCOMPARE(answer->dueIso, u"2026-03-15"_qs);
        QCOMPARE(answer->memberId, 0);
        QVERIFY(answer->isLetter);
        QCOMPARE(answer->title,
                 u"Answer the letter: %1"_qs.arg(controller->letters()->letter(u"missingItems"_qs).title));
        QCOMPARE(m_home->nextDeadline().ruleId, u"letter.missingItems"_qs);
        QCOMPARE(m_view->phase().id, u"waiting"_qs);
        QVERIFY(m_view->phase().dates.join(u' ').contains(answer->title) == false); // not a phase deadline
        QVERIFY(!m_view->phase().duration.isEmpty()); // the IND's 3 months, with its source
        QVERIFY(m_view->support()->rowCount() > 0);
    }

    void aNoOpensTheObjectionAndAYesAfterItNoAppeal()
    {
        auto controller = makeController();
        QVERIFY(controller->setStageDate(double(m_first), u"applicationFiled"_qs, u"2026-01-12"_qs));
        QVERIFY(controller->recordLetter(double(m_first), false, u"decisionNo"_qs, u"2026-02-01"_qs, {}));
        QCOMPARE(find(*controller, "objection")->dueIso, u"2026-03-01"_qs);
        QCOMPARE(controller->phaseOf(m_first), u"decidedNo"_qs);
        QVERIFY(controller->phaseOf(m_second).isEmpty()); // the letter was for her only
        QVERIFY(controller->setStageDate(double(m_first), u"objectionFiled"_qs, u"2026-02-20"_qs));
        QVERIFY(
            controller->recordLetter(double(m_first), false, u"objectionGranted"_qs, u"2026-03-01"_qs, {}));
        QCOMPARE(controller->phaseOf(m_first), u"decidedYes"_qs);
        QVERIFY(!find(*controller, "appeal"));
        QVERIFY(find(*controller, "mvvCollection"));
        QVERIFY(find(*controller, "objectionDecision")->done);
    }

    void theReceiptLetterNamesTheDecisionDay()
    {
        auto controller = makeController();
        QVERIFY(!controller->recordLetter(double(m_first), false, u"receipt"_qs, {}, u"2026-06-01"_qs));
        QCOMPARE(controller->errorText(), u"First enter the day you sent the application."_qs);
        QVERIFY(controller->setStageDate(double(m_first), u"applicationFiled"_qs, u"2026-02-02"_qs));
        QVERIFY(controller->recordLetter(double(m_first), false, u"receipt"_qs, {}, u"2026-06-01"_qs));
        QCOMPARE(find(*controller, "decision")->dueIso, u"2026-06-01"_qs);
        QVERIFY(find(*controller, "decision")->fromReceiptLetter);
        QCOMPARE(m_view->receiptLetterDate(), u"2026-06-01"_qs);
    }

    void aWrongLetterWritesNothing()
    {
        auto controller = makeController();
        QVERIFY(controller->setStageDate(double(m_first), u"applicationFiled"_qs, u"2026-02-02"_qs));
        const auto before = controller->deadlines()->rows();
        QVERIFY(!controller->recordLetter(double(m_first), false, u"missingItems"_qs, u"2026-02-30"_qs,
                                          u"2026-03-15"_qs));
        QCOMPARE(controller->errorText(), u"This day does not exist. Please check the date."_qs);
        QVERIFY(!controller->recordLetter(double(m_first), false, u"missingItems"_qs, u"2026-01-01"_qs,
                                          u"2026-03-15"_qs)); // before the application
        QVERIFY(!controller->recordLetter(double(m_first), false, u"missingItems"_qs, u"2026-02-25"_qs,
                                          u"2026-02-28"_qs)); // the answer date has passed
        QVERIFY(!controller->recordLetter(double(m_first), false, u"noSuchLetter"_qs, u"2026-02-25"_qs, {}));
        QVERIFY(!controller->recordLetter(777, false, u"decisionNo"_qs, u"2026-02-25"_qs, {}));
        QCOMPARE(controller->deadlines()->rows(), before);
        QVERIFY(controller->stageDate(m_first, u"moreQuestions"_qs).isNull());
    }

    void lettersAreAddedAndRemoved()
    {
        auto controller = makeController();
        QVERIFY(!controller->addLetterDeadline(m_second, u"x"_qs, u"2026-02-20"_qs));
        QCOMPARE(controller->errorText(), u"This day has passed. Choose the date in the letter."_qs);
        QVERIFY(!controller->addLetterDeadline(777, u"x"_qs, u"2026-03-20"_qs));
        QVERIFY(controller->addLetterDeadline(m_second, u"  Send the DNA form "_qs, u"2026-03-20"_qs));
        const DeadlineRow letter = controller->deadlines()->rows().first(); // a copy: rows are replaced below
        QCOMPARE(letter.title, u"Send the DNA form"_qs);
        QCOMPARE(letter.who, u"Child"_qs);
        QVERIFY(letter.isLetter);
        QCOMPARE(m_home->nextDeadline().title, u"Send the DNA form"_qs);
        QVERIFY(controller->addLetterDeadline(0, QString(), u"2026-03-21"_qs));
        QCOMPARE(controller->deadlines()->rows().at(1).title, TimelineTexts::deadlineTitle(u"letter"_qs));
        QVERIFY(!controller->removeLetterDeadline(find(*controller, "window")->deadlineId));
        QVERIFY(controller->removeLetterDeadline(letter.deadlineId));
        QCOMPARE(controller->deadlines()->rowCount(), 2);
    }

    void everythingPersistsThroughASecondInstance()
    {
        {
            auto controller = makeController();
            QVERIFY(controller->setStageDate(m_view->memberId(), u"applicationFiled"_qs, u"2026-02-02"_qs));
            QVERIFY(controller->addLetterDeadline(m_first, u"Interview papers"_qs, u"2026-03-10"_qs));
            QVERIFY(controller->snooze(find(*controller, "decision")->deadlineId, 1));
            controller->setDetailedReminders(true);
            controller->setDatabase(nullptr);
            QCOMPARE(controller->deadlines()->rowCount(), 0);
            QVERIFY(!controller->hasMembers());
        }
        auto again = makeController();
        QCOMPARE(m_view->stages()->rows().first().dateIso, u"2026-02-02"_qs);
        QCOMPARE(again->deadlines()->rowCount(), 3);
        QVERIFY(find(*again, "decision")->snoozed);
        QVERIFY(find(*again, "window")->done);
        QCOMPARE(again->deadlines()->rows().first().title, u"Interview papers"_qs);
        QVERIFY(again->detailedReminders());
        QCOMPARE(vault::TimelineRepository(*m_db).deadlines().size(), 3);
    }

    void remindersNeverCarryNamesOrNotes_data()
    {
        QTest::addColumn<bool>("detailed");
        QTest::newRow("private") << false;
        QTest::newRow("detailed") << true;
    }
    void remindersNeverCarryNamesOrNotes()
    {
        QFETCH(bool, detailed);
        auto controller = makeController();
        controller->setDetailedReminders(detailed);
        QVERIFY(controller->setStageDate(m_view->memberId(), u"applicationFiled"_qs, u"2026-02-02"_qs));
        QVERIFY(controller->addLetterDeadline(m_first, canary + u": DNA"_qs, u"2026-03-02"_qs));
        QVERIFY(controller->addLetterDeadline(m_first, canary, u"2026-05-01"_qs));
        const QStringList keys = m_notifier->scheduledKeys();
        QVERIFY(keys.size() >= 5);
        for (const QString &key : keys) {
            QVERIFY2(key.startsWith(u'd'), qPrintable(key));
            const reminders::Notification notification = m_notifier->scheduled(key);
            for (const QString &text : { notification.key, notification.title, notification.body })
                QVERIFY2(!text.contains(u"CANARY") && !text.contains(u"Zainab"), qPrintable(text));
            QCOMPARE(notification.body == u"You have a date to check.", !detailed);
        }
        m_clock->setNow(amsterdamTime(QDate(2026, 3, 2), 11));
        for (const reminders::Notification &shown : m_notifier->deliverDue(m_clock->now()))
            QVERIFY(!shown.body.contains(u"CANARY"));
        QVERIFY(!m_notifier->shown().isEmpty());
    }

    void whatCameDueWhileClosedIsListedAtStart()
    {
        m_clock->setNow(amsterdamTime(QDate(2026, 2, 8), 12)); // before the window's first reminder
        {
            auto controller = makeController();
            QVERIFY(m_home->dueReminders().isEmpty());
            QVERIFY(m_notifier->dueAtStartup().isEmpty());
        }
        m_clock->setNow(
            amsterdamTime(QDate(2026, 3, 13), 12)); // the window's 30-day reminder passed on 11 March
        auto controller = makeController();
        QCOMPARE(m_home->dueReminders(),
                 QStringList {
                     u"\u2068%1\u2069: 28 days left"_qs.arg(TimelineTexts::deadlineTitle(u"window"_qs)) });
        QCOMPARE(m_notifier->dueAtStartup().size(), 1);
        QVERIFY(controller->recordStep(controller->deadlines()->rows().first().deadlineId, u"2026-03-10"_qs));
        QVERIFY(m_home->dueReminders().isEmpty());
    }

    void calendarExportChecksFieldByField()
    {
        auto controller = makeController();
        QVERIFY(controller->setStageDate(m_view->memberId(), u"applicationFiled"_qs, u"2026-02-02"_qs));
        QVERIFY(controller->addLetterDeadline(m_first, canary, u"2026-03-20"_qs));
        const QString path = m_dir.filePath(u"dates%1.ics"_qs.arg(m_counter));
        const samen::vault::testsupport::UsualUmask umask;
        for (const bool notes : { false, true }) {
            QVERIFY(controller->exportCalendar(QUrl::fromLocalFile(path), notes));
            QCOMPARE(samen::vault::testsupport::modeOf(path), 0600); // plaintext: owner-only under umask 022
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QCOMPARE(bytes.contains("CANARY"), notes);
            IcsComponent calendar;
            QString error;
            QVERIFY2(readIcs(bytes, calendar, error), qPrintable(error));
            QCOMPARE(calendar.children.size(), 2); // the window is done (filed): left out
            QMap<QString, IcsComponent> byDate;
            for (const IcsComponent &event : calendar.children) {
                QCOMPARE(event.name, u"VEVENT"_qs);
                QCOMPARE(event.property(u"DTSTART"_qs).parameters.value(u"VALUE"_qs), u"DATE"_qs);
                QCOMPARE(event.value(u"SUMMARY"_qs), u"Samen: a date to check"_qs);
                QVERIFY(!event.children.isEmpty());
                byDate.insert(event.value(u"DTSTART"_qs), event);
            }
            QCOMPARE(byDate.keys(), (QList<QString> { u"20260320"_qs, u"20260502"_qs }));
            QCOMPARE(byDate.value(u"20260320"_qs).value(u"DESCRIPTION"_qs), notes ? canary : QString());
            QVERIFY(byDate.value(u"20260502"_qs).value(u"DESCRIPTION"_qs).isEmpty());
        }
        QVERIFY(!controller->exportCalendar(QUrl(u"https://example.org/x.ics"_qs), false));
        QVERIFY(!controller->errorText().isEmpty());
    }

    void everyStageAndDeadlineOfThePackHasWords()
    {
        const auto pack = rules::loadPackFile(u":/rules/nl.json"_qs).pack;
        QVERIFY(pack);
        for (const rules::StageSpec &stage : pack->stages) {
            QVERIFY2(!TimelineTexts::stageName(stage.id).isEmpty(), qPrintable(stage.id));
            QVERIFY2(!TimelineTexts::stageExplanation(stage.id).isEmpty(), qPrintable(stage.id));
            QVERIFY2(!TimelineTexts::nextStep(stage.id).isEmpty(), qPrintable(stage.id));
        }
        for (const rules::DeadlineSpec &deadline : pack->deadlines) {
            QVERIFY2(!TimelineTexts::deadlineTitle(deadline.id).isEmpty(), qPrintable(deadline.id));
            QVERIFY2(!TimelineTexts::deadlineExplanation(deadline.id).isEmpty(), qPrintable(deadline.id));
        }
        QCOMPARE(TimelineTexts::countdown(0), u"Today is the last day"_qs);
        QCOMPARE(TimelineTexts::countdown(1), u"1 day left"_qs);
        QCOMPARE(TimelineTexts::countdown(-3), u"Passed 3 days ago"_qs);
    }
};

QTEST_GUILESS_MAIN(TestTimelineController)
#include "tst_timelinecontroller.moc"
