#pragma once

#include "summary/summary.h"

#include <QDate>

namespace samen::rules {
struct RulePack;
}
namespace samen::vault {
class Database;
}

namespace samen::summary {

class SummaryTexts;

/**
 * Reads the unlocked @p db (referent, family members, interview answers, documents, stages,
 * deadlines) and evaluates the answers with @p pack, into a Summary in the language of
 * @p texts, as of @p today. Reads only; changes nothing.
 */
[[nodiscard]] Summary buildSummary(vault::Database &db, const rules::RulePack &pack,
                                   const SummaryTexts &texts, QDate today);

} // namespace samen::summary
