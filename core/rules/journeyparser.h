#pragma once

#include "rules/journey.h"

#include <QJsonObject>
#include <QStringList>

namespace samen::rules {

struct RulePack;

/**
 * Reads the pack sections phases, letters, help, glossary, costs, support and letterReading from @p root and checks
 * every reference against @p pack (sources, deadlines, stages) and within them (phases, help ids).
 * An absent section is empty (the packs of earlier releases have none). Throws json::InputError naming
 * the path of the first problem, e.g. `letters[2].deadline: unknown deadline "x"`.
 */
[[nodiscard]] Journey readJourney(const QJsonObject &root, const RulePack &pack);

/** The top-level keys of those sections (the array sections first, then letterReading). */
[[nodiscard]] const QStringList &journeySections();

} // namespace samen::rules
