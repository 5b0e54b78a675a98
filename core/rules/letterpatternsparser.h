#pragma once

#include "rules/letterpatterns.h"

#include <QJsonObject>

namespace samen::rules {

struct RulePack;
struct Journey;

/**
 * Reads the pack's `letterReading` section from @p root (empty when absent) and checks it: every
 * source is in @p pack, every letter id in @p journey, every type name known, 12 months, no empty
 * phrase. Throws json::InputError naming the path, e.g. `letterReading.types[2].letter: unknown
 * letter "x"`.
 */
[[nodiscard]] LetterPatterns readLetterPatterns(const QJsonObject &root, const RulePack &pack,
                                                const Journey &journey);

/** The reader's letter type names, in the order of letters::LetterKind (without "unknown"). */
[[nodiscard]] const QStringList &letterKindNames();

} // namespace samen::rules
