#pragma once

#include "reminders/deadline.h"

#include <QList>

namespace samen::reminders {

/**
 * The days before the due date on which a deadline of @p kind reminds the user, largest first,
 * 0 meaning the day itself. The whole table lives in schedule.cpp, with the reason for each row.
 */
[[nodiscard]] const QList<int> &reminderDays(DeadlineKind kind);

/** Every kind of deadline, in declaration order (for tests and for tables in the UI). */
[[nodiscard]] const QList<DeadlineKind> &allDeadlineKinds();

} // namespace samen::reminders
