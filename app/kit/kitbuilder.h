#pragma once

#include "kit/kit.h"

#include <QDate>

namespace samen::rules {
struct RulePack;
}
namespace samen::vault {
class Database;
}

namespace samen::kit {

/**
 * Reads family member @p memberId from the unlocked @p db (names, papers, stage dates, dates from
 * letters) and writes their kit in @p language as of @p today: the dates to keep are the pack's
 * deadlines counted by core/procedure from the member's own stage dates; a date not known yet
 * says which step it counts from. Reads nothing of any other member. An empty Kit when there is
 * no such member.
 */
[[nodiscard]] Kit buildKit(vault::Database &db, const rules::RulePack &pack, qint64 memberId,
                           const QString &language, QDate today);

/** The pack deadlines a kit shows, in order: collect the mvv, travel, report to the IND. */
[[nodiscard]] QStringList kitDeadlineIds();

} // namespace samen::kit
