#pragma once

#include "locale/calendarsystem.h"

#include <QDate>
#include <QString>

#include <memory>

namespace samen::locale {

/** One day written for the user and for officials. */
struct LocalizedDate
{
    /**
     * Gregorian, the calendar of every legal date, shown first: day, month name, the month's
     * number and year in the user's language and digits, e.g. "25 ጥሪ (1) 2027",
     * "٢٥ كانون الثاني / يناير (١) ٢٠٢٧".
     */
    QString gregorian;
    /**
     * The same day in the user's second calendar, with its month number and era, e.g.
     * "۱ حمل (۱) ۱۴۰۵ ه‍.ش." or "16 ጥሪ (5) 2019 ዓ.ም."; empty when there is none.
     */
    QString other;
    /** Gregorian in Dutch words, as in letters from the IND, e.g. "21 maart 2026". */
    QString dutch;
    /** Gregorian in Dutch numeric form, as on forms, e.g. "21-03-2026". */
    QString dutchNumeric;
    /** The calendar of other; Gregorian when there is no second calendar. */
    CalendarSystem otherCalendar = CalendarSystem::Gregorian;

    /** Gregorian, then " = " and the other calendar when there is one: a date on one line. */
    [[nodiscard]] QString oneLine() const
    {
        return other.isEmpty() ? gregorian : gregorian + QStringLiteral(" = ") + other;
    }
};

/**
 * Writes Gregorian QDates for one UI language, in one format for every language: day, month
 * name, the month's number in brackets, year ("25 ጥሪ (1) 2027"), all in the language's digits
 * (Arabic-Indic for "ar", Persian for "fa_AF"). Gregorian always comes first; a second calendar
 * follows where the user reads one (secondCalendarFor(): Persian for Dari, Ethiopic for Tigrinya
 * only when chosen), always marked with its era. Also Dutch forms for talking with officials.
 * Creating ICU formatters is slow, so an instance keeps them: keep one per language
 * (forLanguage()) rather than one per date. Not thread-safe.
 */
class DateFormatter
{
public:
    /** Formatters for @p language, one of the codes of supportedLanguages(); see secondCalendarFor(). */
    explicit DateFormatter(const QString &language, bool ethiopianChosen = false);
    ~DateFormatter();
    DateFormatter(const DateFormatter &) = delete;
    DateFormatter &operator=(const DateFormatter &) = delete;

    /** A formatter for @p language kept for the calling thread, created on first use. */
    [[nodiscard]] static const DateFormatter &forLanguage(const QString &language,
                                                          bool ethiopianChosen = false);

    /** The language code this formatter writes in. */
    [[nodiscard]] QString language() const;
    /** The second calendar (LocalizedDate::other); Gregorian when there is none. */
    [[nodiscard]] CalendarSystem otherCalendar() const;

    /** @p date in all forms; all fields empty when @p date is invalid. */
    [[nodiscard]] LocalizedDate format(QDate date) const;
    /** @p date in Gregorian in the user's language, e.g. "11 መስከረም (9) 2026" for "ti". */
    [[nodiscard]] QString formatGregorian(QDate date) const;
    /** @p date in the second calendar, e.g. "1 መስከረም (1) 2019 ዓ.ም."; empty when there is none. */
    [[nodiscard]] QString formatOther(QDate date) const;
    /** @p date as Dutch officials write it, e.g. "10 april 2026". */
    [[nodiscard]] QString formatDutch(QDate date) const;
    /** @p date in Dutch numeric form, e.g. "10-04-2026". */
    [[nodiscard]] QString formatDutchNumeric(QDate date) const;
    /** The name of the weekday of @p date in the user's language, e.g. "zaterdag". */
    [[nodiscard]] QString weekdayName(QDate date) const;
    /** The name of @p day (Qt::Monday … Qt::Sunday) in the user's language. */
    [[nodiscard]] QString weekdayName(Qt::DayOfWeek day) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace samen::locale
