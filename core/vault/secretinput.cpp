#include "vault/secretinput.h"

#include "vault/pinpolicy.h"

#include <QList>

#include <zxcvbn.h>

namespace samen::vault {

namespace {

constexpr int minimumPinDigits = 6;
constexpr int minimumPassphraseLength = 8;

constexpr double weakBelowBits = 33; // 10^10 guesses: 200 years for one core at 0.65 s a guess
constexpr double strongFromBits = 60;

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
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
    if (codePoints(text) < minimumPassphraseLength)
        return SecretStrength::TooShort;
    const double bits = guessBits(text);
    if (bits < weakBelowBits)
        return SecretStrength::Weak;
    return bits < strongFromBits ? SecretStrength::Fair : SecretStrength::Strong;
}

double guessBits(const QString &typed)
{
    static const char *localWords[] = {
        "samen", "wachtwoord", "nederland", "netherlands", "welkom", nullptr
    };
    const QByteArray utf8 = typed.normalized(QString::NormalizationForm_C).toUtf8();
    ZxcMatch_t *matches = nullptr;
    const double bits = ZxcvbnMatch(utf8.constData(), localWords, &matches);
    ZxcvbnFreeInfo(matches);
    return bits;
}

bool isAcceptableBackupPassphrase(const QByteArray &utf8)
{
    return secretStrength(QString::fromUtf8(utf8), SecretKind::Passphrase) >= SecretStrength::Fair;
}

QByteArray digitsOf(const QByteArray &utf8)
{
    return secretBytes(QString::fromUtf8(utf8), SecretKind::Pin);
}

} // namespace samen::vault
