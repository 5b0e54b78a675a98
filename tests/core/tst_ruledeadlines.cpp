#include "procedure/deadlinerows.h"
#include "procedure/ruledeadlines.h"
#include "reminders/notificationtext.h"
#include "reminders/notifier.h"
#include "reminders/reminderplanner.h"
#include "reminders/schedule.h"
#include "rules/pack.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace samen::procedure;
using namespace samen::reminders;
using samen::rules::RulePack;

namespace {

const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));

const RulePack &nlPack()
{
    static const RulePack pack = *samen::rules::loadPackFile(u":/rules/nl.json"_qs).pack;
    return pack;
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

CaseDates caseDates(std::optional<QDate> decision, const QString &status)
{
    CaseDates dates;
    dates.decisionDate = decision;
    dates.status = status;
    return dates;
}

RuleDeadline find(const QList<RuleDeadline> &list, qint64 member, const char *rule)
{
    for (const RuleDeadline &item : list) {
        if (item.memberId == member && item.ruleId == QLatin1String(rule))
            return item;
    }
    return {};
}

// Rule deadlines as rows with ids 1, 2, …: what the app stores.
QList<samen::dossier::Deadline> asRows(const QList<RuleDeadline> &wanted)
{
    QList<samen::dossier::Deadline> rows = reconcile({}, wanted).save;
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].id = i + 1;
    return rows;
}

} // namespace

