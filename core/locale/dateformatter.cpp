#include "dateformatter.h"

#include "locale/icu_support.h"

#include <unicode/dtfmtsym.h>
#include <unicode/smpdtfmt.h>

#include <map>
#include <utility>

namespace samen::locale {

using namespace icu_support;

namespace {

using Formatter = std::unique_ptr<icu::SimpleDateFormat>;

Formatter createFormatter(const char *pattern, const icu::Locale &locale)
{
    UErrorCode status = U_ZERO_ERROR;
    Formatter formatter =
        std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString::fromUTF8(pattern), locale, status);
    if (!succeeded(status, "SimpleDateFormat"))
        return nullptr;
    formatter->adoptTimeZone(icu::TimeZone::getGMT()->clone());
    return formatter;
}

// One pattern for every language and calendar: day, month name, the month's number, year.
constexpr const char *gregorianPattern = "d MMMM (M) y";

// The second calendar always carries its era, so that it is never read as Gregorian.
const char *otherPattern(CalendarSystem system)
{
    return system == CalendarSystem::Ethiopic ? "d MMMM (M) y 'ዓ.ም.'" : "d MMMM (M) y G";
}

void supplyMonthNames(icu::SimpleDateFormat &formatter, CalendarSystem system, const QString &language)
{
    const QStringList inDate = suppliedMonthNames(system, language, false);
    const QStringList alone = suppliedMonthNames(system, language, true);
    if (inDate.isEmpty())
        return;
    std::vector<icu::UnicodeString> formatNames;
    std::vector<icu::UnicodeString> standAloneNames;
    for (qsizetype i = 0; i < inDate.size(); ++i) {
        formatNames.push_back(toIcu(inDate.at(i)));
        standAloneNames.push_back(toIcu(alone.at(i)));
    }
    icu::DateFormatSymbols symbols(*formatter.getDateFormatSymbols());
    const auto count = int32_t(formatNames.size());
    symbols.setMonths(formatNames.data(), count, icu::DateFormatSymbols::FORMAT,
                      icu::DateFormatSymbols::WIDE);
    symbols.setMonths(standAloneNames.data(), count, icu::DateFormatSymbols::STANDALONE,
                      icu::DateFormatSymbols::WIDE);
    formatter.setDateFormatSymbols(symbols);
}

QString formatWith(const icu::SimpleDateFormat *formatter, QDate date)
{
    if (!formatter || !date.isValid())
        return {};
    icu::UnicodeString text;
    formatter->format(toUDate(date), text);
    return fromIcu(text);
}

} // namespace

struct DateFormatter::Private
{
    QString language;
    CalendarSystem other = CalendarSystem::Gregorian;
    Formatter gregorian;
    Formatter local;
    Formatter dutch;
    Formatter dutchNumeric;
    Formatter weekday;
};

DateFormatter::DateFormatter(const QString &language, bool ethiopianChosen)
    : d(std::make_unique<Private>())
{
    d->language = language;
    d->other = secondCalendarFor(language, ethiopianChosen);
    const icu::Locale gregorianLocale = formattingLocale(language, CalendarSystem::Gregorian);
    d->gregorian = createFormatter(gregorianPattern, gregorianLocale);
    if (d->gregorian)
        supplyMonthNames(*d->gregorian, CalendarSystem::Gregorian, language);
    if (d->other != CalendarSystem::Gregorian) {
        d->local = createFormatter(otherPattern(d->other), formattingLocale(language, d->other));
        if (d->local)
            supplyMonthNames(*d->local, d->other, language);
    }
    const icu::Locale dutchLocale = formattingLocale(QStringLiteral("nl"), CalendarSystem::Gregorian);
    d->dutch = createFormatter("d MMMM y", dutchLocale);
    d->dutchNumeric = createFormatter("dd-MM-y", dutchLocale);
    d->weekday = createFormatter("EEEE", gregorianLocale);
}

DateFormatter::~DateFormatter() = default;

const DateFormatter &DateFormatter::forLanguage(const QString &language, bool ethiopianChosen)
{
    thread_local std::map<std::pair<QString, bool>, std::unique_ptr<DateFormatter>> cache;
    std::unique_ptr<DateFormatter> &slot = cache[{ language, ethiopianChosen }];
    if (!slot)
        slot = std::make_unique<DateFormatter>(language, ethiopianChosen);
    return *slot;
}

QString DateFormatter::language() const
{
    return d->language;
}

CalendarSystem DateFormatter::otherCalendar() const
{
    return d->other;
}

LocalizedDate DateFormatter::format(QDate date) const
{
    if (!date.isValid())
        return {};
    LocalizedDate result;
    result.gregorian = formatGregorian(date);
    result.other = formatOther(date);
    result.dutch = formatDutch(date);
    result.dutchNumeric = formatDutchNumeric(date);
    result.otherCalendar = d->other;
    return result;
}

QString DateFormatter::formatGregorian(QDate date) const
{
    return formatWith(d->gregorian.get(), date);
}

QString DateFormatter::formatOther(QDate date) const
{
    return d->local ? formatWith(d->local.get(), date) : QString();
}

QString DateFormatter::formatDutch(QDate date) const
{
    return formatWith(d->dutch.get(), date);
}

QString DateFormatter::formatDutchNumeric(QDate date) const
{
    return formatWith(d->dutchNumeric.get(), date);
}

QString DateFormatter::weekdayName(QDate date) const
{
    return formatWith(d->weekday.get(), date);
}

QString DateFormatter::weekdayName(Qt::DayOfWeek day) const
{
    // 5 January 2026 is a Monday.
    return weekdayName(QDate(2026, 1, 4).addDays(int(day)));
}

} // namespace samen::locale
