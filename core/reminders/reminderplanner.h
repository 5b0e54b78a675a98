#pragma once

#include "reminders/clock.h"
#include "reminders/deadline.h"

#include <QHash>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace samen::reminders {

/** When reminders fire. */
struct ReminderSettings
{
    /** The local hour (and minute) at which reminders fire. */
    QTime localTime { 10, 0 };
    /** The zone the deadlines and localTime are in. */
    QTimeZone zone { QByteArrayLiteral("Europe/Amsterdam") };

    /** @p time in zone, or in the device's local time when zone is not valid (no zone data). */
    [[nodiscard]] QDateTime toLocal(const QDateTime &time) const;
};

/** Identifies one reminder: the deadline and how many days before it fires. */
struct ReminderKey
{
    /** Deadline::id. */
    QString deadlineId;
    /** Days before the due date; 0 is the day itself. */
    int daysBefore = 0;

    /** "<deadline id>@<days>", e.g. "window-1@7": stable, for de-duplication and cancelling. */
    [[nodiscard]] QString toString() const;
    /** The key written by toString(); daysBefore is -1 when @p key is not one. */
    [[nodiscard]] static ReminderKey fromString(const QString &key);
};

/** One reminder the planner wants delivered. Carries no label: nothing private reaches the notifier. */
struct PlannedReminder
{
    /** ReminderKey::toString() of the reminder. */
    QString key;
    /** Deadline::id. */
    QString deadlineId;
    /** Deadline::kind. */
    DeadlineKind kind = DeadlineKind::Letter;
    /** Deadline::due. */
    QDate due;
    /** Days before the due date the reminder belongs to (0: the day itself). */
    int daysBefore = 0;
    /** When it fires, in ReminderSettings::zone. */
    QDateTime fireTime;
    /** True when a snooze moved it to fireTime. */
    bool snoozed = false;

    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const PlannedReminder &other) const;
};

/** What the planner hands over: reminders to schedule, and reminders already due. */
struct ReminderPlan
{
    /** Reminders strictly after now, ordered by fire time then key; no key twice. */
    QList<PlannedReminder> upcoming;
    /** Per open deadline, the latest reminder that fired at or before now and is not snoozed. */
    QList<PlannedReminder> due;
};

/**
 * Every reminder of @p deadline at the configured local hour, ignoring now and the user's state,
 * earliest first (the calendar export turns these into alarms).
 */
[[nodiscard]] QList<PlannedReminder> scheduledReminders(const Deadline &deadline,
                                                        const ReminderSettings &settings);

/**
 * The reminders for @p deadlines at @p now, given the user's @p states keyed by Deadline::id.
 * A pure function: recompute it from scratch whenever a date, a state or the time changes.
 * Deadlines that are done or whose day has passed get nothing; reminders never fire after
 * the due day. A snooze holds back every reminder before it except one on the due day that
 * is still ahead, and fires the last one it held back at the snooze time instead.
 */
[[nodiscard]] ReminderPlan planReminders(const QList<Deadline> &deadlines,
                                         const QHash<QString, ReminderState> &states, const QDateTime &now,
                                         const ReminderSettings &settings = {});

/** planReminders() with the time taken from a Clock. */
class ReminderPlanner
{
public:
    /** Plans with @p clock, which must outlive the planner, and @p settings. */
    explicit ReminderPlanner(const Clock &clock, ReminderSettings settings = {});

    /** The settings in use. */
    [[nodiscard]] const ReminderSettings &settings() const;
    /** Replaces the settings (e.g. another local hour). */
    void setSettings(const ReminderSettings &settings);
    /** planReminders() at the clock's now. */
    [[nodiscard]] ReminderPlan plan(const QList<Deadline> &deadlines,
                                    const QHash<QString, ReminderState> &states) const;

private:
    const Clock &m_clock;
    ReminderSettings m_settings;
};

} // namespace samen::reminders
