#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace samen::reminders {

/** What a deadline is about; each kind has its own reminder schedule (schedule.h). */
enum class DeadlineKind {
    NareisWindow, ///< the 3-month window to apply for family reunification
    DecisionPeriod, ///< the date by which the IND must decide
    Objection, ///< the 4 weeks to object to a refusal
    MvvCollection, ///< the 3 months to collect the mvv at the embassy
    Travel, ///< the 90 days of mvv validity to enter the Netherlands
    GpVisit, ///< the first GP visit within 2 weeks of arrival
    Letter, ///< an "answer before" date from an IND letter
    WaitEnds, ///< the end of the 2-year wait for b-status holders: the first day to apply
};

/** One deadline as the planner receives it: computed elsewhere (rule pack) or entered by the user. */
struct Deadline
{
    /** Stable, opaque id (never a name): reminder keys and calendar UIDs derive from it. */
    QString id;
    /** What the deadline is about. */
    DeadlineKind kind = DeadlineKind::Letter;
    /** The last day, in the Netherlands. */
    QDate due;
    /** The user's own words for it; private: never in a notification, in a calendar only on request. */
    QString label;
};

/** What the user did with the reminders of one deadline. */
struct ReminderState
{
    /** No reminder of the deadline fires before this time; the last one held back fires then. */
    QDateTime snoozedUntil;
    /** The user has dealt with the deadline: no more reminders. */
    bool done = false;
};

} // namespace samen::reminders
