#include "locale/localcalendar.h"

#include <QTest>

using namespace samen::locale;

Q_DECLARE_METATYPE(samen::locale::CalendarSystem)
Q_DECLARE_METATYPE(samen::locale::DateProblem)

class TestLocalCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachLanguageHasItsCalendar_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<CalendarSystem>("system");
        QTest::newRow("ar") << u"ar"_qs << CalendarSystem::Gregorian;
        QTest::newRow("ti") << u"ti"_qs << CalendarSystem::Ethiopic;
        QTest::newRow("fa_AF") << u"fa_AF"_qs << CalendarSystem::Persian;
        QTest::newRow("nl") << u"nl"_qs << CalendarSystem::Gregorian;
        QTest::newRow("en") << u"en"_qs << CalendarSystem::Gregorian;
    }
    void eachLanguageHasItsCalendar()
    {
        QFETCH(QString, language);
        QFETCH(CalendarSystem, system);
        QCOMPARE(calendarFor(language), system);
        QCOMPARE(LocalCalendar(language).system(), system);
    }

    void knownConversions_data()
    {
        QTest::addColumn<CalendarSystem>("system");
        QTest::addColumn<QDate>("gregorian");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::newRow("Nowruz 1405 = 1 Hamal")
            << CalendarSystem::Persian << QDate(2026, 3, 21) << 1405 << 1 << 1;
        QTest::newRow("Nowruz 1404") << CalendarSystem::Persian << QDate(2025, 3, 21) << 1404 << 1 << 1;
        QTest::newRow("30 Hut 1403, leap year")
            << CalendarSystem::Persian << QDate(2025, 3, 20) << 1403 << 12 << 30;
        QTest::newRow("Persian 2024-02-29")
            << CalendarSystem::Persian << QDate(2024, 2, 29) << 1402 << 12 << 10;
        QTest::newRow("Enkutatash 2019") << CalendarSystem::Ethiopic << QDate(2026, 9, 11) << 2019 << 1 << 1;
        QTest::newRow("Enkutatash 2016") << CalendarSystem::Ethiopic << QDate(2023, 9, 12) << 2016 << 1 << 1;
        QTest::newRow("Pagume 6, 2015") << CalendarSystem::Ethiopic << QDate(2023, 9, 11) << 2015 << 13 << 6;
        QTest::newRow("Pagume 6, 2019") << CalendarSystem::Ethiopic << QDate(2027, 9, 11) << 2019 << 13 << 6;
        QTest::newRow("Pagume 5, 2018") << CalendarSystem::Ethiopic << QDate(2026, 9, 10) << 2018 << 13 << 5;
        QTest::newRow("Ethiopic Christmas")
            << CalendarSystem::Ethiopic << QDate(2026, 1, 7) << 2018 << 4 << 29;
        QTest::newRow("Ethiopic 2024-02-29")
            << CalendarSystem::Ethiopic << QDate(2024, 2, 29) << 2016 << 6 << 21;
        QTest::newRow("Gregorian 2024-02-29")
            << CalendarSystem::Gregorian << QDate(2024, 2, 29) << 2024 << 2 << 29;
        QTest::newRow("Gregorian first day")
            << CalendarSystem::Gregorian << QDate(1850, 1, 1) << 1850 << 1 << 1;
    }
    void knownConversions()
    {
        QFETCH(CalendarSystem, system);
        QFETCH(QDate, gregorian);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        const LocalCalendar calendar(system, u"en"_qs);
        const CalendarDate local = calendar.fromGregorian(gregorian);
        QCOMPARE(local.year, year);
        QCOMPARE(local.month, month);
        QCOMPARE(local.day, day);
        QCOMPARE(calendar.toGregorian({ year, month, day }), std::optional<QDate>(gregorian));
    }

    void monthsAndDays_data()
    {
        QTest::addColumn<CalendarSystem>("system");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("days");
        QTest::newRow("Hamal") << CalendarSystem::Persian << 1405 << 1 << 12 << 31;
        QTest::newRow("Sunbula") << CalendarSystem::Persian << 1405 << 6 << 12 << 31;
        QTest::newRow("Mizan") << CalendarSystem::Persian << 1405 << 7 << 12 << 30;
        QTest::newRow("Dalw") << CalendarSystem::Persian << 1405 << 11 << 12 << 30;
        QTest::newRow("Hut, common year") << CalendarSystem::Persian << 1405 << 12 << 12 << 29;
        QTest::newRow("Hut, leap year") << CalendarSystem::Persian << 1403 << 12 << 12 << 30;
        QTest::newRow("Meskerem") << CalendarSystem::Ethiopic << 2019 << 1 << 13 << 30;
        QTest::newRow("Nehasse") << CalendarSystem::Ethiopic << 2019 << 12 << 13 << 30;
        QTest::newRow("Pagume, common year") << CalendarSystem::Ethiopic << 2018 << 13 << 13 << 5;
        QTest::newRow("Pagume, leap year") << CalendarSystem::Ethiopic << 2019 << 13 << 13 << 6;
        QTest::newRow("February, leap year") << CalendarSystem::Gregorian << 2024 << 2 << 12 << 29;
        QTest::newRow("February, common year") << CalendarSystem::Gregorian << 2025 << 2 << 12 << 28;
        QTest::newRow("February 2100") << CalendarSystem::Gregorian << 2100 << 2 << 12 << 28;
        QTest::newRow("April") << CalendarSystem::Gregorian << 2026 << 4 << 12 << 30;
    }
    void monthsAndDays()
    {
        QFETCH(CalendarSystem, system);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, months);
        QFETCH(int, days);
        const LocalCalendar calendar(system, u"nl"_qs);
        QCOMPARE(calendar.monthsInYear(year), months);
        QCOMPARE(calendar.daysInMonth(year, month), days);
        QVERIFY(calendar.check({ year, month, days }).isValid());
    }

    void impossibleDatesAreRefusedWithAReason_data()
    {
        QTest::addColumn<CalendarSystem>("system");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<DateProblem>("problem");
        QTest::addColumn<int>("limit");
        QTest::newRow("30 February") << CalendarSystem::Gregorian << 2025 << 2 << 30 << DateProblem::NoSuchDay
                                     << 28;
        QTest::newRow("29 February 2025")
            << CalendarSystem::Gregorian << 2025 << 2 << 29 << DateProblem::NoSuchDay << 28;
        QTest::newRow("31 April") << CalendarSystem::Gregorian << 2026 << 4 << 31 << DateProblem::NoSuchDay
                                  << 30;
        QTest::newRow("day 0") << CalendarSystem::Gregorian << 2026 << 4 << 0 << DateProblem::NoSuchDay << 30;
        QTest::newRow("month 13") << CalendarSystem::Gregorian << 2026 << 13 << 1 << DateProblem::NoSuchMonth
                                  << 12;
        QTest::newRow("month 0") << CalendarSystem::Gregorian << 2026 << 0 << 1 << DateProblem::NoSuchMonth
                                 << 12;
        QTest::newRow("year 3000") << CalendarSystem::Gregorian << 3000 << 1 << 1 << DateProblem::OutOfRange
                                   << 0;
        QTest::newRow("31 Mizan") << CalendarSystem::Persian << 1405 << 7 << 31 << DateProblem::NoSuchDay
                                  << 30;
        QTest::newRow("32 Hamal") << CalendarSystem::Persian << 1405 << 1 << 32 << DateProblem::NoSuchDay
                                  << 31;
        QTest::newRow("30 Hut 1405") << CalendarSystem::Persian << 1405 << 12 << 30 << DateProblem::NoSuchDay
                                     << 29;
        QTest::newRow("Persian month 13")
            << CalendarSystem::Persian << 1405 << 13 << 1 << DateProblem::NoSuchMonth << 12;
        QTest::newRow("Pagume 6, 2018")
            << CalendarSystem::Ethiopic << 2018 << 13 << 6 << DateProblem::NoSuchDay << 5;
        QTest::newRow("Pagume 7, 2019")
            << CalendarSystem::Ethiopic << 2019 << 13 << 7 << DateProblem::NoSuchDay << 6;
        QTest::newRow("31 Meskerem") << CalendarSystem::Ethiopic << 2019 << 1 << 31 << DateProblem::NoSuchDay
                                     << 30;
        QTest::newRow("Ethiopic month 14")
            << CalendarSystem::Ethiopic << 2019 << 14 << 1 << DateProblem::NoSuchMonth << 13;
        QTest::newRow("Ethiopic year 1")
            << CalendarSystem::Ethiopic << 1 << 1 << 1 << DateProblem::OutOfRange << 0;
    }
    void impossibleDatesAreRefusedWithAReason()
    {
        QFETCH(CalendarSystem, system);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(DateProblem, problem);
        QFETCH(int, limit);
        const LocalCalendar calendar(system, u"en"_qs);
        const DateCheck check = calendar.check({ year, month, day });
        QVERIFY(!check.isValid());
        QCOMPARE(check.problem, problem);
        QCOMPARE(check.limit, limit);
        QVERIFY(!check.reason.isEmpty());
        QVERIFY(!calendar.toGregorian({ year, month, day }));
    }

    void roundTripsEveryDayOf2024To2027_data()
    {
        QTest::addColumn<CalendarSystem>("system");
        QTest::newRow("Gregorian") << CalendarSystem::Gregorian;
        QTest::newRow("Persian") << CalendarSystem::Persian;
        QTest::newRow("Ethiopic") << CalendarSystem::Ethiopic;
    }
    void roundTripsEveryDayOf2024To2027()
    {
        QFETCH(CalendarSystem, system);
        const LocalCalendar calendar(system, u"en"_qs);
        CalendarDate previous = calendar.fromGregorian(QDate(2023, 12, 31));
        for (QDate day(2024, 1, 1); day.year() < 2028; day = day.addDays(1)) {
            const CalendarDate local = calendar.fromGregorian(day);
            QVERIFY2(calendar.check(local).isValid(), qPrintable(day.toString(Qt::ISODate)));
            QCOMPARE(calendar.toGregorian(local), std::optional<QDate>(day));
            QVERIFY2(followsOn(calendar, previous, local), qPrintable(day.toString(Qt::ISODate)));
            previous = local;
        }
    }

    void monthNamesForThePicker_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("sixth");
        QTest::addColumn<QString>("last");
        QTest::newRow("ti, Ethiopic") << u"ti"_qs << 13 << u"መስከረም"_qs << u"ለካቲት"_qs << u"ጳጉሜን"_qs;
        QTest::newRow("fa_AF, Dari") << u"fa_AF"_qs << 12 << u"حمل"_qs << u"سنبله"_qs << u"حوت"_qs;
        QTest::newRow("ar, both names") << u"ar"_qs << 12 << u"كانون الثاني / يناير"_qs
                                        << u"حزيران / يونيو"_qs << u"كانون الأول / ديسمبر"_qs;
        QTest::newRow("nl") << u"nl"_qs << 12 << u"januari"_qs << u"juni"_qs << u"december"_qs;
        QTest::newRow("en") << u"en"_qs << 12 << u"January"_qs << u"June"_qs << u"December"_qs;
    }
    void monthNamesForThePicker()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, first);
        QFETCH(QString, sixth);
        QFETCH(QString, last);
        const QStringList names = LocalCalendar(language).monthNames();
        QCOMPARE(names.size(), count);
        QCOMPARE(names.first(), first);
        QCOMPARE(names.at(5), sixth);
        QCOMPARE(names.last(), last);
    }

    void otherCalendarsInOtherLanguagesUseIcuNames()
    {
        const QStringList names = LocalCalendar(CalendarSystem::Persian, u"en"_qs).monthNames();
        QCOMPARE(names.size(), 12);
        QCOMPARE(names.first(), u"Farvardin"_qs);
        QCOMPARE(LocalCalendar(CalendarSystem::Gregorian, u"ti"_qs).monthNames().first(), u"ጥሪ"_qs);
    }

    void datesOutsideTheRangeGiveNothing()
    {
        const LocalCalendar calendar(u"fa_AF"_qs);
        QCOMPARE(calendar.fromGregorian(QDate(1849, 12, 31)), CalendarDate());
        QCOMPARE(calendar.fromGregorian(QDate()), CalendarDate());
        QCOMPARE(calendar.monthsInYear(100), 0);
        QCOMPARE(calendar.daysInMonth(1405, 13), 0);
    }

private:
    static bool followsOn(const LocalCalendar &calendar, const CalendarDate &before,
                          const CalendarDate &after)
    {
        if (after.year == before.year && after.month == before.month)
            return after.day == before.day + 1;
        if (after.day != 1 || before.day != calendar.daysInMonth(before.year, before.month))
            return false;
        if (after.year == before.year)
            return after.month == before.month + 1;
        return after.year == before.year + 1 && after.month == 1 &&
            before.month == calendar.monthsInYear(before.year);
    }
};

QTEST_GUILESS_MAIN(TestLocalCalendar)
#include "tst_localcalendar.moc"
