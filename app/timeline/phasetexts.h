#pragma once

#include "rules/pack.h"
#include "timeline/deadlinemodel.h"
#include "timeline/phaseinfo.h"
#include "timeline/supportmodel.h"

#include <QList>
#include <QString>

/** The words of a member's phase after the application, from the pack's journey and its texts. */
namespace PhaseTexts {

/**
 * Phase @p phaseId of @p pack in the user's language, with the open deadlines of the phase
 * taken from @p deadlines (rows of the member and of the whole family). An empty id gives the
 * phase before the application: its "now" says to send the application.
 */
[[nodiscard]] PhaseInfo info(const samen::rules::RulePack &pack, const QString &phaseId,
                             const QList<DeadlineRow> &deadlines);

/** "Usually up to 3 months. It can take 3 months longer." for @p duration; empty without one. */
[[nodiscard]] QString duration(const samen::rules::DurationSpec &duration);

/** @p offset in words, e.g. "3 months" or "19 weeks", in the user's language and digits. */
[[nodiscard]] QString offset(const samen::rules::DateOffset &offset);

/** The support texts offered in phase @p phaseId, in pack order. */
[[nodiscard]] QList<SupportRow> support(const samen::rules::RulePack &pack, const QString &phaseId);

} // namespace PhaseTexts
