#include "reminders/reminderplanner.h"

#include "reminders/schedule.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace samen::reminders {

namespace {

const QChar keySeparator = u'@';

struct DeadlinePlan
{
    QList<PlannedReminder> upcoming;
    std::optional<PlannedReminder> due;
};

// Applies a snooze: reminders before it are held back, except a due-day reminder still ahead;
// the last one held back fires at the snooze time when nothing else fires by then.
QList<PlannedReminder> applySnooze(const QList<PlannedReminder> &candidates, const QDateTime &snoozedUntil,
                                   const QDateTime &now, const ReminderSettings &settings)
{
    QList<PlannedReminder> kept;
    std::optional<PlannedReminder> lastHeld;
    for (const PlannedReminder &candidate : candidates) {
        if (candidate.fireTime >= snoozedUntil) {
            kept << candidate;
        } else if (candidate.daysBefore == 0 && candidate.fireTime > now) {
            kept << candidate;
        } else {
            lastHeld = candidate;
        }
    }
    if (!lastHeld || snoozedUntil <= now)
        return kept;
    const QDateTime snoozeLocal = settings.toLocal(snoozedUntil);
    if (snoozeLocal.date() > lastHeld->due)
        return kept;
    const bool coveredByKept = std::any_of(
        kept.cbegin(), kept.cend(), [&](const PlannedReminder &r) { return r.fireTime <= snoozedUntil; });
    if (coveredByKept)
        return kept;
    PlannedReminder moved = *lastHeld;
    moved.fireTime = snoozeLocal;
    moved.snoozed = true;
    kept << moved;
    return kept;
}

DeadlinePlan planDeadline(const Deadline &deadline, const ReminderState &state, const QDateTime &now,
                          const ReminderSettings &settings)
{
    DeadlinePlan plan;
    if (state.done || !deadline.due.isValid() || deadline.due < settings.toLocal(now).date())
        return plan;
    const QList<PlannedReminder> candidates = scheduledReminders(deadline, settings);
    const bool snoozing = state.snoozedUntil.isValid();
    const QList<PlannedReminder> kept =
        snoozing ? applySnooze(candidates, state.snoozedUntil, now, settings) : candidates;
    for (const PlannedReminder &reminder : kept) {
        if (reminder.fireTime > now)
            plan.upcoming << reminder;
    }
    if (snoozing && state.snoozedUntil > now)
        return plan;
    for (const PlannedReminder &candidate : candidates) {
        if (candidate.fireTime <= now)
            plan.due = candidate;
    }
    return plan;
}

// The local time on @p date, or when a daylight-saving gap skips it, the first moment after the gap.
// Without a valid zone (no time zone data on the device) the device's local time is used.
QDateTime localDateTime(QDate date, QTime time, const QTimeZone &zone)
{
    const auto at = [&](QTime t) { return zone.isValid() ? QDateTime(date, t, zone) : QDateTime(date, t); };
    QDateTime result = at(time);
    for (int step = 1; !result.isValid() && step <= 16; ++step)
        result = at(time.addSecs(step * 15 * 60));
    return result;
}

bool firesEarlier(const PlannedReminder &a, const PlannedReminder &b)
{
    if (a.fireTime != b.fireTime)
        return a.fireTime < b.fireTime;
    return a.key < b.key;
}

bool isMoreUrgent(const PlannedReminder &a, const PlannedReminder &b)
{
    if (a.due != b.due)
        return a.due < b.due;
    return a.key < b.key;
}

} // namespace

QDateTime ReminderSettings::toLocal(const QDateTime &time) const
{
    return zone.isValid() ? time.toTimeZone(zone) : time.toLocalTime();
}

QString ReminderKey::toString() const
{
    return deadlineId + keySeparator + QString::number(daysBefore);
}

ReminderKey ReminderKey::fromString(const QString &key)
{
    const qsizetype at = key.lastIndexOf(keySeparator);
    bool ok = false;
    const int days = at > 0 ? key.mid(at + 1).toInt(&ok) : -1;
    if (!ok || days < 0)
        return { QString(), -1 };
    return { key.left(at), days };
}

bool PlannedReminder::operator==(const PlannedReminder &other) const
{
    return key == other.key && deadlineId == other.deadlineId && kind == other.kind && due == other.due &&
        daysBefore == other.daysBefore && fireTime == other.fireTime &&
        fireTime.timeZone() == other.fireTime.timeZone() && snoozed == other.snoozed;
}

QList<PlannedReminder> scheduledReminders(const Deadline &deadline, const ReminderSettings &settings)
{
    QList<PlannedReminder> reminders;
    if (!deadline.due.isValid())
        return reminders;
    for (const int days : reminderDays(deadline.kind)) {
        PlannedReminder reminder;
        reminder.key = ReminderKey { deadline.id, days }.toString();
        reminder.deadlineId = deadline.id;
        reminder.kind = deadline.kind;
        reminder.due = deadline.due;
        reminder.daysBefore = days;
        reminder.fireTime = localDateTime(deadline.due.addDays(-days), settings.localTime, settings.zone);
        reminders << reminder;
    }
    std::sort(reminders.begin(), reminders.end(), firesEarlier);
    return reminders;
}

ReminderPlan planReminders(const QList<Deadline> &deadlines, const QHash<QString, ReminderState> &states,
                           const QDateTime &now, const ReminderSettings &settings)
{
    ReminderPlan plan;
    QSet<QString> seen;
    for (const Deadline &deadline : deadlines) {
        if (seen.contains(deadline.id))
            continue;
        seen.insert(deadline.id);
        DeadlinePlan part = planDeadline(deadline, states.value(deadline.id), now, settings);
        plan.upcoming << part.upcoming;
        if (part.due)
            plan.due << *part.due;
    }
    std::sort(plan.upcoming.begin(), plan.upcoming.end(), firesEarlier);
    std::sort(plan.due.begin(), plan.due.end(), isMoreUrgent);
    return plan;
}

ReminderPlanner::ReminderPlanner(const Clock &clock, ReminderSettings settings)
    : m_clock(clock)
    , m_settings(std::move(settings))
{ }

const ReminderSettings &ReminderPlanner::settings() const
{
    return m_settings;
}

void ReminderPlanner::setSettings(const ReminderSettings &settings)
{
    m_settings = settings;
}

ReminderPlan ReminderPlanner::plan(const QList<Deadline> &deadlines,
                                   const QHash<QString, ReminderState> &states) const
{
    return planReminders(deadlines, states, m_clock.now(), m_settings);
}

} // namespace samen::reminders
