#pragma once

#include "locale/localcalendar.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

#include <memory>

/**
 * The state of a date picker: day, month and year in Gregorian or in the user's second calendar
 * (Persian for Dari; Ethiopic for Tigrinya when the user chose to see it); month names with
 * their numbers and digits of the language; the same day in the other calendar; and the ISO
 * Gregorian date, which is only given for a day that exists.
 */
class DateInput : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** UI language code, e.g. "fa_AF". */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY calendarChanged)
    /** For Tigrinya: the user chose to see the Ethiopian calendar, so it can be entered too. */
    Q_PROPERTY(
        bool ethiopianCalendar READ ethiopianCalendar WRITE setEthiopianCalendar NOTIFY calendarChanged)
    /** True when the user reads a second calendar (Dari; Tigrinya with the Ethiopian calendar). */
    Q_PROPERTY(bool hasLocalCalendar READ hasLocalCalendar NOTIFY calendarChanged)
    /** True to enter the date in Gregorian, as on letters from the IND. */
    Q_PROPERTY(bool gregorian READ isGregorian WRITE setGregorian NOTIFY calendarChanged)
    /** Name of the calendar the date is entered in, in the UI language. */
    Q_PROPERTY(QString calendarName READ calendarName NOTIFY calendarChanged)
    /** Name of the other calendar (Gregorian, or the local one when entering in Gregorian). */
    Q_PROPERTY(QString otherCalendarName READ otherCalendarName NOTIFY calendarChanged)
    /** Month names of the entry calendar with their numbers ("ጥሪ (1)"), first month first. */
    Q_PROPERTY(QStringList monthNames READ monthNames NOTIFY calendarChanged)
    /** Day numbers 1 to the most days a month of the entry calendar has, in the language's digits. */
    Q_PROPERTY(QStringList dayLabels READ dayLabels NOTIFY calendarChanged)
    /** The last day that may be chosen (ISO Gregorian, e.g. today for a birth date); empty: no limit. */
    Q_PROPERTY(QString latestIsoDate READ latestIsoDate WRITE setLatestIsoDate NOTIFY calendarChanged)
    /**
     * Years to offer, newest first (1900 up to the latest day's year), in the entry calendar, in
     * the language's digits; a year typed outside that range is listed too, so that it stays on screen.
     */
    Q_PROPERTY(QStringList yearLabels READ yearLabels NOTIFY yearsChanged)
    /** Chosen day, month and year in the entry calendar; 0 while not chosen. */
    Q_PROPERTY(int day READ day WRITE setDay NOTIFY dateChanged)
    Q_PROPERTY(int month READ month WRITE setMonth NOTIFY dateChanged)
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY dateChanged)
    /** True when day, month and year make a real day of an offered year, not after the latest day. */
    Q_PROPERTY(bool valid READ isValid NOTIFY dateChanged)
    /** The day as an ISO Gregorian date ("2026-01-10"); empty unless valid. */
    Q_PROPERTY(QString isoDate READ isoDate WRITE setIsoDate NOTIFY dateChanged)
    /** What is wrong with the chosen day, in the UI language; empty when valid or not complete. */
    Q_PROPERTY(QString problem READ problem NOTIFY dateChanged)
    /** The chosen day written in the other calendar (e.g. Gregorian next to Persian); empty unless valid. */
    Q_PROPERTY(QString otherCalendarText READ otherCalendarText NOTIFY dateChanged)

public:
    /** An empty picker in English. */
    explicit DateInput(QObject *parent = nullptr);
    ~DateInput() override;

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] bool ethiopianCalendar() const { return m_ethiopian; }
    void setEthiopianCalendar(bool chosen);
    [[nodiscard]] bool hasLocalCalendar() const;
    [[nodiscard]] bool isGregorian() const { return m_gregorian; }
    void setGregorian(bool gregorian);
    [[nodiscard]] QString latestIsoDate() const;
    void setLatestIsoDate(const QString &iso);
    [[nodiscard]] QString calendarName() const;
    [[nodiscard]] QString otherCalendarName() const;
    [[nodiscard]] QStringList monthNames() const;
    /** Years to offer, newest first, in the entry calendar (see yearLabels). */
    [[nodiscard]] QList<int> years() const;
    [[nodiscard]] QStringList yearLabels() const;
    [[nodiscard]] QStringList dayLabels() const;
    [[nodiscard]] int day() const { return m_date.day; }
    void setDay(int day);
    [[nodiscard]] int month() const { return m_date.month; }
    void setMonth(int month);
    [[nodiscard]] int year() const { return m_date.year; }
    void setYear(int year);
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString isoDate() const;
    void setIsoDate(const QString &iso);
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString otherCalendarText() const;

    /** @p number in the digits of the UI language (years without separator). */
    Q_INVOKABLE QString digits(int number) const;
    /**
     * Sets the year from typed text in any script's digits ("1990", "١٩٩٠", "۱۹۹۰"), in the entry
     * calendar. Text that is not a whole year of four digits changes nothing; false then.
     */
    Q_INVOKABLE bool setYearText(const QString &text);
    /** The index in yearLabels closest to the Gregorian year @p gregorianYear (for a list to open near it).
     */
    Q_INVOKABLE int yearIndexNear(int gregorianYear) const;
    /** The year at @p index of yearLabels. */
    Q_INVOKABLE int yearAt(int index) const;
    /** The index of @p year in yearLabels; -1 when it is not offered. */
    Q_INVOKABLE int yearIndex(int year) const;
    /** The most days any month of the entry calendar has (31, or 30 for Ethiopic). */
    Q_INVOKABLE int maxDays() const;

Q_SIGNALS:
    void calendarChanged();
    /** yearLabels changed (calendar, latest day, or a year typed outside the offered range). */
    void yearsChanged();
    void dateChanged();

private:
    [[nodiscard]] samen::locale::CalendarSystem entrySystem() const;
    [[nodiscard]] samen::locale::CalendarSystem localSystem() const;
    void rebuildCalendar();
    [[nodiscard]] bool isAfterLatest() const;
    /** The oldest and newest year offered in the entry calendar. */
    [[nodiscard]] std::pair<int, int> yearRange() const;
    [[nodiscard]] bool isYearOffered(int year) const;

    QString m_language = QStringLiteral("en");
    bool m_gregorian = false;
    bool m_ethiopian = false;
    QDate m_latest;
    samen::locale::CalendarDate m_date;
    std::unique_ptr<samen::locale::LocalCalendar> m_calendar;
};
