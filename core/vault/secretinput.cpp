#include "vault/secretinput.h"

#include "vault/pinpolicy.h"

#include <QSet>

namespace samen::vault {

namespace {

constexpr int minimumPinDigits = 6;
constexpr int minimumPassphraseLength = 8;

bool isCommonChoice(const QString &normalized)
{
    static const QSet<QString> common = {
        QStringLiteral("password"),   QStringLiteral("password1"),   QStringLiteral("12345678"),
        QStringLiteral("123456789"),  QStringLiteral("1234567890"),  QStringLiteral("qwertyui"),
        QStringLiteral("qwertyuiop"), QStringLiteral("iloveyou"),    QStringLiteral("11111111"),
        QStringLiteral("abcdefgh"),   QStringLiteral("samen123"),    QStringLiteral("wachtwoord"),
        QStringLiteral("nederland"),  QStringLiteral("netherlands"), QStringLiteral("welkom123"),
    };
    return common.contains(normalized.toLower());
}

int distinctCharacters(const QString &text)
{
    return QSet<QChar>(text.cbegin(), text.cend()).size();
}

int characterClasses(const QString &text)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : text) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !(c.isLower() || c.isUpper() || c.isDigit());
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

} // namespace

QByteArray secretBytes(const QString &typed, SecretKind kind)
{
    if (kind == SecretKind::Passphrase)
        return typed.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray digits;
    for (const QChar c : typed) {
        const int value = c.digitValue();
        if (value < 0 || value > 9)
            return {};
        digits.append(char('0' + value));
    }
    return digits;
}

SecretStrength secretStrength(const QString &typed, SecretKind kind)
{
    if (kind == SecretKind::Pin) {
        const QByteArray digits = secretBytes(typed, kind);
        if (digits.size() < minimumPinDigits)
            return SecretStrength::TooShort;
        return pinPattern(digits) == PinPattern::None ? SecretStrength::Fair : SecretStrength::Weak;
    }
    const QString text = typed.normalized(QString::NormalizationForm_C);
    if (text.size() < minimumPassphraseLength)
        return SecretStrength::TooShort;
    if (isCommonChoice(text) || distinctCharacters(text) < 4)
        return SecretStrength::Weak;
    const bool longEnough = text.size() >= 16 || (text.size() >= 12 && characterClasses(text) >= 3);
    if (longEnough && distinctCharacters(text) >= 8)
        return SecretStrength::Strong;
    return characterClasses(text) >= 2 || text.size() >= 12 ? SecretStrength::Fair : SecretStrength::Weak;
}

} // namespace samen::vault
