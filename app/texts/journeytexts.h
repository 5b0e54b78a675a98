#pragma once

#include "rules/pack.h"

#include <QString>
#include <QStringList>

/**
 * The words of what comes after the application, in the user's language: the phases, the letters,
 * the help entries, the glossary, the costs and the support texts, by their rule-pack keys. The
 * English source texts live here, marked for lupdate; the pack holds keys only, and the sources.
 */
namespace JourneyTexts {

/** The translated text of pack key @p key (e.g. "letter.missingItems.what"); empty if unknown. */
[[nodiscard]] QString text(const QString &key);

/**
 * The English source text of @p key (translation context "JourneyTexts"), for a translator of
 * another language than the app's (the kit for the family); nullptr if unknown.
 */
[[nodiscard]] const char *source(const QString &key);

/** True when @p key has a text. */
[[nodiscard]] bool hasText(const QString &key);

/** Every key this table has a text for, in table order. */
[[nodiscard]] QStringList keys();

/** Every key of @p pack's journey sections that needs a text. */
[[nodiscard]] QStringList keysOf(const samen::rules::RulePack &pack);

} // namespace JourneyTexts
