#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace samen::rules {

/** A calendar offset such as "3 months" or "2 weeks"; parts are applied years, months, weeks, days. */
struct DateOffset
{
    /** Whole years to add. */
    int years = 0;
    /** Whole months to add (day clamped to the month's end). */
    int months = 0;
    /** Whole weeks to add. */
    int weeks = 0;
    /** Whole days to add. */
    int days = 0;
};

/** A public holiday on a fixed day of the year, optionally moved when it falls on a Sunday. */
struct FixedHoliday
{
    /** Name as the pack gives it, e.g. "kingsDay". */
    QString name;
    /** Month 1–12. */
    int month = 1;
    /** Day of the month. */
    int day = 1;
    /** Days to move the holiday when it falls on a Sunday (King's Day: -1); 0 keeps it. */
    int sundayShift = 0;
};

/** A public holiday at a fixed distance from Easter Sunday (Easter Monday: +1). */
struct EasterHoliday
{
    /** Name as the pack gives it, e.g. "ascensionDay". */
    QString name;
    /** Days after Easter Sunday. */
    int offset = 0;
};

/** The public holidays of one country, as data. */
struct HolidayRules
{
    /** Holidays on fixed dates. */
    QList<FixedHoliday> fixed;
    /** Holidays relative to Easter Sunday. */
    QList<EasterHoliday> easter;
};

/** All date arithmetic of the rule engine: one place, tested by tst_datemath. */
namespace datemath {

/** Parses a strict ISO date "YYYY-MM-DD"; nullopt for anything else, including 2025-02-30. */
[[nodiscard]] std::optional<QDate> parseIsoDate(const QString &text);

/** Formats @p date as "YYYY-MM-DD". */
[[nodiscard]] QString toIso(QDate date);

/** Adds @p months calendar months; a day that does not exist becomes the month's last day. */
[[nodiscard]] QDate addMonths(QDate date, int months);

/** Applies @p offset: years and months first (with month-end clamping), then weeks and days. */
[[nodiscard]] QDate add(QDate date, const DateOffset &offset);

/** Easter Sunday of @p year in the Gregorian calendar (anonymous Gregorian algorithm). */
[[nodiscard]] QDate easterSunday(int year);

/** The public holidays of @p year under @p rules, sorted. */
[[nodiscard]] QList<QDate> holidaysOf(int year, const HolidayRules &rules);

/** True when @p date is a Saturday, a Sunday or a public holiday under @p rules. */
[[nodiscard]] bool isNonWorkingDay(QDate date, const HolidayRules &rules);

/** @p date itself when it is a working day, otherwise the next working day after it. */
[[nodiscard]] QDate nextWorkingDay(QDate date, const HolidayRules &rules);

/** Age in whole years on @p on of someone born on @p birth (29 Feb birthdays count on 1 Mar). */
[[nodiscard]] int ageOn(QDate birth, QDate on);

/** Days from @p from to @p to; negative when @p to is earlier. */
[[nodiscard]] qint64 daysBetween(QDate from, QDate to);

} // namespace datemath
} // namespace samen::rules
