#pragma once

#include "rules/journey.h"

#include <QDate>
#include <QHash>
#include <QString>

/** The procedure after the interview: stage dates, the deadlines they open, the deadline table. */
namespace samen::procedure {

/**
 * The phase a family member is in after the application (a PhaseSpec id of @p journey), from
 * the dates of their stages: the phase entered by the stage with the latest date that is not
 * after @p today; on the same day the phase later in the pack wins (a refusal and an objection
 * filed on one day: the objection). A later date wins over pack order, so a yes after an
 * objection is "decidedYes" again. Empty before anything is filed.
 */
[[nodiscard]] QString phaseOf(const rules::Journey &journey, const QHash<QString, QDate> &stageDates,
                              QDate today);

} // namespace samen::procedure
