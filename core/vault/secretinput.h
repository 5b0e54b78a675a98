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
 * refused), Fair otherwise. For a passphrase TooShort below 8 characters, then by guessBits():
 * Weak below 33 bits (10^10 guesses), Fair below 60, Strong from 60.
 */
[[nodiscard]] SecretStrength secretStrength(const QString &typed, SecretKind kind);

/**
 * log2 of the guesses zxcvbn (zxcvbn-c, libzxcvbn) estimates an attacker needs for @p typed,
 * after NFC: dictionary words, names, keyboard rows, repeats, sequences and dates cost little;
 * "samen" and a few Dutch words every Samen user sees count as dictionary words too.
 */
[[nodiscard]] double guessBits(const QString &typed);

/**
 * True when @p utf8 may protect a backup: at least 8 characters and not Weak (guessBits() of
 * at least 33). The vault also refuses the PIN or password that opens it.
 */
[[nodiscard]] bool isAcceptableBackupPassphrase(const QByteArray &utf8);

/** @p utf8 as ASCII digits when it holds only digits of any script (a PIN typed again), else empty. */
[[nodiscard]] QByteArray digitsOf(const QByteArray &utf8);

} // namespace samen::vault
