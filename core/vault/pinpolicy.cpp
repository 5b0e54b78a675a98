#include "vault/pinpolicy.h"

#include <QList>

namespace samen::vault {

namespace {

constexpr int firstYear = 1930;
constexpr int lastYear = 2029;

/** True when @p digits is a group of at most half its length, repeated (121212, 123123). */
bool isRepeated(const QByteArray &digits)
{
    for (qsizetype period = 1; period <= digits.size() / 2; ++period) {
        if (digits.size() % period != 0)
            continue;
        if (digits == digits.left(period).repeated(digits.size() / period))
            return true;
    }
    return false;
}

/** True when each digit is the one before plus @p step, modulo 10 (…7890123…). */
bool steps(const QByteArray &digits, int step)
{
    for (qsizetype i = 1; i < digits.size(); ++i) {
        if ((digits.at(i - 1) - '0' + step + 10) % 10 != digits.at(i) - '0')
            return false;
    }
    return true;
}

bool isYear(const QByteArray &four)
{
    const int year = four.toInt();
    return four.size() == 4 && year >= firstYear && year <= lastYear;
}

} // namespace

const QList<QByteArray> &commonPins()
{
    // Markert et al. 2020 (see pinpolicy.h): the ten most chosen 6-digit PINs. Most of them are
    // also caught by the rules below; the list keeps 112233, 159753 and 789456.
    static const QList<QByteArray> pins = { "000000", "111111", "112233", "121212", "123123",
                                            "123456", "159753", "654321", "666666", "789456" };
    return pins;
}

PinPattern pinPattern(const QByteArray &digits)
{
    if (commonPins().contains(digits))
        return PinPattern::Common;
    if (isRepeated(digits))
        return PinPattern::Repeated;
    if (steps(digits, 1) || steps(digits, -1))
        return PinPattern::Sequence;
    if (isYear(digits.left(4)) || isYear(digits.right(4)))
        return PinPattern::Year;
    return PinPattern::None;
}

} // namespace samen::vault
