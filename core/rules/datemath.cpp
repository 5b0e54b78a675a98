#include "rules/datemath.h"

#include <QRegularExpression>

#include <algorithm>

namespace samen::rules::datemath {

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString toIso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate addMonths(QDate date, int months)
{
    if (!date.isValid())
        return date;
    const int monthIndex = date.year() * 12 + (date.month() - 1) + months;
    const int year = monthIndex >= 0 ? monthIndex / 12 : -((11 - monthIndex) / 12);
    const int month = monthIndex - year * 12 + 1;
    const int lastDay = QDate(year, month, 1).daysInMonth();
    return QDate(year, month, std::min(date.day(), lastDay));
}

QDate add(QDate date, const DateOffset &offset)
{
    const QDate shifted = addMonths(date, offset.years * 12 + offset.months);
    return shifted.addDays(qint64(offset.weeks) * 7 + offset.days);
}

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> holidaysOf(int year, const HolidayRules &rules)
{
    QList<QDate> days;
    for (const auto &holiday : rules.fixed) {
        QDate date(year, holiday.month, holiday.day);
        if (!date.isValid())
            continue;
        if (date.dayOfWeek() == Qt::Sunday)
            date = date.addDays(holiday.sundayShift);
        days.append(date);
    }
    const QDate easter = easterSunday(year);
    for (const auto &holiday : rules.easter)
        days.append(easter.addDays(holiday.offset));
    std::sort(days.begin(), days.end());
    return days;
}

bool isNonWorkingDay(QDate date, const HolidayRules &rules)
{
    if (date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday)
        return true;
    for (int year = date.year() - 1; year <= date.year() + 1; ++year) {
        if (holidaysOf(year, rules).contains(date))
            return true;
    }
    return false;
}

QDate nextWorkingDay(QDate date, const HolidayRules &rules)
{
    while (date.isValid() && isNonWorkingDay(date, rules))
        date = date.addDays(1);
    return date;
}

int ageOn(QDate birth, QDate on)
{
    int age = on.year() - birth.year();
    const bool birthdayNotYet =
        on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day());
    if (birthdayNotYet)
        --age;
    return age;
}

qint64 daysBetween(QDate from, QDate to)
{
    return from.daysTo(to);
}

} // namespace samen::rules::datemath