class TestRuleDeadlines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(samen::rules::loadPackFile(u":/rules/nl.json"_qs).pack); }

    void decisionDateOpensTheWindowOnAWorkingDay()
    {
        // 2026-01-03 + 3 months = Friday 3 April; 2026-02-28 + 3 months = Thursday 28 May (ok);
        // 2026-01-04 + 3 months = Saturday 4 April → Tuesday 7 April (Easter Monday 6 April).
        const auto list = ruleDeadlines(nlPack(), caseDates(d(2026, 1, 4), u"refugee"_qs), {});
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first(), (RuleDeadline { 0, u"window"_qs, d(2026, 4, 7), false, true }));
    }

    void subsidiaryProtectionAddsTheEndOfTheWait()
    {
        const auto list = ruleDeadlines(nlPack(), caseDates(d(2026, 7, 1), u"subsidiary"_qs), {});
        QCOMPARE(find(list, 0, "bStatusWait").due, d(2028, 7, 1));
        QVERIFY(find(ruleDeadlines(nlPack(), caseDates(d(2026, 7, 1), QString()), {}), 0, "bStatusWait")
                    .ruleId.isEmpty());
    }

    void theWindowIsNoDateToKeepWithSubsidiaryProtection()
    {
        // Since 12 June 2026 a b-status referent waits two years and then takes the regular
        // route: a three-month countdown would send them to file in vain. The pack says so.
        QVERIFY(find(ruleDeadlines(nlPack(), caseDates(d(2026, 7, 1), u"subsidiary"_qs), {}), 0, "window")
                    .ruleId.isEmpty());
        QCOMPARE(find(ruleDeadlines(nlPack(), caseDates(d(2026, 7, 1), QString()), {}), 0, "window").due,
                 d(2026, 10, 1));
        QCOMPARE(find(ruleDeadlines(nlPack(), caseDates(d(2026, 7, 1), u"refugee"_qs), {}), 0, "window").due,
                 d(2026, 10, 1));
    }

    void nothingWithoutDates()
    {
        QVERIFY(ruleDeadlines(nlPack(), {}, {}).isEmpty());
        QVERIFY(ruleDeadlines(nlPack(), {}, { { 7, {} } }).isEmpty());
        QVERIFY(ruleDeadlines(nlPack(), {}, { { 7, { { u"applicationFiled"_qs, QDate() } } } }).isEmpty());
    }

    void eachStageOpensItsDeadlineFromThePack_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QDate>("due");
        QTest::newRow("filed: 3 months")
            << u"applicationFiled"_qs << d(2026, 2, 2) << u"decision"_qs << d(2026, 5, 2);
        QTest::newRow("refused: 4 weeks")
            << u"refused"_qs << d(2026, 12, 10) << u"objection"_qs << d(2027, 1, 7);
        QTest::newRow("granted: 3 months")
            << u"granted"_qs << d(2026, 11, 30) << u"mvvCollection"_qs << d(2027, 2, 28);
        QTest::newRow("mvv: 90 days") << u"mvvIssued"_qs << d(2026, 3, 1) << u"travel"_qs << d(2026, 5, 30);
        QTest::newRow("arrived: report to the IND in 3 days")
            << u"arrived"_qs << d(2026, 12, 25) << u"indAppointment"_qs << d(2026, 12, 28);
        QTest::newRow("objection filed: 19 weeks")
            << u"objectionFiled"_qs << d(2026, 6, 5) << u"objectionDecision"_qs << d(2026, 10, 16);
        QTest::newRow("objection decided: appeal in 4 weeks")
            << u"objectionDecided"_qs << d(2026, 10, 2) << u"appeal"_qs << d(2026, 10, 30);
    }
    void eachStageOpensItsDeadlineFromThePack()
    {
        QFETCH(QString, stage);
        QFETCH(QDate, date);
        QFETCH(QString, rule);
        QFETCH(QDate, due);
        const auto list = ruleDeadlines(nlPack(), {}, { { 42, { { stage, date } } } });
        QCOMPARE(list.size(), stage == u"arrived" ? 2 : 1); // arrival opens the IND report and the GP visit
        // Every deadline a step opens is closed by a later step, except going to court (appeal).
        QCOMPARE(list.first(), (RuleDeadline { 42, rule, due, false, rule != u"appeal" }));
    }

    void stagesWithoutADateOpenNothing()
    {
        const auto list = ruleDeadlines(nlPack(), {},
                                        { { 3,
                                            { { u"moreQuestions"_qs, d(2026, 3, 1) },
                                              { u"travelled"_qs, d(2026, 4, 1) },
                                              { u"zevenaarAppointment"_qs, d(2026, 4, 3) },
                                              { u"registered"_qs, d(2026, 4, 9) },
                                              { u"unknownStage"_qs, d(2026, 4, 9) } } } });
        QVERIFY(list.isEmpty());
    }

    void laterStagesCloseDeadlines()
    {
        const QList<MemberStages> members = {
            { 1, { { u"applicationFiled"_qs, d(2026, 2, 2) }, { u"granted"_qs, d(2026, 4, 1) } } },
            { 2, { { u"mvvIssued"_qs, d(2026, 5, 1) }, { u"arrived"_qs, d(2026, 6, 1) } } },
        };
        const auto list = ruleDeadlines(nlPack(), caseDates(d(2026, 1, 10), u"refugee"_qs), members);
        QVERIFY(find(list, 0, "window").closed);
        QVERIFY(find(list, 1, "decision").closed);
        QVERIFY(!find(list, 1, "mvvCollection").closed);
        QVERIFY(find(list, 2, "travel").closed);
        QVERIFY(!find(list, 2, "gpVisit").closed);
        QCOMPARE(list.first().ruleId, u"window"_qs);
        QVERIFY(!find(ruleDeadlines(nlPack(), caseDates(d(2026, 1, 10), {}), {}), 0, "window").closed);
    }

    // "Have you already sent the application?" answered in the questions: the day given there is
    // the application step's day where a member has none of their own; sent on a day not known,
    // the window is still closed (nothing left to apply for), and no decision date is made up.
    void theApplicationSentInTheQuestionsCounts()
    {
        const QJsonObject answers { { u"sponsor"_qs,
                                      QJsonObject { { u"decisionDate"_qs, u"2026-01-10"_qs },
                                                    { u"status"_qs, u"refugee"_qs } } },
                                    { u"applied"_qs, true },
                                    { u"applicationDate"_qs, u"2026-02-02"_qs } };
        const CaseDates dates = caseDatesFrom(answers);
        QCOMPARE(dates.decisionDate, d(2026, 1, 10));
        QCOMPARE(dates.status, u"refugee"_qs);
        QVERIFY(dates.applied);
        QCOMPARE(dates.applicationDate, d(2026, 2, 2));
        const QList<MemberStages> members { { 1, {} }, { 2, { { u"applicationFiled"_qs, d(2026, 2, 9) } } } };
        auto list = ruleDeadlines(nlPack(), dates, members);
        QVERIFY(find(list, 0, "window").closed);
        QVERIFY(find(list, 0, "window").closable);
        QCOMPARE(find(list, 1, "decision").due, d(2026, 5, 2));
        QCOMPARE(find(list, 2, "decision").due, d(2026, 5, 9)); // the step's own day wins

        QJsonObject dayUnknown = answers;
        dayUnknown.remove(u"applicationDate"_qs);
        list = ruleDeadlines(nlPack(), caseDatesFrom(dayUnknown), { { 1, {} } });
        QVERIFY(find(list, 0, "window").closed);
        QVERIFY(find(list, 1, "decision").ruleId.isEmpty());

        QJsonObject notSent = answers;
        notSent.insert(u"applied"_qs, false);
        QVERIFY(!caseDatesFrom(notSent).applicationDate); // a day left from before the answer changed
        list = ruleDeadlines(nlPack(), caseDatesFrom(notSent), { { 1, {} } });
        QVERIFY(!find(list, 0, "window").closed);
        QVERIFY(find(list, 1, "decision").ruleId.isEmpty());
    }

    // A family's whole procedure, hour by hour with a fake clock, across two daylight-saving
    // changes and a year end: each reminder of each open deadline fires once, at 10:00 in
    // Amsterdam, on its day, never after the deadline.
    void wholeProcedureAcrossDaylightSavingAndYearEnd()
    {
        const QList<MemberStages> members = {
            { 1,
              { { u"applicationFiled"_qs, d(2026, 9, 1) },
                { u"granted"_qs, d(2026, 12, 1) },
                { u"mvvIssued"_qs, d(2027, 1, 5) } } },
            { 2, { { u"applicationFiled"_qs, d(2026, 9, 1) }, { u"refused"_qs, d(2026, 12, 15) } } },
        };
        const auto rows = asRows(ruleDeadlines(nlPack(), caseDates(d(2026, 7, 20), u"refugee"_qs), members));
        const QList<Deadline> deadlines = toReminderDeadlines(rows);
        const auto states = reminderStates(rows);
        ManualClock clock(QDateTime(d(2026, 7, 21), QTime(0, 0), Qt::UTC));
        const ReminderPlanner planner(clock);
        const NotificationText texts;
        InMemoryNotifier notifier;
        QHash<QString, int> perDeadline;
        const QDateTime end(d(2027, 5, 1), QTime(0, 0), Qt::UTC);
        while (clock.now() < end) {
            for (const Notification &shown : notifier.deliverDue(clock.now())) {
                const ReminderKey key = ReminderKey::fromString(shown.key);
                const Deadline &source =
                    *std::find_if(deadlines.cbegin(), deadlines.cend(),
                                  [&](const Deadline &x) { return x.id == key.deadlineId; });
                const QDateTime local = shown.fireTime.toTimeZone(amsterdam);
                QCOMPARE(local.time(), QTime(10, 0));
                QCOMPARE(local.date().daysTo(source.due), key.daysBefore);
                QCOMPARE(shown.body, u"You have a date to check."_qs);
                ++perDeadline[key.deadlineId];
            }
            notifier.schedule(texts.notifications(planner.plan(deadlines, states).upcoming));
            clock.advance(3600);
        }
        QVERIFY(states.size() >= 2); // the window (filed) and member 1's decision (granted) are closed
        for (const Deadline &deadline : deadlines) {
            const int expected = states.value(deadline.id).done ? 0 : int(reminderDays(deadline.kind).size());
            QCOMPARE(perDeadline.value(deadline.id), expected);
        }
        QVERIFY(perDeadline.value(reminderId(rows.size())) > 0); // the objection over the year end
    }

    // 10,000 random sets of stage dates through the pack, the table and the planner: every
    // reminder lies in the future and on or before its deadline, which is not before its start.
    void randomDateSetsPlanOnlyFutureRemindersBeforeTheirDeadline()
    {
        QRandomGenerator random(6);
        const QStringList stages = { u"applicationFiled"_qs, u"granted"_qs,   u"refused"_qs,
                                     u"mvvIssued"_qs,        u"travelled"_qs, u"arrived"_qs };
        for (int round = 0; round < 10000; ++round) {
            const QDate base = d(2025, 1, 1).addDays(random.bounded(4 * 365));
            const CaseDates dates = caseDates(base, random.bounded(2) ? u"refugee"_qs : u"subsidiary"_qs);
            QList<MemberStages> members;
            QDate earliest = base;
            for (int m = 1; m <= random.bounded(1, 4); ++m) {
                MemberStages member { m, {} };
                for (const QString &stage : stages) {
                    if (random.bounded(2))
                        member.dates.insert(stage, base.addDays(random.bounded(0, 400)));
                }
                members << member;
            }
            const auto wanted = ruleDeadlines(nlPack(), dates, members);
            for (const RuleDeadline &item : wanted)
                QVERIFY(item.due > earliest);
            const auto rows = asRows(wanted);
            const QDateTime now(base.addDays(random.bounded(-10, 500)),
                                QTime(random.bounded(24), random.bounded(60)), Qt::UTC);
            const QList<Deadline> deadlines = toReminderDeadlines(rows);
            const ReminderPlan plan = planReminders(deadlines, reminderStates(rows), now);
            for (const PlannedReminder &reminder : plan.upcoming) {
                QVERIFY(reminder.fireTime > now);
                QVERIFY(reminder.fireTime.toTimeZone(amsterdam).date() <= reminder.due);
                QVERIFY(!reminderStates(rows).value(reminder.deadlineId).done);
            }
            if (QTest::currentTestFailed()) {
                qWarning("round %d", round);
                return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleDeadlines)
#include "tst_ruledeadlines.moc"
