#include "locale/dateformatter.h"

#include <QTest>

using namespace samen::locale;

namespace {

// Which digits a string uses: "latin", "arab" (٠–٩), "persian" (۰–۹), "mixed" or "none".
QString digitsIn(const QString &text)
{
    QStringList kinds;
    for (const QChar c : text) {
        QString kind;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            kind = u"latin"_qs;
        else if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
            kind = u"arab"_qs;
        else if (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9)
            kind = u"persian"_qs;
        if (!kind.isEmpty() && !kinds.contains(kind))
            kinds << kind;
    }
    if (kinds.isEmpty())
        return u"none"_qs;
    return kinds.size() == 1 ? kinds.first() : u"mixed"_qs;
}

} // namespace

class TestDateFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsInTheUsersCalendarAndForOfficials_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("gregorian");
        QTest::addColumn<bool>("sameCalendar");
        QTest::newRow("fa_AF Nowruz")
            << u"fa_AF"_qs << QDate(2026, 3, 21) << u"۱ حمل ۱۴۰۵"_qs << u"۲۱ مارچ ۲۰۲۶"_qs << false;
        QTest::newRow("fa_AF Sunbula in a date")
            << u"fa_AF"_qs << QDate(2026, 9, 11) << u"۲۰ سنبلهٔ ۱۴۰۵"_qs << u"۱۱ سپتمبر ۲۰۲۶"_qs << false;
        QTest::newRow("fa_AF leap day")
            << u"fa_AF"_qs << QDate(2024, 2, 29) << u"۱۰ حوت ۱۴۰۲"_qs << u"۲۹ فبروری ۲۰۲۴"_qs << false;
        QTest::newRow("ti new year") << u"ti"_qs << QDate(2026, 9, 11) << u"1 መስከረም 2019"_qs
                                     << u"11 መስከረም 2026"_qs << false;
        QTest::newRow("ti Pagume 6") << u"ti"_qs << QDate(2027, 9, 11) << u"6 ጳጉሜን 2019"_qs
                                     << u"11 መስከረም 2027"_qs << false;
        QTest::newRow("ti leap day") << u"ti"_qs << QDate(2024, 2, 29) << u"21 ለካቲት 2016"_qs
                                     << u"29 ለካቲት 2024"_qs << false;
        QTest::newRow("ar") << u"ar"_qs << QDate(2026, 4, 10) << u"١٠ أبريل ٢٠٢٦"_qs << u"١٠ أبريل ٢٠٢٦"_qs
                            << true;
        QTest::newRow("nl") << u"nl"_qs << QDate(2026, 4, 10) << u"10 april 2026"_qs << u"10 april 2026"_qs
                            << true;
        QTest::newRow("en") << u"en"_qs << QDate(2026, 4, 10) << u"10 April 2026"_qs << u"10 April 2026"_qs
                            << true;
    }
    void formatsInTheUsersCalendarAndForOfficials()
    {
        QFETCH(QString, language);
        QFETCH(QDate, date);
        QFETCH(QString, local);
        QFETCH(QString, gregorian);
        QFETCH(bool, sameCalendar);
        const LocalizedDate result = DateFormatter(language).format(date);
        QCOMPARE(result.local, local);
        QCOMPARE(result.gregorian, gregorian);
        QCOMPARE(result.sameCalendar, sameCalendar);
        QCOMPARE(result.calendar, calendarFor(language));
        QCOMPARE(result.dutch, QLocale(QLocale::Dutch).toString(date, u"d MMMM yyyy"_qs));
        QCOMPARE(result.dutchNumeric, date.toString(u"dd-MM-yyyy"_qs));
    }

    void dutchFormsForOfficials()
    {
        const LocalizedDate result = DateFormatter(u"ti"_qs).format(QDate(2026, 4, 10));
        QCOMPARE(result.dutch, u"10 april 2026"_qs);
        QCOMPARE(result.dutchNumeric, u"10-04-2026"_qs);
    }

    void digitsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("digits");
        QTest::newRow("ar") << u"ar"_qs << u"arab"_qs;
        QTest::newRow("fa_AF") << u"fa_AF"_qs << u"persian"_qs;
        QTest::newRow("ti") << u"ti"_qs << u"latin"_qs;
        QTest::newRow("nl") << u"nl"_qs << u"latin"_qs;
        QTest::newRow("en") << u"en"_qs << u"latin"_qs;
    }
    void digitsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, digits);
        const DateFormatter formatter(language);
        for (QDate date(2025, 12, 25); date < QDate(2026, 1, 10); date = date.addDays(1)) {
            const LocalizedDate result = formatter.format(date);
            QCOMPARE(digitsIn(result.local), digits);
            QCOMPARE(digitsIn(result.gregorian), digits);
            QCOMPARE(digitsIn(result.dutch), u"latin"_qs);
        }
    }

    void weekdayNames_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("saturday");
        QTest::addColumn<QString>("monday");
        QTest::newRow("ar") << u"ar"_qs << u"السبت"_qs << u"الاثنين"_qs;
        QTest::newRow("ti") << u"ti"_qs << u"ቀዳም"_qs << u"ሰኑይ"_qs;
        QTest::newRow("fa_AF") << u"fa_AF"_qs << u"شنبه"_qs << u"دوشنبه"_qs;
        QTest::newRow("nl") << u"nl"_qs << u"zaterdag"_qs << u"maandag"_qs;
        QTest::newRow("en") << u"en"_qs << u"Saturday"_qs << u"Monday"_qs;
    }
    void weekdayNames()
    {
        QFETCH(QString, language);
        QFETCH(QString, saturday);
        QFETCH(QString, monday);
        const DateFormatter formatter(language);
        QCOMPARE(formatter.weekdayName(QDate(2026, 3, 21)), saturday);
        QCOMPARE(formatter.weekdayName(Qt::Saturday), saturday);
        QCOMPARE(formatter.weekdayName(Qt::Monday), monday);
    }

    void invalidDatesGiveEmptyText()
    {
        const LocalizedDate result = DateFormatter(u"fa_AF"_qs).format(QDate());
        QVERIFY(result.local.isEmpty());
        QVERIFY(result.gregorian.isEmpty());
        QVERIFY(result.dutch.isEmpty());
        QVERIFY(result.dutchNumeric.isEmpty());
    }

    void keepsOneFormatterPerLanguage()
    {
        const DateFormatter &dari = DateFormatter::forLanguage(u"fa_AF"_qs);
        QCOMPARE(&DateFormatter::forLanguage(u"fa_AF"_qs), &dari);
        QVERIFY(&DateFormatter::forLanguage(u"ti"_qs) != &dari);
        QCOMPARE(dari.language(), u"fa_AF"_qs);
        QCOMPARE(dari.calendar(), CalendarSystem::Persian);
    }

    // Not a timed test: the figure is for the report (run with -perf / read the output).
    void formatTenThousandDates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ar") << u"ar"_qs;
        QTest::newRow("ti") << u"ti"_qs;
        QTest::newRow("fa_AF") << u"fa_AF"_qs;
    }
    void formatTenThousandDates()
    {
        QFETCH(QString, language);
        const DateFormatter &formatter = DateFormatter::forLanguage(language);
        qsizetype characters = 0;
        QBENCHMARK
        {
            for (int i = 0; i < 10000; ++i)
                characters += formatter.format(QDate(2020, 1, 1).addDays(i)).local.size();
        }
        QVERIFY(characters > 0);
    }
};

QTEST_GUILESS_MAIN(TestDateFormatter)
#include "tst_dateformatter.moc"
