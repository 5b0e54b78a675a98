#include "interview/dateinput.h"

#include "locale/dateformatter.h"
#include "locale/numberformatter.h"

#include <QCoreApplication>

#include <algorithm>

using samen::locale::CalendarSystem;
using samen::locale::DateProblem;
using samen::locale::LocalCalendar;

namespace {

constexpr int firstYear = 1900;

QString systemName(CalendarSystem system)
{
    switch (system) {
    case CalendarSystem::Gregorian:
        return QCoreApplication::translate("DateInput", "Gregorian (European) calendar");
    case CalendarSystem::Persian:
        return QCoreApplication::translate("DateInput", "Solar calendar (Hijri shamsi)");
    case CalendarSystem::Ethiopic:
        return QCoreApplication::translate("DateInput", "Ethiopian calendar");
    }
    return {};
}

} // namespace

DateInput::DateInput(QObject *parent)
    : QObject(parent)
{
    rebuildCalendar();
}

DateInput::~DateInput() = default;

CalendarSystem DateInput::localSystem() const
{
    return samen::locale::secondCalendarFor(m_language, m_ethiopian);
}

CalendarSystem DateInput::entrySystem() const
{
    return m_gregorian ? CalendarSystem::Gregorian : localSystem();
}

void DateInput::rebuildCalendar()
{
    const auto chosen = m_calendar ? m_calendar->toGregorian(m_date) : std::nullopt;
    const bool sameSystem = m_calendar && m_calendar->system() == entrySystem();
    m_calendar = std::make_unique<LocalCalendar>(entrySystem(), m_language);
    if (chosen)
        m_date = m_calendar->fromGregorian(*chosen);
    else if (!sameSystem)
        m_date = {};
    Q_EMIT calendarChanged();
    Q_EMIT yearsChanged();
    Q_EMIT dateChanged();
}

void DateInput::setLanguage(const QString &language)
{
    if (language == m_language || language.isEmpty())
        return;
    m_language = language;
    rebuildCalendar();
}

void DateInput::setEthiopianCalendar(bool chosen)
{
    if (chosen == m_ethiopian)
        return;
    m_ethiopian = chosen;
    rebuildCalendar();
}

bool DateInput::hasLocalCalendar() const
{
    return localSystem() != CalendarSystem::Gregorian;
}

void DateInput::setGregorian(bool gregorian)
{
    if (gregorian == m_gregorian)
        return;
    m_gregorian = gregorian;
    rebuildCalendar();
}

QString DateInput::calendarName() const
{
    return systemName(entrySystem());
}

QString DateInput::otherCalendarName() const
{
    return systemName(m_gregorian ? localSystem() : CalendarSystem::Gregorian);
}

QStringList DateInput::monthNames() const
{
    QStringList names = m_calendar->monthNames();
    for (qsizetype i = 0; i < names.size(); ++i)
        names[i] = QStringLiteral("%1 (%2)").arg(names.at(i), digits(int(i) + 1));
    return names;
}

QString DateInput::latestIsoDate() const
{
    return m_latest.toString(Qt::ISODate);
}

void DateInput::setLatestIsoDate(const QString &iso)
{
    const QDate latest = QDate::fromString(iso, Qt::ISODate);
    if (latest == m_latest)
        return;
    m_latest = latest;
    Q_EMIT calendarChanged();
    Q_EMIT yearsChanged();
    Q_EMIT dateChanged();
}

std::pair<int, int> DateInput::yearRange() const
{
    const QDate last = m_latest.isValid() ? m_latest : QDate::currentDate().addYears(1);
    return { m_calendar->fromGregorian(QDate(firstYear, 1, 1)).year, m_calendar->fromGregorian(last).year };
}

bool DateInput::isYearOffered(int year) const
{
    const auto [oldest, newest] = yearRange();
    return year >= oldest && year <= newest;
}

QList<int> DateInput::years() const
{
    const auto [oldest, newest] = yearRange();
    QList<int> list;
    // A year typed outside the range stays on screen (with its problem), not blanked.
    if (m_date.year > newest)
        list.append(m_date.year);
    for (int year = newest; year >= oldest; --year)
        list.append(year);
    if (m_date.year > 0 && m_date.year < oldest)
        list.append(m_date.year);
    return list;
}

QStringList DateInput::yearLabels() const
{
    QStringList labels;
    for (const int year : years())
        labels.append(digits(year));
    return labels;
}

