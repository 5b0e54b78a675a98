#include "timeline/reminderservice.h"

#include "locale/dateformatter.h"
#include "procedure/deadlinerows.h"

using namespace samen;

ReminderService::ReminderService(reminders::Notifier &notifier, const reminders::Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_clock(clock)
    , m_planner(clock)
{ }

QDate ReminderService::today() const
{
    return m_planner.settings().toLocal(m_clock.now()).date();
}

void ReminderService::startSession()
{
    m_sessionStarting = true;
}

void ReminderService::replan(const QList<dossier::Deadline> &rows, reminders::TextDetail detail,
                             const locale::DateFormatter &dates)
{
    const auto states = procedure::reminderStates(rows);
    const reminders::ReminderPlan plan = m_planner.plan(procedure::toReminderDeadlines(rows), states);
    const reminders::NotificationText texts(detail,
                                            detail == reminders::TextDetail::Detailed ? &dates : nullptr);
    m_notifier.schedule(texts.notifications(plan.upcoming));
    QList<qint64> due;
    if (m_sessionStarting) {
        m_notifier.presentDueAtStartup(texts.notifications(plan.due, today()));
        m_sessionStarting = false;
        for (const reminders::PlannedReminder &reminder : plan.due)
            due << procedure::rowIdOf(reminder.deadlineId);
    } else {
        for (const qint64 id : std::as_const(m_dueIds)) {
            const bool open = std::any_of(plan.due.cbegin(), plan.due.cend(), [&](const auto &reminder) {
                return procedure::rowIdOf(reminder.deadlineId) == id;
            });
            if (open)
                due << id;
        }
    }
    if (due != m_dueIds) {
        m_dueIds = due;
        Q_EMIT dueChanged();
    }
}
