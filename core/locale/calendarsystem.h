#pragma once

#include <QString>
#include <QStringList>

namespace samen::locale {

/** The calendars Samen shows dates in. Officials in the Netherlands always use Gregorian. */
enum class CalendarSystem {
    /** The Gregorian calendar, for Arabic, Dutch and English, and next to every other calendar. */
    Gregorian,
    /** The Persian solar (Hijri shamsi) calendar with Dari month names (Hamal, Sawr, …), for Dari. */
    Persian,
    /** The Ethiopic (Amete Mihret) calendar with 13 months, for Tigrinya. */
    Ethiopic,
};

/** The traditional calendar of @p language: Persian for "fa_AF", Ethiopic for "ti", else Gregorian.
 */
[[nodiscard]] CalendarSystem calendarFor(const QString &language);

/**
 * The calendar shown second, after Gregorian, to a user of @p language: Persian for "fa_AF";
 * Ethiopic for "ti" only when the user chose it (@p ethiopianChosen), because Eritreans date
 * in Gregorian with their own month names; else Gregorian, meaning no second calendar.
 */
[[nodiscard]] CalendarSystem secondCalendarFor(const QString &language, bool ethiopianChosen);

/** ICU's name for @p system, as in the locale keyword "calendar=…". */
[[nodiscard]] const char *icuCalendarName(CalendarSystem system);

/**
 * Month names for @p system in @p language that Samen supplies because CLDR lacks or differs from
 * them: Tigrinya names of the 13 Ethiopic months, the Eritrean names of the Gregorian months,
 * both Arabic names of each Gregorian month ("تشرين الثاني / نوفمبر"), and the Dari (Afghan)
 * names of the Persian months.
 * @p standAlone selects the form used alone (a picker) instead of inside a date (where Dari puts
 * the ezafe on سنبلهٔ). Empty when ICU's own names are used.
 */
[[nodiscard]] QStringList suppliedMonthNames(CalendarSystem system, const QString &language, bool standAlone);

} // namespace samen::locale
