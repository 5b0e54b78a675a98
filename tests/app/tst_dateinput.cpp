#include "interview/dateinput.h"
#include "languagecontroller.h"
#include "locale/dateformatter.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The date picker's adapter: calendars per language, digits, strict checks, ISO output.
class TestDateInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entersInTheLanguagesCalendar_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("gregorian");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<bool>("ethiopian");
        QTest::addColumn<QString>("other");
        QTest::newRow("Dari: 1 Hamal 1405")
            << u"fa_AF"_qs << false << 1405 << 1 << 1 << u"2026-03-21"_qs << false << u"۲۱ مارچ (۳) ۲۰۲۶"_qs;
        QTest::newRow("Dari, Gregorian chosen") << u"fa_AF"_qs << true << 2026 << 3 << 21 << u"2026-03-21"_qs
                                                << false << u"۱ حمل (۱) ۱۴۰۵ ه\u200D.ش."_qs;
        QTest::newRow("Tigrinya: Gregorian, nothing else")
            << u"ti"_qs << false << 2026 << 4 << 10 << u"2026-04-10"_qs << false << QString();
        QTest::newRow("Tigrinya with the Ethiopian calendar: 1 Meskerem 2019")
            << u"ti"_qs << false << 2019 << 1 << 1 << u"2026-09-11"_qs << true << u"11 መስከረም (9) 2026"_qs;
        QTest::newRow("Tigrinya with the Ethiopian calendar, Gregorian chosen")
            << u"ti"_qs << true << 2026 << 4 << 10 << u"2026-04-10"_qs << true << u"2 ሚያዝያ (8) 2018 ዓ.ም."_qs;
        QTest::newRow("Arabic: Gregorian, nothing else")
            << u"ar"_qs << false << 2026 << 4 << 10 << u"2026-04-10"_qs << false << QString();
    }
    void entersInTheLanguagesCalendar()
    {
        QFETCH(QString, language);
        QFETCH(bool, gregorian);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(QString, iso);
        QFETCH(bool, ethiopian);
        QFETCH(QString, other);
        DateInput input;
        input.setLanguage(language);
        input.setEthiopianCalendar(ethiopian);
        input.setGregorian(gregorian);
        input.setYear(year);
        input.setMonth(month);
        input.setDay(day);
        QVERIFY(input.isValid());
        QCOMPARE(input.isoDate(), iso);
        QVERIFY(input.problem().isEmpty());
        QCOMPARE(input.otherCalendarText(), other);
    }

    void refusesImpossibleDays_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::newRow("30 February") << u"en"_qs << 2026 << 2 << 30;
        QTest::newRow("29 February 2025") << u"ar"_qs << 2025 << 2 << 29;
        QTest::newRow("31 Mizan") << u"fa_AF"_qs << 1405 << 7 << 31;
        QTest::newRow("Pagume 7") << u"ti"_qs << 2018 << 13 << 7;
    }
    void refusesImpossibleDays()
    {
        QFETCH(QString, language);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        DateInput input;
        input.setLanguage(language);
        input.setEthiopianCalendar(true); // only Tigrinya has it: Pagume is then a month
        input.setYear(year);
        input.setMonth(month);
        input.setDay(day);
        QVERIFY(!input.isValid());
        QVERIFY(input.isoDate().isEmpty());
        QVERIFY(!input.problem().isEmpty());
    }

    void incompleteDateIsNotAProblemYet()
    {
        DateInput input;
        input.setMonth(2);
        QVERIFY(!input.isValid());
        QVERIFY(input.problem().isEmpty());
    }

    void monthNamesAndDigitsFollowTheLanguage()
    {
        DateInput input;
        input.setLanguage(u"ti"_qs);
        QCOMPARE(input.monthNames().size(), 12);
        QCOMPARE(input.monthNames().constFirst(), u"ጥሪ (1)"_qs);
        QCOMPARE(input.monthNames().constLast(), u"ታሕሳስ (12)"_qs);
        QVERIFY(!input.hasLocalCalendar());
        input.setEthiopianCalendar(true);
        QCOMPARE(input.monthNames().size(), 13);
        QCOMPARE(input.monthNames().constLast(), u"ጳጉሜን (13)"_qs);
        QCOMPARE(input.dayLabels().size(), 30);
        QVERIFY(input.hasLocalCalendar());
        QCOMPARE(input.calendarName(), u"Ethiopian calendar"_qs);
        QCOMPARE(input.otherCalendarName(), u"Gregorian (European) calendar"_qs);
        input.setLanguage(u"ar"_qs);
        QCOMPARE(input.monthNames().size(), 12);
        QVERIFY(!input.hasLocalCalendar());
        QCOMPARE(input.digits(41), u"٤١"_qs);
        QCOMPARE(input.dayLabels().size(), 31);
        QCOMPARE(input.dayLabels().constLast(), u"٣١"_qs);
        QCOMPARE(input.monthNames().at(10), u"تشرين الثاني / نوفمبر (١١)"_qs);
        input.setLanguage(u"fa_AF"_qs);
        QCOMPARE(input.digits(41), u"۴۱"_qs);
    }

    void switchingCalendarKeepsTheDay()
    {
        DateInput input;
        input.setLanguage(u"fa_AF"_qs);
        input.setIsoDate(u"2026-01-10"_qs);
        QSignalSpy spy(&input, &DateInput::calendarChanged);
        input.setGregorian(true);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(input.year(), 2026);
        QCOMPARE(input.month(), 1);
        QCOMPARE(input.day(), 10);
        input.setGregorian(false);
        QCOMPARE(input.year(), 1404);
        QCOMPARE(input.isoDate(), u"2026-01-10"_qs);
    }

    void languageSwitchKeepsAnUnfinishedDateInTheSameCalendar()
    {
        DateInput input;
        input.setLanguage(u"en"_qs);
        input.setMonth(2);
        input.setDay(30);
        input.setLanguage(u"ar"_qs);
        QCOMPARE(input.month(), 2);
        QCOMPARE(input.day(), 30);
        input.setLanguage(u"fa_AF"_qs);
        QCOMPARE(input.month(), 0);
    }

    // Pickers start in the calendar the user last entered a date in, per language, also after
    // a restart; Dari starts in the solar year, everyone else in Gregorian.
    void pickersStartInTheCalendarLastUsed()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"dates"_qs);
        {
            LanguageController languages(nullptr);
            QVERIFY(languages.apply(u"fa_AF"_qs));
            QVERIFY(!languages.enterInGregorian());
            QVERIFY(languages.apply(u"ti"_qs));
            QVERIFY(languages.enterInGregorian());
            QVERIFY(languages.offersEthiopianCalendar());
            QVERIFY(!languages.ethiopianCalendar());
            QCOMPARE(languages.dates().format(QDate(2027, 1, 25)).oneLine(), u"25 ጥሪ (1) 2027"_qs);
            QSignalSpy datesChanged(&languages, &LanguageController::datesChanged);
            languages.setEthiopianCalendar(true);
            QCOMPARE(datesChanged.size(), 1);
            QCOMPARE(languages.dates().format(QDate(2027, 1, 25)).oneLine(),
                     u"25 ጥሪ (1) 2027 = 17 ጥሪ (5) 2019 ዓ.ም."_qs);
            languages.setEnterInGregorian(false);
            QVERIFY(languages.apply(u"fa_AF"_qs));
            languages.setEnterInGregorian(true);
        }
        LanguageController again(nullptr);
        QVERIFY(again.apply(u"ti"_qs));
        QVERIFY(again.ethiopianCalendar());
        QVERIFY(!again.enterInGregorian());
        QVERIFY(again.apply(u"fa_AF"_qs));
        QVERIFY(again.enterInGregorian());
        QVERIFY(again.apply(u"ar"_qs));
        QVERIFY(!again.offersEthiopianCalendar());
        QCOMPARE(again.dates().format(QDate(2026, 11, 30)).oneLine(),
                 u"٣٠ تشرين الثاني / نوفمبر (١١) ٢٠٢٦"_qs);
        QSettings().remove(u"dates"_qs);
    }

    void yearsCoverParentsAndThisYear()
    {
        DateInput input;
        const QList<int> years = input.years();
        QVERIFY(years.contains(QDate::currentDate().year()));
        QVERIFY(years.contains(1930));
        QVERIFY(years.first() > years.last());
    }

    // A birth date: the list ends at this year (not next year at the top), a day after today is
    // explained and not valid, and the list can open near a likely year.
    void aLatestDayLimitsTheYearsAndTheDay()
    {
        DateInput input;
        input.setGregorian(true);
        const QDate today = QDate::currentDate();
        QCOMPARE(input.years().constFirst(), today.year() + 1);
        input.setLatestIsoDate(today.toString(Qt::ISODate));
        QCOMPARE(input.years().constFirst(), today.year());
        const QDate tomorrow = today.addDays(1);
        input.setIsoDate(tomorrow.toString(Qt::ISODate));
        QVERIFY(!input.isValid());
        QCOMPARE(input.problem(), u"This day is after today. Please check the year."_qs);
        input.setIsoDate(today.toString(Qt::ISODate));
        QVERIFY(input.isValid());
        QVERIFY(input.problem().isEmpty());
        QCOMPARE(input.yearAt(input.yearIndexNear(1990)), 1990);
        // A year typed outside the list stays on screen with its problem, and is not an answer.
        QSignalSpy years(&input, &DateInput::yearsChanged);
        QVERIFY(input.setYearText(QString::number(today.year() + 1)));
        QCOMPARE(input.years().constFirst(), today.year() + 1);
        QCOMPARE(input.yearIndex(today.year() + 1), 0);
        QVERIFY(!input.isValid());
        QCOMPARE(input.problem(), u"This day is after today. Please check the year."_qs);
        QVERIFY(input.setYearText(u"1850"_qs));
        QCOMPARE(input.years().constLast(), 1850);
        QCOMPARE(input.years().constFirst(), today.year());
        QVERIFY(!input.isValid());
        QCOMPARE(input.problem(), u"This year is not possible. Please check it."_qs);
        QVERIFY(input.setYearText(u"1990"_qs));
        QVERIFY(input.isValid());
        QCOMPARE(input.years().constLast(), 1900);
        QCOMPARE(years.size(), 3);
        QCOMPARE(input.yearAt(input.yearIndexNear(1200)), input.years().constLast());
        QCOMPARE(input.yearAt(input.yearIndexNear(3000)), today.year());
    }

    // The year can be typed in any script's digits; a part of a year changes nothing yet.
    void theYearCanBeTyped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("year");
        QTest::newRow("Western") << u"en"_qs << u"1990"_qs << 1990;
        QTest::newRow("Arabic-Indic") << u"ar"_qs << u"١٩٩٠"_qs << 1990;
        QTest::newRow("Persian") << u"fa_AF"_qs << u"۱۹۹۰"_qs << 1990;
        QTest::newRow("Western in Dari") << u"fa_AF"_qs << u" 2009 "_qs << 2009;
        QTest::newRow("not yet a year") << u"en"_qs << u"19"_qs << 0;
        QTest::newRow("letters") << u"en"_qs << u"19a0"_qs << 0;
    }
    void theYearCanBeTyped()
    {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(int, year);
        DateInput input;
        input.setLanguage(language);
        input.setGregorian(true);
        QCOMPARE(input.setYearText(typed), year != 0);
        QCOMPARE(input.year(), year);
        if (year == 0)
            return;
        input.setMonth(3);
        input.setDay(10);
        QCOMPARE(input.isoDate(), u"%1-03-10"_qs.arg(year));
    }
};

QTEST_MAIN(TestDateInput)
#include "tst_dateinput.moc"
