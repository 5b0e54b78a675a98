#include "localcalendar.h"

#include "locale/icu_support.h"

#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>

namespace samen::locale {

using namespace icu_support;

struct LocalCalendar::Private
{
    CalendarSystem system = CalendarSystem::Gregorian;
    QString language;
    std::unique_ptr<icu::Calendar> calendar;
    QStringList monthNames;
    CalendarDate first;
    CalendarDate last;

    void create();
    void loadMonthNames();
    bool moveTo(int year, int month, int day);
    CalendarDate convert(QDate date);
    int actualMaximum(UCalendarDateFields field);
};

void LocalCalendar::Private::create()
{
    const QByteArray keyword = QByteArrayLiteral("calendar=") + icuCalendarName(system);
    UErrorCode status = U_ZERO_ERROR;
    calendar.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                                 icuLocale(language, keyword.constData()), status));
    if (!succeeded(status, "Calendar::createInstance")) {
        calendar.reset();
        return;
    }
    calendar->setLenient(false);
    first = convert(LocalCalendar::firstDay());
    last = convert(LocalCalendar::lastDay());
}

void LocalCalendar::Private::loadMonthNames()
{
    monthNames = suppliedMonthNames(system, language, true);
    if (!monthNames.isEmpty() || !calendar)
        return;
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(icuLocale(language), calendar->getType(), status);
    if (!succeeded(status, "DateFormatSymbols"))
        return;
    int32_t count = 0;
    const icu::UnicodeString *names =
        symbols.getMonths(count, icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 0; i < count; ++i)
        monthNames << fromIcu(names[i]);
}

bool LocalCalendar::Private::moveTo(int year, int month, int day)
{
    if (!calendar)
        return false;
    calendar->clear();
    calendar->set(UCAL_EXTENDED_YEAR, year);
    calendar->set(UCAL_MONTH, month - 1);
    calendar->set(UCAL_DATE, day);
    return true;
}

CalendarDate LocalCalendar::Private::convert(QDate date)
{
    if (!calendar || !date.isValid())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    calendar->setTime(toUDate(date), status);
    const int year = calendar->get(UCAL_EXTENDED_YEAR, status);
    const int month = calendar->get(UCAL_MONTH, status) + 1;
    const int day = calendar->get(UCAL_DATE, status);
    if (!succeeded(status, "Calendar::get"))
        return {};
    return { year, month, day };
}

int LocalCalendar::Private::actualMaximum(UCalendarDateFields field)
{
    UErrorCode status = U_ZERO_ERROR;
    const int maximum = calendar->getActualMaximum(field, status);
    return succeeded(status, "Calendar::getActualMaximum") ? maximum : 0;
}

LocalCalendar::LocalCalendar(const QString &language)
    : LocalCalendar(calendarFor(language), language)
{ }

LocalCalendar::LocalCalendar(CalendarSystem system, const QString &language)
    : d(std::make_unique<Private>())
{
    d->system = system;
    d->language = language;
    d->create();
    d->loadMonthNames();
}

LocalCalendar::~LocalCalendar() = default;

CalendarSystem LocalCalendar::system() const
{
    return d->system;
}

QString LocalCalendar::language() const
{
    return d->language;
}

QStringList LocalCalendar::monthNames() const
{
    return d->monthNames;
}

int LocalCalendar::monthsInYear(int year) const
{
    if (year < d->first.year || year > d->last.year || !d->moveTo(year, 1, 1))
        return 0;
    return d->actualMaximum(UCAL_MONTH) + 1;
}

int LocalCalendar::daysInMonth(int year, int month) const
{
    if (month < 1 || month > monthsInYear(year) || !d->moveTo(year, month, 1))
        return 0;
    return d->actualMaximum(UCAL_DATE);
}

DateCheck LocalCalendar::check(const CalendarDate &date) const
{
    const int months = monthsInYear(date.year);
    if (months == 0) {
        return { DateProblem::OutOfRange, 0,
                 QStringLiteral("year %1 is outside the supported range %2 to %3")
                     .arg(date.year)
                     .arg(d->first.year)
                     .arg(d->last.year) };
    }
    if (date.month < 1 || date.month > months) {
        return { DateProblem::NoSuchMonth, months,
                 QStringLiteral("month %1 does not exist: year %2 has %3 months")
                     .arg(date.month)
                     .arg(date.year)
                     .arg(months) };
    }
    const int days = daysInMonth(date.year, date.month);
    if (date.day < 1 || date.day > days) {
        return { DateProblem::NoSuchDay, days,
                 QStringLiteral("day %1 does not exist: month %2 of year %3 has %4 days")
                     .arg(date.day)
                     .arg(date.month)
                     .arg(date.year)
                     .arg(days) };
    }
    const std::optional<QDate> gregorian = toGregorianUnchecked(date);
    if (!gregorian || *gregorian < firstDay() || *gregorian > lastDay()) {
        return { DateProblem::OutOfRange, 0,
                 QStringLiteral("the date lies outside the supported range %1 to %2")
                     .arg(firstDay().toString(Qt::ISODate), lastDay().toString(Qt::ISODate)) };
    }
    return {};
}

std::optional<QDate> LocalCalendar::toGregorian(const CalendarDate &date) const
{
    if (!check(date).isValid())
        return std::nullopt;
    return toGregorianUnchecked(date);
}

std::optional<QDate> LocalCalendar::toGregorianUnchecked(const CalendarDate &date) const
{
    if (!d->moveTo(date.year, date.month, date.day))
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const UDate time = d->calendar->getTime(status);
    if (!succeeded(status, "Calendar::getTime"))
        return std::nullopt;
    return fromUDate(time);
}

CalendarDate LocalCalendar::fromGregorian(QDate date) const
{
    if (!date.isValid() || date < firstDay() || date > lastDay())
        return {};
    return d->convert(date);
}

QDate LocalCalendar::firstDay()
{
    return QDate(1850, 1, 1);
}

QDate LocalCalendar::lastDay()
{
    return QDate(2199, 12, 31);
}

} // namespace samen::locale
