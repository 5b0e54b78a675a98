#include "reminders/notifier.h"
#include "reminders/reminderplanner.h"
#include "reminders/schedule.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace samen::reminders;

namespace {

const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));

QDateTime at(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), amsterdam);
}

Deadline deadline(const QString &id, DeadlineKind kind, QDate due)
{
    return Deadline { id, kind, due, QString() };
}

QStringList keysOf(const QList<PlannedReminder> &reminders)
{
    QStringList keys;
    for (const PlannedReminder &reminder : reminders)
        keys << reminder.key;
    return keys;
}

QList<QDate> localDatesOf(const QList<PlannedReminder> &reminders)
{
    QList<QDate> dates;
    for (const PlannedReminder &reminder : reminders)
        dates << reminder.fireTime.toTimeZone(amsterdam).date();
    return dates;
}

PlannedReminder findReminder(const QList<PlannedReminder> &reminders, const QString &key)
{
    for (const PlannedReminder &reminder : reminders) {
        if (reminder.key == key)
            return reminder;
    }
    return {};
}

// One procedure from decision to GP visit, as the timeline would compute it.
QList<Deadline> wholeProcedure()
{
    return {
        deadline(u"window"_qs, DeadlineKind::NareisWindow, QDate(2026, 4, 10)),
        deadline(u"letter"_qs, DeadlineKind::Letter, QDate(2026, 3, 25)),
        deadline(u"decision"_qs, DeadlineKind::DecisionPeriod, QDate(2026, 5, 31)),
        deadline(u"mvv"_qs, DeadlineKind::MvvCollection, QDate(2026, 8, 20)),
        deadline(u"travel"_qs, DeadlineKind::Travel, QDate(2026, 9, 13)),
        deadline(u"gp"_qs, DeadlineKind::GpVisit, QDate(2026, 9, 15)),
    };
}

} // namespace

class TestReminderPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scheduleTableIsOrderedAndComplete()
    {
        QCOMPARE(reminderDays(DeadlineKind::NareisWindow), (QList<int> { 60, 30, 14, 7, 3, 1, 0 }));
        QCOMPARE(allDeadlineKinds().size(), 8);
        for (const DeadlineKind kind : allDeadlineKinds()) {
            const QList<int> &days = reminderDays(kind);
            QVERIFY(!days.isEmpty());
            QCOMPARE(days.last(), 0);
            QVERIFY(std::is_sorted(days.crbegin(), days.crend()));
            QCOMPARE(QSet<int>(days.cbegin(), days.cend()).size(), days.size());
        }
    }

    void keysRoundTrip_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("days");
        QTest::newRow("plain") << u"window-1"_qs << 60;
        QTest::newRow("day itself") << u"w"_qs << 0;
        QTest::newRow("id with separator") << u"a@b"_qs << 7;
    }
    void keysRoundTrip()
    {
        QFETCH(QString, id);
        QFETCH(int, days);
        const ReminderKey parsed = ReminderKey::fromString(ReminderKey { id, days }.toString());
        QCOMPARE(parsed.deadlineId, id);
        QCOMPARE(parsed.daysBefore, days);
        QCOMPARE(ReminderKey::fromString(u"no-separator"_qs).daysBefore, -1);
        QCOMPARE(ReminderKey::fromString(u"x@-3"_qs).daysBefore, -1);
    }

    void firesAtTheLocalHourOnTheScheduledDays_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QList<QDate>>("dates");
        QTest::newRow("nareis window")
            << int(DeadlineKind::NareisWindow) << QDate(2026, 4, 10)
            << QList<QDate> { { 2026, 2, 9 }, { 2026, 3, 11 }, { 2026, 3, 27 }, { 2026, 4, 3 },
                              { 2026, 4, 7 }, { 2026, 4, 9 },  { 2026, 4, 10 } };
        QTest::newRow("window across the year end")
            << int(DeadlineKind::NareisWindow) << QDate(2027, 1, 2)
            << QList<QDate> { { 2026, 11, 3 },  { 2026, 12, 3 }, { 2026, 12, 19 }, { 2026, 12, 26 },
                              { 2026, 12, 30 }, { 2027, 1, 1 },  { 2027, 1, 2 } };
        QTest::newRow("objection over a leap day")
            << int(DeadlineKind::Objection) << QDate(2028, 3, 1)
            << QList<QDate> { { 2028, 2, 9 },  { 2028, 2, 16 }, { 2028, 2, 23 },
                              { 2028, 2, 27 }, { 2028, 2, 29 }, { 2028, 3, 1 } };
        QTest::newRow("GP visit") << int(DeadlineKind::GpVisit) << QDate(2026, 9, 15)
                                  << QList<QDate> { { 2026, 9, 8 }, { 2026, 9, 12 }, { 2026, 9, 15 } };
        QTest::newRow("decision period") << int(DeadlineKind::DecisionPeriod) << QDate(2026, 1, 3)
                                         << QList<QDate> { { 2025, 12, 27 }, { 2026, 1, 3 } };
    }
    void firesAtTheLocalHourOnTheScheduledDays()
    {
        QFETCH(int, kind);
        QFETCH(QDate, due);
        QFETCH(QList<QDate>, dates);
        const QList<Deadline> deadlines { deadline(u"d"_qs, DeadlineKind(kind), due) };
        const ReminderPlan plan = planReminders(deadlines, {}, at(QDate(2025, 6, 1), 12));
        QCOMPARE(localDatesOf(plan.upcoming), dates);
        for (const PlannedReminder &reminder : plan.upcoming) {
            QCOMPARE(reminder.fireTime.timeZone(), amsterdam);
            QCOMPARE(reminder.fireTime.time(), QTime(10, 0));
            QCOMPARE(reminder.fireTime.date().daysTo(due), reminder.daysBefore);
            QCOMPARE(reminder.key, ReminderKey({ u"d"_qs, reminder.daysBefore }).toString());
            QVERIFY(!reminder.snoozed);
        }
        QVERIFY(plan.due.isEmpty());
    }

    void staysAtTenAcrossDaylightSavingChanges_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("daysBefore");
        QTest::addColumn<int>("utcHour");
        QTest::newRow("March 2026, week before the change") << QDate(2026, 4, 5) << 14 << 9;
        QTest::newRow("March 2026, on the change day") << QDate(2026, 4, 5) << 7 << 8;
        QTest::newRow("March 2026, after the change") << QDate(2026, 4, 5) << 3 << 8;
        QTest::newRow("October 2026, before the change") << QDate(2026, 11, 1) << 14 << 8;
        QTest::newRow("October 2026, on the change day") << QDate(2026, 11, 1) << 7 << 9;
        QTest::newRow("March 2027, on the change day") << QDate(2027, 3, 29) << 1 << 8;
        QTest::newRow("October 2027, on the change day") << QDate(2027, 11, 7) << 7 << 9;
    }
    void staysAtTenAcrossDaylightSavingChanges()
    {
        QFETCH(QDate, due);
        QFETCH(int, daysBefore);
        QFETCH(int, utcHour);
        const ReminderPlan plan = planReminders({ deadline(u"w"_qs, DeadlineKind::NareisWindow, due) }, {},
                                                at(due.addDays(-90), 9));
        const PlannedReminder reminder =
            findReminder(plan.upcoming, ReminderKey { u"w"_qs, daysBefore }.toString());
        QVERIFY(reminder.fireTime.isValid());
        QCOMPARE(reminder.fireTime.toTimeZone(amsterdam).time(), QTime(10, 0));
        QCOMPARE(reminder.fireTime.toTimeZone(amsterdam).date(), due.addDays(-daysBefore));
        QCOMPARE(reminder.fireTime.toUTC().time(), QTime(utcHour, 0));
    }

    void aWeekAcrossTheSpringChangeIsAnHourShorter()
    {
        const ReminderPlan plan =
            planReminders({ deadline(u"w"_qs, DeadlineKind::NareisWindow, QDate(2026, 4, 5)) }, {},
                          at(QDate(2026, 1, 1), 9));
        const QDateTime before = findReminder(plan.upcoming, u"w@14"_qs).fireTime;
        const QDateTime after = findReminder(plan.upcoming, u"w@7"_qs).fireTime;
        QCOMPARE(before.secsTo(after), 7 * 24 * 3600 - 3600);
    }

    void localHourIsConfigurable()
    {
        ReminderSettings settings;
        settings.localTime = QTime(8, 30);
        const ReminderPlan plan =
            planReminders({ deadline(u"g"_qs, DeadlineKind::GpVisit, QDate(2026, 9, 15)) }, {},
                          at(QDate(2026, 9, 1), 9), settings);
        QCOMPARE(plan.upcoming.size(), 3);
        for (const PlannedReminder &reminder : plan.upcoming)
            QCOMPARE(reminder.fireTime.time(), QTime(8, 30));
    }

    void anHourSkippedByDaylightSavingFiresRightAfterTheGap()
    {
        ReminderSettings settings;
        settings.localTime = QTime(2, 30);
        const ReminderPlan plan =
            planReminders({ deadline(u"w"_qs, DeadlineKind::NareisWindow, QDate(2026, 4, 5)) }, {},
                          at(QDate(2026, 1, 1), 9), settings);
        const PlannedReminder reminder = findReminder(plan.upcoming, u"w@7"_qs);
        QVERIFY(reminder.fireTime.isValid());
        QCOMPARE(reminder.fireTime.date(), QDate(2026, 3, 29));
        QCOMPARE(reminder.fireTime.time(), QTime(3, 0));
        QCOMPARE(plan.upcoming.size(), 7);
    }

    void withoutZoneDataTheDeviceTimeIsUsed()
    {
        ReminderSettings settings;
        settings.zone = QTimeZone(QByteArrayLiteral("Nowhere/Invalid"));
        QVERIFY(!settings.zone.isValid());
        const ReminderPlan plan =
            planReminders({ deadline(u"g"_qs, DeadlineKind::GpVisit, QDate(2026, 9, 15)) }, {},
                          at(QDate(2026, 9, 1), 9), settings);
        QCOMPARE(plan.upcoming.size(), 3);
        for (const PlannedReminder &reminder : plan.upcoming) {
            QVERIFY(reminder.fireTime.isValid());
            QCOMPARE(reminder.fireTime.time(), QTime(10, 0));
        }
    }

    void nothingForPassedDeadlinesOrPassedTimes()
    {
        const QList<Deadline> deadlines { deadline(u"w"_qs, DeadlineKind::NareisWindow, QDate(2026, 4, 10)) };
        const ReminderPlan exactlyAtSeven = planReminders(deadlines, {}, at(QDate(2026, 4, 3), 10));
        QCOMPARE(keysOf(exactlyAtSeven.upcoming), (QStringList { u"w@3"_qs, u"w@1"_qs, u"w@0"_qs }));
        QCOMPARE(keysOf(exactlyAtSeven.due), QStringList { u"w@7"_qs });

        const ReminderPlan dayItselfMorning = planReminders(deadlines, {}, at(QDate(2026, 4, 10), 9, 59));
        QCOMPARE(keysOf(dayItselfMorning.upcoming), QStringList { u"w@0"_qs });
        QCOMPARE(keysOf(dayItselfMorning.due), QStringList { u"w@1"_qs });

        const ReminderPlan dayItselfAfternoon = planReminders(deadlines, {}, at(QDate(2026, 4, 10), 15));
        QVERIFY(dayItselfAfternoon.upcoming.isEmpty());
        QCOMPARE(keysOf(dayItselfAfternoon.due), QStringList { u"w@0"_qs });

        const ReminderPlan dayAfter = planReminders(deadlines, {}, at(QDate(2026, 4, 11), 0, 1));
        QVERIFY(dayAfter.upcoming.isEmpty());
        QVERIFY(dayAfter.due.isEmpty());

        const ReminderPlan invalidDate =
            planReminders({ deadline(u"x"_qs, DeadlineKind::Letter, QDate()) }, {}, at(QDate(2026, 4, 1), 9));
        QVERIFY(invalidDate.upcoming.isEmpty() && invalidDate.due.isEmpty());
    }

    void theDayIsTheDayInAmsterdam()
    {
        // 23:30 UTC on 9 April is 01:30 on 10 April in Amsterdam: the 1-day reminder has passed.
        const QList<Deadline> deadlines { deadline(u"w"_qs, DeadlineKind::NareisWindow, QDate(2026, 4, 10)) };
        const ReminderPlan plan =
            planReminders(deadlines, {}, QDateTime(QDate(2026, 4, 9), QTime(23, 30), Qt::UTC));
        QCOMPARE(keysOf(plan.upcoming), QStringList { u"w@0"_qs });
    }

    void doneDeadlinesGetNothing()
    {
        const QList<Deadline> deadlines = wholeProcedure();
        QHash<QString, ReminderState> states;
        states[u"window"_qs].done = true;
        const ReminderPlan plan = planReminders(deadlines, states, at(QDate(2026, 4, 8), 12));
        for (const PlannedReminder &reminder : plan.upcoming + plan.due)
            QVERIFY(reminder.deadlineId != u"window"_qs);
        QVERIFY(!plan.upcoming.isEmpty());
    }

    void snooze_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("snoozedUntil");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QDateTime>("firstFires");
        QTest::addColumn<QStringList>("due");
        const QDate day(2026, 4, 10);
        QTest::newRow("until tomorrow evening") << at(day.addDays(-7), 10, 5) << at(day.addDays(-6), 18)
                                                << QStringList { u"w@7"_qs, u"w@3"_qs, u"w@1"_qs, u"w@0"_qs }
                                                << at(day.addDays(-6), 18) << QStringList();
        QTest::newRow("past a later reminder")
            << at(day.addDays(-7), 10, 5) << at(day.addDays(-2), 12)
            << QStringList { u"w@3"_qs, u"w@1"_qs, u"w@0"_qs } << at(day.addDays(-2), 12) << QStringList();
        QTest::newRow("onto a reminder's own time")
            << at(day.addDays(-7), 10, 5) << at(day.addDays(-3), 10)
            << QStringList { u"w@3"_qs, u"w@1"_qs, u"w@0"_qs } << at(day.addDays(-3), 10) << QStringList();
        QTest::newRow("beyond the day: the day itself still fires")
            << at(day.addDays(-7), 10, 5) << at(day.addDays(2), 10) << QStringList { u"w@0"_qs }
            << at(day, 10) << QStringList();
        QTest::newRow("on the day itself")
            << at(day, 10, 5) << at(day, 15) << QStringList { u"w@0"_qs } << at(day, 15) << QStringList();
        QTest::newRow("ended snooze is no snooze") << at(day.addDays(-7), 10, 5) << at(day.addDays(-7), 10, 4)
                                                   << QStringList { u"w@3"_qs, u"w@1"_qs, u"w@0"_qs }
                                                   << at(day.addDays(-3), 10) << QStringList { u"w@7"_qs };
    }
    void snooze()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, snoozedUntil);
        QFETCH(QStringList, keys);
        QFETCH(QDateTime, firstFires);
        QFETCH(QStringList, due);
        QHash<QString, ReminderState> states;
        states[u"w"_qs].snoozedUntil = snoozedUntil;
        const ReminderPlan plan =
            planReminders({ deadline(u"w"_qs, DeadlineKind::NareisWindow, QDate(2026, 4, 10)) }, states, now);
        QCOMPARE(keysOf(plan.upcoming), keys);
        QCOMPARE(plan.upcoming.first().fireTime, firstFires);
        QCOMPARE(plan.upcoming.first().snoozed, firstFires.time() != QTime(10, 0));
        QCOMPARE(keysOf(plan.due), due);
    }

    void aChangedDateLeavesNoStaleKeys()
    {
        QList<Deadline> deadlines = wholeProcedure();
        const QDateTime now = at(QDate(2026, 2, 1), 12);
        InMemoryNotifier notifier;
        const NotificationText texts;
        notifier.schedule(texts.notifications(planReminders(deadlines, {}, now).upcoming));
        QVERIFY(notifier.scheduledKeys().contains(u"window@60"_qs));

        deadlines[0].due = QDate(2026, 3, 1);
        const ReminderPlan replanned = planReminders(deadlines, {}, now);
        notifier.schedule(texts.notifications(replanned.upcoming));

        QCOMPARE(notifier.scheduledKeys(), keysOf(replanned.upcoming));
        QCOMPARE(notifier.cancelled(), (QStringList { u"window@60"_qs, u"window@30"_qs }));
        QCOMPARE(notifier.scheduled(u"window@14"_qs).fireTime, at(QDate(2026, 2, 15), 10));
        for (const PlannedReminder &reminder : replanned.upcoming) {
            if (reminder.deadlineId == u"window"_qs)
                QCOMPARE(notifier.scheduled(reminder.key).fireTime.date().daysTo(QDate(2026, 3, 1)),
                         reminder.daysBefore);
        }
    }

    void recomputingIsAPureFunction()
    {
        const QList<Deadline> deadlines = wholeProcedure();
        const QDateTime now = at(QDate(2026, 3, 1), 7);
        const ReminderPlan a = planReminders(deadlines, {}, now);
        const ReminderPlan b = planReminders(deadlines, {}, now.toUTC());
        QCOMPARE(a.upcoming, b.upcoming);
        QList<Deadline> reversed(deadlines.crbegin(), deadlines.crend());
        QCOMPARE(planReminders(reversed, {}, now).upcoming, a.upcoming);
    }

    void aRepeatedDeadlineIdPlansOnce()
    {
        const QList<Deadline> deadlines { deadline(u"x"_qs, DeadlineKind::Letter, QDate(2026, 5, 1)),
                                          deadline(u"x"_qs, DeadlineKind::Letter, QDate(2026, 5, 2)) };
        const ReminderPlan plan = planReminders(deadlines, {}, at(QDate(2026, 4, 1), 9));
        QCOMPARE(plan.upcoming.size(), reminderDays(DeadlineKind::Letter).size());
        QCOMPARE(plan.upcoming.last().due, QDate(2026, 5, 1));
    }

    void plannerTakesTheTimeFromItsClock()
    {
        ManualClock clock(at(QDate(2026, 4, 1), 9));
        ReminderPlanner planner(clock);
        const QList<Deadline> deadlines { deadline(u"w"_qs, DeadlineKind::NareisWindow, QDate(2026, 4, 10)) };
        QCOMPARE(keysOf(planner.plan(deadlines, {}).upcoming),
                 (QStringList { u"w@7"_qs, u"w@3"_qs, u"w@1"_qs, u"w@0"_qs }));
        clock.advance(7 * 24 * 3600);
        QCOMPARE(keysOf(planner.plan(deadlines, {}).upcoming), (QStringList { u"w@1"_qs, u"w@0"_qs }));
        ReminderSettings settings;
        settings.localTime = QTime(7, 0);
        planner.setSettings(settings);
        QCOMPARE(planner.settings().localTime, QTime(7, 0));
        QCOMPARE(planner.plan(deadlines, {}).upcoming.first().fireTime, at(QDate(2026, 4, 9), 7));
    }

    // The app's loop, hour by hour for eight months: plan, schedule, deliver, act on reminders.
    void wholeProcedureWithAFakeClock()
    {
        const QList<Deadline> deadlines = wholeProcedure();
        ManualClock clock(QDateTime(QDate(2026, 1, 12), QTime(7, 0), Qt::UTC));
        const ReminderPlanner planner(clock);
        const NotificationText texts;
        InMemoryNotifier notifier;
        QHash<QString, ReminderState> states;
        QList<QPair<QString, QDateTime>> delivered;
        const QDateTime end(QDate(2026, 9, 20), QTime(0, 0), Qt::UTC);
        while (clock.now() < end) {
            const QList<Notification> due = notifier.deliverDue(clock.now());
            for (const Notification &notification : due) {
                QCOMPARE(notification.fireTime, clock.now());
                delivered.append({ notification.key, clock.now() });
                if (notification.key == u"window@7"_qs && !states.contains(u"window"_qs))
                    states[u"window"_qs].snoozedUntil = at(QDate(2026, 4, 4), 18);
            }
            if (clock.now() == at(QDate(2026, 3, 20), 12))
                states[u"letter"_qs].done = true;
            notifier.schedule(texts.notifications(planner.plan(deadlines, states).upcoming));
            clock.advance(3600);
        }
        QMap<QString, int> perDeadline;
        QList<QDate> windowDates;
        for (const auto &[key, when] : std::as_const(delivered)) {
            const ReminderKey parsed = ReminderKey::fromString(key);
            ++perDeadline[parsed.deadlineId];
            if (parsed.deadlineId == u"window"_qs)
                windowDates << when.toTimeZone(amsterdam).date();
            const QTime local = when.toTimeZone(amsterdam).time();
            QVERIFY2(local == QTime(10, 0) || (key == u"window@7"_qs && local == QTime(18, 0)),
                     qPrintable(key));
        }
        QCOMPARE(delivered.size(), 28);
        const QMap<QString, int> expected { { u"window"_qs, 8 }, { u"letter"_qs, 2 }, { u"decision"_qs, 2 },
                                            { u"mvv"_qs, 7 },    { u"travel"_qs, 6 }, { u"gp"_qs, 3 } };
        QCOMPARE(perDeadline, expected);
        QCOMPARE(windowDates,
                 (QList<QDate> { { 2026, 2, 9 },
                                 { 2026, 3, 11 },
                                 { 2026, 3, 27 },
                                 { 2026, 4, 3 },
                                 { 2026, 4, 4 },
                                 { 2026, 4, 7 },
                                 { 2026, 4, 9 },
                                 { 2026, 4, 10 } }));
        QVERIFY(notifier.scheduledKeys().isEmpty());
    }

    // 10,000 random date sets: every reminder on or before its day, in the future, keys unique.
    void propertiesHoldForRandomDateSets()
    {
        QRandomGenerator random(20261123);
        for (int round = 0; round < 10000; ++round) {
            const QDate today = QDate(2025, 1, 1).addDays(random.bounded(5 * 365));
            const QDateTime now(today, QTime(random.bounded(24), random.bounded(60), random.bounded(60)),
                                Qt::UTC);
            QList<Deadline> deadlines;
            QHash<QString, ReminderState> states;
            const int count = random.bounded(1, 9);
            for (int i = 0; i < count; ++i) {
                const QString id = u"d"_qs + QString::number(random.bounded(count + 2));
                const DeadlineKind kind =
                    allDeadlineKinds().at(random.bounded(int(allDeadlineKinds().size())));
                deadlines << deadline(id, kind, today.addDays(random.bounded(-30, 120)));
                if (random.bounded(6) == 0)
                    states[id].done = true;
                else if (random.bounded(4) == 0)
                    states[id].snoozedUntil = now.addSecs(random.bounded(-5 * 86400, 20 * 86400));
            }
            const ReminderPlan plan = planReminders(deadlines, states, now);
            checkProperties(plan, deadlines, states, now);
            if (QTest::currentTestFailed()) {
                qWarning("round %d", round);
                return;
            }
            QCOMPARE(planReminders(deadlines, states, now).upcoming, plan.upcoming);
        }
    }