QStringList DateInput::dayLabels() const
{
    QStringList labels;
    for (int day = 1; day <= maxDays(); ++day)
        labels.append(digits(day));
    return labels;
}

int DateInput::yearAt(int index) const
{
    return years().value(index);
}

int DateInput::yearIndex(int year) const
{
    return int(years().indexOf(year));
}

int DateInput::yearIndexNear(int gregorianYear) const
{
    const QList<int> list = years();
    const QDate last = m_latest.isValid() ? m_latest : QDate::currentDate().addYears(1);
    const int gregorian = std::clamp(gregorianYear, firstYear, last.year());
    const int year = m_calendar->fromGregorian(QDate(gregorian, 7, 1)).year;
    return int(list.indexOf(std::clamp(year, list.constLast(), list.constFirst())));
}

bool DateInput::setYearText(const QString &text)
{
    int year = 0;
    int digitCount = 0;
    for (const QChar c : text.trimmed()) {
        if (c.digitValue() < 0)
            return false;
        year = year * 10 + c.digitValue();
        ++digitCount;
    }
    if (digitCount != 4)
        return false;
    setYear(year);
    return true;
}

void DateInput::setDay(int day)
{
    if (day == m_date.day)
        return;
    m_date.day = day;
    Q_EMIT dateChanged();
}

void DateInput::setMonth(int month)
{
    if (month == m_date.month)
        return;
    m_date.month = month;
    Q_EMIT dateChanged();
}

void DateInput::setYear(int year)
{
    if (year == m_date.year)
        return;
    const bool listChanges = !isYearOffered(year) || !isYearOffered(m_date.year);
    m_date.year = year;
    if (listChanges)
        Q_EMIT yearsChanged();
    Q_EMIT dateChanged();
}

bool DateInput::isAfterLatest() const
{
    const auto date = m_calendar->toGregorian(m_date);
    return date && m_latest.isValid() && *date > m_latest;
}

bool DateInput::isValid() const
{
    return m_calendar->toGregorian(m_date).has_value() && !isAfterLatest() && isYearOffered(m_date.year);
}

QString DateInput::isoDate() const
{
    const auto date = m_calendar->toGregorian(m_date);
    return date ? date->toString(Qt::ISODate) : QString();
}

void DateInput::setIsoDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    const auto local = date.isValid() ? m_calendar->fromGregorian(date) : samen::locale::CalendarDate {};
    if (local == m_date)
        return;
    const bool listChanges = !isYearOffered(local.year) || !isYearOffered(m_date.year);
    m_date = local;
    if (listChanges)
        Q_EMIT yearsChanged();
    Q_EMIT dateChanged();
}

QString DateInput::problem() const
{
    if (m_date.day == 0 || m_date.month == 0 || m_date.year == 0)
        return {};
    const auto check = m_calendar->check(m_date);
    switch (check.problem) {
    case DateProblem::None:
        if (isAfterLatest())
            return QCoreApplication::translate("DateInput",
                                               "This day is after today. Please check the year.");
        return isYearOffered(m_date.year)
            ? QString()
            : QCoreApplication::translate("DateInput", "This year is not possible. Please check it.");
    case DateProblem::NoSuchDay:
        return QCoreApplication::translate("DateInput",
                                           "This month has only %1 days in that year. Please choose "
                                           "another day.")
            .arg(digits(check.limit));
    case DateProblem::NoSuchMonth:
        return QCoreApplication::translate("DateInput", "This year has only %1 months.")
            .arg(digits(check.limit));
    case DateProblem::OutOfRange:
        return QCoreApplication::translate("DateInput", "This year is not possible. Please check it.");
    }
    return {};
}

QString DateInput::otherCalendarText() const
{
    const auto date = m_calendar->toGregorian(m_date);
    if (!date || !hasLocalCalendar())
        return {};
    const auto &formatter = samen::locale::DateFormatter::forLanguage(m_language, m_ethiopian);
    return m_gregorian ? formatter.formatOther(*date) : formatter.formatGregorian(*date);
}

QString DateInput::digits(int number) const
{
    return samen::locale::NumberFormatter::forLanguage(m_language).formatDigits(number);
}

int DateInput::maxDays() const
{
    return entrySystem() == CalendarSystem::Ethiopic ? 30 : 31;
}
