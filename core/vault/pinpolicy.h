#pragma once

#include <QByteArray>

namespace samen::vault {

/** Why a PIN of enough digits is still refused; None when it may be used. */
enum class PinPattern {
    None,
    Common, ///< one of the most chosen PINs (commonPins())
    Repeated, ///< one digit or one short group over and over: 000000, 121212, 123123
    Sequence, ///< digits counting up or down by one: 345678, 987654, 901234
    Year, ///< starts or ends with a year from 1930 to 2029, as a birth year or a date does
};

/**
 * The pattern that makes the ASCII-digit PIN @p digits easy to guess first, or None. Checked at
 * any length, so 8 and more digits are held to the same rules.
 *
 * Sources: the ten most chosen 6-digit PINs are those Markert et al. found in "This PIN Can Be
 * Easily Guessed: Analyzing the Security of Smartphone Unlock PINs" (IEEE S&P 2020, Ruhr-Universität
 * Bochum, https://www.ieee-security.org/TC/SP2020/); the pattern classes (repetitions, sequences,
 * dates) follow the same paper and Bonneau, Preibusch and Anderson, "A birthday present every eleven
 * wallets? The security of customer-chosen banking PINs" (Financial Cryptography 2012), whose
 * advice is to refuse a birth year.
 */
[[nodiscard]] PinPattern pinPattern(const QByteArray &digits);

/** The refused list itself, for tests and documentation. */
[[nodiscard]] const QList<QByteArray> &commonPins();

} // namespace samen::vault
