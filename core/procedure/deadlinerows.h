#pragma once

#include "dossier/timeline.h"
#include "procedure/ruledeadlines.h"
#include "reminders/deadline.h"

#include <QHash>
#include <QList>

namespace samen::vault {
class TimelineRepository;
class Database;
} // namespace samen::vault

namespace samen::procedure {

/**
 * Label that marks the decision row whose due date the user copied from the IND's receipt letter
 * (ontvangstbevestiging): the IND names its own last day there, which beats our 90-day estimate.
 * Only a "decision" row carries it; materialisation then keeps its date while the application
 * date exists. It is a marker, not the user's words, so it never needs hiding.
 */
inline constexpr QStringView receiptLetterLabel = u"ind-receipt-letter";

/** The rows to write so that the deadline table holds exactly the wanted rule deadlines. */
struct RowChanges
{
    /** Rows to insert (id 0) or update; done and snoozedUntil are kept from the row they update. */
    QList<dossier::Deadline> save;
    /** Ids of rule rows whose start date is gone (or duplicates of one member and rule). */
    QList<qint64> remove;

    /** True when nothing needs writing. */
    [[nodiscard]] bool isEmpty() const { return save.isEmpty() && remove.isEmpty(); }
};

/**
 * The changes that turn @p existing rows into @p wanted: a row is matched by member and rule id,
 * its due date updated (unless it is a decision row from the receipt letter), its snooze kept,
 * and done while a later stage closes it (a deadline no stage can close keeps the user's tick).
 * Rule rows without a wanted deadline are removed. "letter" rows are never touched. Pure: no
 * database.
 */
[[nodiscard]] RowChanges reconcile(const QList<dossier::Deadline> &existing,
                                   const QList<RuleDeadline> &wanted);

/** Writes @p changes through @p repository in one transaction on @p db; false (nothing written) on error. */
[[nodiscard]] bool apply(const RowChanges &changes, vault::Database &db,
                         vault::TimelineRepository &repository);

/** The reminder kind of a deadline row's rule id ("window" → NareisWindow, unknown ids → Letter). */
[[nodiscard]] reminders::DeadlineKind reminderKind(const QString &ruleId);

/** The opaque reminder id of deadline row @p rowId: "d<row id>". */
[[nodiscard]] QString reminderId(qint64 rowId);

/** The row id in a reminderId(); 0 when @p id is not one. */
[[nodiscard]] qint64 rowIdOf(const QString &id);

/** @p row for the planner: opaque id, kind, due date and the user's label (private). */
[[nodiscard]] reminders::Deadline toReminderDeadline(const dossier::Deadline &row);

/** Every row of @p rows with a valid due date, for the planner. */
[[nodiscard]] QList<reminders::Deadline> toReminderDeadlines(const QList<dossier::Deadline> &rows);

/** The done and snooze state of @p rows, keyed by reminderId(); rows with neither are left out. */
[[nodiscard]] QHash<QString, reminders::ReminderState> reminderStates(const QList<dossier::Deadline> &rows);

} // namespace samen::procedure
