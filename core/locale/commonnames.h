#pragma once

#include <QString>

// Internal to NameTransliterator: usual Latin spellings of very common Arabic-script names.
namespace samen::locale::common_names {

/** How a name written in Arabic script is read aloud. */
enum class Reading {
    /** As Arabic speakers say it (ث th, ذ dh, و u). */
    Arabic,
    /** As Dari speakers say it (ث s, ذ z, و o). */
    Dari,
};

/**
 * The usual Latin spelling of @p word when it is one of the most common Arabic-script given
 * names (محمد → "Mohammad"), also with the article (الأحمد → "Al-Ahmad"); empty otherwise.
 * Vowel signs, tatweel, hamza forms of alif and Arabic/Persian letter variants are ignored.
 */
[[nodiscard]] QString usualSpelling(const QString &word, Reading reading);

} // namespace samen::locale::common_names
