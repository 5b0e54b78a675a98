#include "rules/datemath.h"

#include <QTest>

using namespace samen::rules;

namespace {

QDate iso(const char *text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

HolidayRules dutchHolidays()
{
    HolidayRules rules;
    rules.fixed = { { u"newYearsDay"_qs, 1, 1, 0 },
                    { u"kingsDay"_qs, 4, 27, -1 },
                    { u"liberationDay"_qs, 5, 5, 0 },
                    { u"christmasDay"_qs, 12, 25, 0 },
                    { u"boxingDay"_qs, 12, 26, 0 } };
    rules.easter = { { u"easterMonday"_qs, 1 }, { u"ascensionDay"_qs, 39 }, { u"whitMonday"_qs, 50 } };
    return rules;
}

} // namespace

class TestDateMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addMonthsClampsToMonthEnd_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("plain") << iso("2026-01-10") << 3 << iso("2026-04-10");
        QTest::newRow("31 Jan + 1 common year") << iso("2025-01-31") << 1 << iso("2025-02-28");
        QTest::newRow("31 Jan + 1 leap year") << iso("2024-01-31") << 1 << iso("2024-02-29");
        QTest::newRow("30 Nov + 3 leap") << iso("2023-11-30") << 3 << iso("2024-02-29");
        QTest::newRow("29 Nov + 3 common") << iso("2022-11-29") << 3 << iso("2023-02-28");
        QTest::newRow("29 Feb + 3") << iso("2024-02-29") << 3 << iso("2024-05-29");
        QTest::newRow("29 Feb + 12") << iso("2024-02-29") << 12 << iso("2025-02-28");
        QTest::newRow("29 Feb + 48") << iso("2024-02-29") << 48 << iso("2028-02-29");
        QTest::newRow("31 Oct + 3 over year end") << iso("2025-10-31") << 3 << iso("2026-01-31");
        QTest::newRow("31 Mar + 3") << iso("2026-03-31") << 3 << iso("2026-06-30");
        QTest::newRow("31 Dec + 2") << iso("2025-12-31") << 2 << iso("2026-02-28");
        QTest::newRow("backwards") << iso("2026-03-31") << -1 << iso("2026-02-28");
        QTest::newRow("backwards over year start") << iso("2026-01-31") << -2 << iso("2025-11-30");
        QTest::newRow("backwards a whole year") << iso("2026-01-15") << -13 << iso("2024-12-15");
    }
    void addMonthsClampsToMonthEnd()
    {
        QFETCH(QDate, from);
        QFETCH(int, months);
        QFETCH(QDate, expected);
        QCOMPARE(datemath::addMonths(from, months), expected);
    }

    void addAppliesMonthsBeforeDays()
    {
        QCOMPARE(datemath::add(iso("2024-02-29"), { 2, 0, 0, 0 }), iso("2026-02-28"));
        QCOMPARE(datemath::add(iso("2026-01-31"), { 0, 1, 0, 1 }), iso("2026-03-01"));
        QCOMPARE(datemath::add(iso("2026-05-29"), { 0, 0, 4, 0 }), iso("2026-06-26"));
        QCOMPARE(datemath::add(iso("2026-03-01"), { 0, 0, 0, 90 }), iso("2026-05-30"));
    }

    void easterSunday_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("1818 earliest") << 1818 << iso("1818-03-22");
        QTest::newRow("1943 latest") << 1943 << iso("1943-04-25");
        QTest::newRow("2019") << 2019 << iso("2019-04-21");
        QTest::newRow("2024") << 2024 << iso("2024-03-31");
        QTest::newRow("2025") << 2025 << iso("2025-04-20");
        QTest::newRow("2026") << 2026 << iso("2026-04-05");
        QTest::newRow("2027") << 2027 << iso("2027-03-28");
        QTest::newRow("2038") << 2038 << iso("2038-04-25");
        QTest::newRow("2285") << 2285 << iso("2285-03-22");
    }
    void easterSunday()
    {
        QFETCH(int, year);
        QFETCH(QDate, expected);
        QCOMPARE(datemath::easterSunday(year), expected);
        QCOMPARE(datemath::easterSunday(year).dayOfWeek(), int(Qt::Sunday));
    }

    void dutchHolidaysOfAYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("expected");
        QTest::newRow("2025: King's Day on Sunday moves to 26 April")
            << 2025
            << QList<QDate> { iso("2025-01-01"), iso("2025-04-21"), iso("2025-04-26"), iso("2025-05-05"),
                              iso("2025-05-29"), iso("2025-06-09"), iso("2025-12-25"), iso("2025-12-26") };
        QTest::newRow("2026") << 2026
                              << QList<QDate> { iso("2026-01-01"), iso("2026-04-06"), iso("2026-04-27"),
                                                iso("2026-05-05"), iso("2026-05-14"), iso("2026-05-25"),
                                                iso("2026-12-25"), iso("2026-12-26") };
    }
    void dutchHolidaysOfAYear()
    {
        QFETCH(int, year);
        QFETCH(QList<QDate>, expected);
        QCOMPARE(datemath::holidaysOf(year, dutchHolidays()), expected);
    }

    void nextWorkingDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("working day stays") << iso("2026-04-10") << iso("2026-04-10");
        QTest::newRow("Saturday") << iso("2026-03-14") << iso("2026-03-16");
        QTest::newRow("Sunday") << iso("2026-03-15") << iso("2026-03-16");
        QTest::newRow("Good Friday is a working day") << iso("2026-04-03") << iso("2026-04-03");
        QTest::newRow("Easter Monday") << iso("2026-04-06") << iso("2026-04-07");
        QTest::newRow("King's Day") << iso("2026-04-27") << iso("2026-04-28");
        QTest::newRow("27 April 2025 is a Sunday, not a holiday Monday")
            << iso("2025-04-26") << iso("2025-04-28");
        QTest::newRow("5 May") << iso("2026-05-05") << iso("2026-05-06");
        QTest::newRow("Ascension") << iso("2026-05-14") << iso("2026-05-15");
        QTest::newRow("Whit Monday") << iso("2026-05-25") << iso("2026-05-26");
        QTest::newRow("Christmas into weekend") << iso("2025-12-25") << iso("2025-12-29");
        QTest::newRow("New Year") << iso("2026-01-01") << iso("2026-01-02");
    }
    void nextWorkingDay()
    {
        QFETCH(QDate, date);
        QFETCH(QDate, expected);
        QCOMPARE(datemath::nextWorkingDay(date, dutchHolidays()), expected);
    }

    void ageOn_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("expected");
        QTest::newRow("day before birthday") << iso("2008-03-02") << iso("2026-03-01") << 17;
        QTest::newRow("on birthday") << iso("2008-03-01") << iso("2026-03-01") << 18;
        QTest::newRow("29 Feb on 28 Feb common year") << iso("2008-02-29") << iso("2026-02-28") << 17;
        QTest::newRow("29 Feb on 1 Mar common year") << iso("2008-02-29") << iso("2026-03-01") << 18;
        QTest::newRow("29 Feb on 29 Feb") << iso("2004-02-29") << iso("2024-02-29") << 20;
        QTest::newRow("newborn") << iso("2026-03-01") << iso("2026-03-01") << 0;
    }
    void ageOn()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, on);
        QFETCH(int, expected);
        QCOMPARE(datemath::ageOn(birth, on), expected);
    }

    void daysBetween()
    {
        QCOMPARE(datemath::daysBetween(iso("2026-03-01"), iso("2026-04-10")), 40);
        QCOMPARE(datemath::daysBetween(iso("2024-02-28"), iso("2024-03-01")), 2);
        QCOMPARE(datemath::daysBetween(iso("2026-04-10"), iso("2026-03-01")), -40);
    }

    void parseIsoDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("valid") << u"2026-03-01"_qs << iso("2026-03-01");
        QTest::newRow("leap day") << u"2024-02-29"_qs << iso("2024-02-29");
        QTest::newRow("30 Feb") << u"2025-02-30"_qs << QDate();
        QTest::newRow("29 Feb common year") << u"2025-02-29"_qs << QDate();
        QTest::newRow("month 13") << u"2025-13-01"_qs << QDate();
        QTest::newRow("day 0") << u"2025-01-00"_qs << QDate();
        QTest::newRow("no padding") << u"2025-1-1"_qs << QDate();
        QTest::newRow("time attached") << u"2025-01-01T00:00"_qs << QDate();
        QTest::newRow("spaces") << u" 2025-01-01"_qs << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void parseIsoDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(datemath::parseIsoDate(text).value_or(QDate()), expected);
        if (expected.isValid())
            QCOMPARE(datemath::toIso(expected), text);
    }
};

QTEST_GUILESS_MAIN(TestDateMath)
#include "tst_datemath.moc"
