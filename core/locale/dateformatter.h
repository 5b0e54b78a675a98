#pragma once

#include "locale/calendarsystem.h"

#include <QDate>
#include <QString>

#include <memory>

namespace samen::locale {

/** One day written for the user and for officials. */
struct LocalizedDate
{
    /** In the user's calendar and digits, e.g. "۱ حمل ۱۴۰۵"; the same as gregorian for Gregorian languages.
     */
    QString local;
    /** Gregorian, in the user's language and digits, e.g. "٢١ مارس ٢٠٢٦". */
    QString gregorian;
    /** Gregorian in Dutch words, as in letters from the IND, e.g. "21 maart 2026". */
    QString dutch;
    /** Gregorian in Dutch numeric form, as on forms, e.g. "21-03-2026". */
    QString dutchNumeric;
    /** The calendar of local. */
    CalendarSystem calendar = CalendarSystem::Gregorian;
    /** True when local is the Gregorian date, so the UI need not show both. */
    bool sameCalendar = true;
};

/**
 * Writes Gregorian QDates for one UI language: in the language's own calendar (Persian with
 * Dari month names for "fa_AF", Ethiopic with Tigrinya month names for "ti"), always also in
 * Gregorian, and in Dutch for talking with officials. Digits follow the language (Arabic-Indic
 * for "ar", Persian for "fa_AF"). Creating ICU formatters is slow, so an instance keeps them:
 * keep one per language (forLanguage()) rather than one per date. Not thread-safe.
 */
class DateFormatter
{
public:
    /** Formatters for @p language, one of the codes of supportedLanguages(). */
    explicit DateFormatter(const QString &language);
    ~DateFormatter();
    DateFormatter(const DateFormatter &) = delete;
    DateFormatter &operator=(const DateFormatter &) = delete;

    /** A formatter for @p language kept for the calling thread, created on first use. */
    [[nodiscard]] static const DateFormatter &forLanguage(const QString &language);

    /** The language code this formatter writes in. */
    [[nodiscard]] QString language() const;
    /** The calendar of LocalizedDate::local. */
    [[nodiscard]] CalendarSystem calendar() const;

    /** @p date in all forms; all fields empty when @p date is invalid. */
    [[nodiscard]] LocalizedDate format(QDate date) const;
    /** @p date in the user's calendar, e.g. "1 መስከረም 2019" (Ethiopic, for "ti"). */
    [[nodiscard]] QString formatLocal(QDate date) const;
    /** @p date in Gregorian in the user's language, e.g. "11 መስከረም 2026" (Gregorian, for "ti"). */
    [[nodiscard]] QString formatGregorian(QDate date) const;
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
