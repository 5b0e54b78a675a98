#include "reminders/schedule.h"

namespace samen::reminders {

namespace {

struct ScheduleRow
{
    DeadlineKind kind;
    QList<int> days;
};

// Days before the due date, largest first; 0 is the day itself.
const QList<ScheduleRow> &scheduleTable()
{
    static const QList<ScheduleRow> table = {
        // Missing it leaves only the regular route (income requirement, fees): remind early and
        // often, from two months ahead, so there is time to gather documents.
        { DeadlineKind::NareisWindow, { 60, 30, 14, 7, 3, 1, 0 } },
        // The IND's deadline, not the user's: a week to prepare a notice of default, and the day.
        { DeadlineKind::DecisionPeriod, { 7, 0 } },
        // Four weeks in all and final when missed: weekly, then the last days (a lawyer needs time).
        { DeadlineKind::Objection, { 21, 14, 7, 3, 1, 0 } },
        // Three months and a new application when missed: like the nareis window.
        { DeadlineKind::MvvCollection, { 60, 30, 14, 7, 3, 1, 0 } },
        // 90 days of mvv validity: a month ahead to book tickets, then the last days.
        { DeadlineKind::Travel, { 30, 14, 7, 3, 1, 0 } },
        // Two weeks from arrival; only the interpreter costs are at stake.
        { DeadlineKind::GpVisit, { 7, 3, 0 } },
        // IND letters give two to four weeks and silence can mean a refusal.
        { DeadlineKind::Letter, { 14, 7, 3, 1, 0 } },
        // Not a last day but a first one: a month to prepare income and housing papers, and the day.
        { DeadlineKind::WaitEnds, { 30, 7, 0 } },
    };
    return table;
}

} // namespace

const QList<int> &reminderDays(DeadlineKind kind)
{
    for (const ScheduleRow &row : scheduleTable()) {
        if (row.kind == kind)
            return row.days;
    }
    static const QList<int> none;
    return none;
}

const QList<DeadlineKind> &allDeadlineKinds()
{
    static const QList<DeadlineKind> kinds = [] {
        QList<DeadlineKind> result;
        for (const ScheduleRow &row : scheduleTable())
            result << row.kind;
        return result;
    }();
    return kinds;
}

} // namespace samen::reminders
