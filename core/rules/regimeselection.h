#pragma once

#include "rules/condition.h"
#include "rules/pack.h"

#include <QString>

namespace samen::rules {

/** The regime chosen for a case, and why. */
struct RegimeChoice
{
    /** The regime; nullptr when none applies (the pack has no selector for the case). */
    const Regime *regime = nullptr;
    /** Translation key of why it applies, in plain words. */
    QString reasonKey;
    /** The conditions that chose it, e.g. "applicationDate < 2026-06-12 and indDecided == false". */
    QString reason;
    /** True when a needed fact was unknown and the pack's cautious regime was used. */
    bool uncertain = false;
};

/**
 * Tries the pack's regimes in order with the case-level @p facts: the first selector whose
 * conditions all hold chooses. When none holds but one could not be decided because a fact is
 * unknown, the pack's regimeIfUnknown is chosen and marked uncertain.
 */
[[nodiscard]] RegimeChoice selectRegime(const RulePack &pack, const Facts &facts);

/** @p conditions as the pack spells them, joined by "and". */
[[nodiscard]] QString describeConditions(const Conditions &conditions);

} // namespace samen::rules
