#pragma once

#include "vault/keyfile.h"

#include <QByteArray>
#include <QString>

namespace samen::vault {

/** How hard a passphrase is to guess, as a hint while the user types it. */
enum class SecretStrength {
    TooShort, ///< below the minimum length: not accepted
    Weak, ///< long enough, but a common or very repetitive choice
    Fair,
    Strong,
};

/**
 * The bytes the vault expects for what the user typed. A PIN keeps only its digits, converted
 * to ASCII whatever script the keyboard used (Arabic-Indic ٠١٢, Persian ۰۱۲, …), so the same PIN
 * opens the vault from any keyboard; any other character makes it invalid (empty result).
 * A passphrase is its UTF-8, after Unicode normalisation (NFC) so that composed and decomposed
 * input match.
 */
[[nodiscard]] QByteArray secretBytes(const QString &typed, SecretKind kind);

/**
 * A strength hint: for a PIN TooShort below 6 digits, Weak with an easy pattern (pinPattern(), then
 * refused), Fair otherwise.
 */
[[nodiscard]] SecretStrength secretStrength(const QString &typed, SecretKind kind);

} // namespace samen::vault
