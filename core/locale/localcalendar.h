#pragma once

#include "locale/calendarsystem.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace samen::locale {

/** A day as written in some calendar: year, month (1 = first month) and day (1 = first day). */
struct CalendarDate
{
    /** Year in the calendar's usual era (Amete Mihret for Ethiopic, Hijri shamsi for Persian, AD). */
    int year = 0;
    /** Month, 1 to 12 (13 for Ethiopic). */
    int month = 0;
    /** Day of the month, from 1. */
    int day = 0;

    friend bool operator==(const CalendarDate &a, const CalendarDate &b)
    {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
};

/** Why a CalendarDate is not a real day. */
enum class DateProblem {
    /** The date exists. */
    None,
    /** The year lies outside what the calendar supports (see LocalCalendar::firstDay()). */
    OutOfRange,
    /** The month is below 1 or above the number of months in that year. */
    NoSuchMonth,
    /** The day is below 1 or above the number of days in that month (30 February, 31 Mizan, Pagume 7). */
    NoSuchDay,
};

/** The verdict on a CalendarDate: a problem and the limit it broke, so the UI can explain it. */
struct DateCheck
{
    /** What is wrong, or None. */
    DateProblem problem = DateProblem::None;
    /** For NoSuchMonth the months in that year; for NoSuchDay the days in that month; else 0. */
    int limit = 0;
    /** A plain English reason for logs, tests and the samen-rules tool; the UI words it itself. */
    QString reason;

    /** True when the date exists. */
    [[nodiscard]] bool isValid() const { return problem == DateProblem::None; }
};

/**
 * Date entry in the user's calendar: month names, months per year, days per month, checks and
 * conversion to and from Gregorian. Never lenient: 30 February is refused, not rolled to March.
 * Holds an ICU calendar; not thread-safe, use one instance per thread.
 */
class LocalCalendar
{
public:
    /** The calendar of @p language (calendarFor()), with month names in @p language. */
    explicit LocalCalendar(const QString &language);
    /** @p system with month names in @p language, e.g. Gregorian in Tigrinya. */
    LocalCalendar(CalendarSystem system, const QString &language);
    ~LocalCalendar();
    LocalCalendar(const LocalCalendar &) = delete;
    LocalCalendar &operator=(const LocalCalendar &) = delete;

    /** The calendar this instance works in. */
    [[nodiscard]] CalendarSystem system() const;
    /** The app language code the month names are in. */
    [[nodiscard]] QString language() const;

    /** Month names as a picker shows them, first month first (13 for Ethiopic). */
    [[nodiscard]] QStringList monthNames() const;
    /** Number of months in @p year (12, or 13 for Ethiopic); 0 when the year is out of range. */
    [[nodiscard]] int monthsInYear(int year) const;
    /** Number of days in @p month of @p year; 0 when the month does not exist. */
    [[nodiscard]] int daysInMonth(int year, int month) const;

    /** Whether @p date exists in this calendar and in the supported range, and if not, why. */
    [[nodiscard]] DateCheck check(const CalendarDate &date) const;
    /** The Gregorian day of @p date, or nothing when check() refuses it. */
    [[nodiscard]] std::optional<QDate> toGregorian(const CalendarDate &date) const;
    /** @p date in this calendar; a zero CalendarDate when @p date is invalid or out of range. */
    [[nodiscard]] CalendarDate fromGregorian(QDate date) const;

    /** First Gregorian day the app accepts (1 January 1850: birth dates of parents included). */
    [[nodiscard]] static QDate firstDay();
    /** Last Gregorian day the app accepts (31 December 2199). */
    [[nodiscard]] static QDate lastDay();

private:
    [[nodiscard]] std::optional<QDate> toGregorianUnchecked(const CalendarDate &date) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace samen::locale
