#include "dateformatter.h"

#include "locale/icu_support.h"

#include <unicode/dtfmtsym.h>
#include <unicode/smpdtfmt.h>

namespace samen::locale {

using namespace icu_support;

namespace {

using Formatter = std::unique_ptr<icu::SimpleDateFormat>;

Formatter createFormatter(const char *pattern, const icu::Locale &locale)
{
    UErrorCode status = U_ZERO_ERROR;
    Formatter formatter =
        std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(pattern, -1, US_INV), locale, status);
    if (!succeeded(status, "SimpleDateFormat"))
        return nullptr;
    formatter->adoptTimeZone(icu::TimeZone::getGMT()->clone());
    return formatter;
}

// The locale's own long date pattern, e.g. "d MMMM y" for Dutch.
Formatter createLongFormatter(const icu::Locale &locale)
{
    std::unique_ptr<icu::DateFormat> generic(
        icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
    auto *simple = dynamic_cast<icu::SimpleDateFormat *>(generic.get());
    if (!simple) {
        static_cast<void>(succeeded(U_UNSUPPORTED_ERROR, "DateFormat::createDateInstance"));
        return nullptr;
    }
    generic.release();
    Formatter formatter(simple);
    formatter->adoptTimeZone(icu::TimeZone::getGMT()->clone());
    return formatter;
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
    CalendarSystem calendar = CalendarSystem::Gregorian;
    Formatter local;
    Formatter gregorian;
    Formatter dutch;
    Formatter dutchNumeric;
    Formatter weekday;
};

DateFormatter::DateFormatter(const QString &language)
    : d(std::make_unique<Private>())
{
    d->language = language;
    d->calendar = calendarFor(language);
    const icu::Locale gregorianLocale = formattingLocale(language, CalendarSystem::Gregorian);
    d->gregorian = createLongFormatter(gregorianLocale);
    if (d->calendar != CalendarSystem::Gregorian) {
        d->local = createFormatter("d MMMM y", formattingLocale(language, d->calendar));
        if (d->local)
            supplyMonthNames(*d->local, d->calendar, language);
    }
    const icu::Locale dutchLocale = formattingLocale(QStringLiteral("nl"), CalendarSystem::Gregorian);
    d->dutch = createFormatter("d MMMM y", dutchLocale);
    d->dutchNumeric = createFormatter("dd-MM-y", dutchLocale);
    d->weekday = createFormatter("EEEE", gregorianLocale);
}

DateFormatter::~DateFormatter() = default;

const DateFormatter &DateFormatter::forLanguage(const QString &language)
{
    return cachedPerThread<DateFormatter>(language);
}

QString DateFormatter::language() const
{
    return d->language;
}

CalendarSystem DateFormatter::calendar() const
{
    return d->calendar;
}

LocalizedDate DateFormatter::format(QDate date) const
{
    if (!date.isValid())
        return {};
    LocalizedDate result;
    result.gregorian = formatGregorian(date);
    result.local = formatLocal(date);
    result.dutch = formatDutch(date);
    result.dutchNumeric = formatDutchNumeric(date);
    result.calendar = d->calendar;
    result.sameCalendar = d->calendar == CalendarSystem::Gregorian;
    return result;
}

QString DateFormatter::formatLocal(QDate date) const
{
    return d->local ? formatWith(d->local.get(), date) : formatGregorian(date);
}

QString DateFormatter::formatGregorian(QDate date) const
{
    return formatWith(d->gregorian.get(), date);
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