private:
    static void checkProperties(const ReminderPlan &plan, const QList<Deadline> &deadlines,
                                const QHash<QString, ReminderState> &states, const QDateTime &now)
    {
        QHash<QString, Deadline> first;
        for (const Deadline &d : deadlines) {
            if (!first.contains(d.id))
                first.insert(d.id, d);
        }
        const QDate today = now.toTimeZone(amsterdam).date();
        QSet<QString> keys;
        QHash<QString, int> upcomingPerDeadline;
        for (const PlannedReminder &reminder : plan.upcoming) {
            const Deadline &source = first[reminder.deadlineId];
            QVERIFY(!keys.contains(reminder.key));
            keys.insert(reminder.key);
            QVERIFY(reminder.fireTime > now);
            QVERIFY(reminder.fireTime.toTimeZone(amsterdam).date() <= source.due);
            QCOMPARE(reminder.due, source.due);
            QVERIFY(!states.value(reminder.deadlineId).done);
            QVERIFY(source.due >= today);
            QCOMPARE(reminder.key, ReminderKey({ reminder.deadlineId, reminder.daysBefore }).toString());
            QVERIFY(reminderDays(source.kind).contains(reminder.daysBefore));
            if (reminder.snoozed)
                QCOMPARE(reminder.fireTime, states.value(reminder.deadlineId).snoozedUntil);
            else
                QCOMPARE(reminder.fireTime, at(source.due.addDays(-reminder.daysBefore), 10));
            ++upcomingPerDeadline[reminder.deadlineId];
        }
        for (const Deadline &d : std::as_const(first)) {
            if (states.contains(d.id) || d.due < today)
                continue;
            int ahead = 0;
            for (const int days : reminderDays(d.kind))
                ahead += at(d.due.addDays(-days), 10) > now ? 1 : 0;
            QCOMPARE(upcomingPerDeadline.value(d.id), ahead);
        }
        QSet<QString> dueDeadlines;
        for (const PlannedReminder &reminder : plan.due) {
            QVERIFY(reminder.fireTime <= now);
            QVERIFY(!dueDeadlines.contains(reminder.deadlineId));
            dueDeadlines.insert(reminder.deadlineId);
            QVERIFY(first[reminder.deadlineId].due >= today);
            QVERIFY(!states.value(reminder.deadlineId).done);
        }
    }
};

QTEST_GUILESS_MAIN(TestReminderPlanner)
#include "tst_reminderplanner.moc"
