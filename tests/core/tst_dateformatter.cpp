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
    // One format for every language: day, month name, (month number), year; Gregorian first,
    // the second calendar only where the user reads one, always with its era.
    void formatsEveryDateOneWay_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("ethiopian");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("gregorian");
        QTest::addColumn<QString>("other");
        const QString none;
        // Tigrinya: Gregorian with the Eritrean month names, by default nothing else.
        QTest::newRow("ti January") << u"ti"_qs << false << QDate(2027, 1, 25) << u"25 ጥሪ (1) 2027"_qs
                                    << none;
        QTest::newRow("ti year end") << u"ti"_qs << false << QDate(2026, 12, 31) << u"31 ታሕሳስ (12) 2026"_qs
                                     << none;
        QTest::newRow("ti leap day") << u"ti"_qs << false << QDate(2024, 2, 29) << u"29 ለካቲት (2) 2024"_qs
                                     << none;
        QTest::newRow("ti September")
            << u"ti"_qs << false << QDate(2026, 9, 30) << u"30 መስከረም (9) 2026"_qs << none;
        // Tigrinya with the Ethiopian calendar chosen: second, with its era ዓ.ም.
        QTest::newRow("ti+eth January")
            << u"ti"_qs << true << QDate(2027, 1, 25) << u"25 ጥሪ (1) 2027"_qs << u"17 ጥሪ (5) 2019 ዓ.ም."_qs;
        QTest::newRow("ti+eth new year") << u"ti"_qs << true << QDate(2026, 9, 11) << u"11 መስከረም (9) 2026"_qs
                                         << u"1 መስከረም (1) 2019 ዓ.ም."_qs;
        QTest::newRow("ti+eth Pagume 6, 13th month")
            << u"ti"_qs << true << QDate(2027, 9, 11) << u"11 መስከረም (9) 2027"_qs
            << u"6 ጳጉሜን (13) 2019 ዓ.ም."_qs;
        QTest::newRow("ti+eth Pagume 5") << u"ti"_qs << true << QDate(2026, 9, 10) << u"10 መስከረም (9) 2026"_qs
                                         << u"5 ጳጉሜን (13) 2018 ዓ.ም."_qs;
        QTest::newRow("ti+eth leap day") << u"ti"_qs << true << QDate(2024, 2, 29) << u"29 ለካቲት (2) 2024"_qs
                                         << u"21 ለካቲት (6) 2016 ዓ.ም."_qs;
        // Dari: Gregorian, then the solar year with its era, all in Persian digits.
        QTest::newRow("fa_AF Nowruz") << u"fa_AF"_qs << false << QDate(2026, 3, 21) << u"۲۱ مارچ (۳) ۲۰۲۶"_qs
                                      << u"۱ حمل (۱) ۱۴۰۵ ه\u200D.ش."_qs;
        QTest::newRow("fa_AF Sunbula in a date")
            << u"fa_AF"_qs << false << QDate(2026, 9, 11) << u"۱۱ سپتمبر (۹) ۲۰۲۶"_qs
            << u"۲۰ سنبلهٔ (۶) ۱۴۰۵ ه\u200D.ش."_qs;
        QTest::newRow("fa_AF leap day") << u"fa_AF"_qs << false << QDate(2024, 2, 29)
                                        << u"۲۹ فبروری (۲) ۲۰۲۴"_qs << u"۱۰ حوت (۱۲) ۱۴۰۲ ه\u200D.ش."_qs;
        QTest::newRow("fa_AF Hut 30 of a leap year")
            << u"fa_AF"_qs << false << QDate(2025, 3, 20) << u"۲۰ مارچ (۳) ۲۰۲۵"_qs
            << u"۳۰ حوت (۱۲) ۱۴۰۳ ه\u200D.ش."_qs;
        QTest::newRow("fa_AF Ethiopian ignored") << u"fa_AF"_qs << true << QDate(2026, 3, 21)
                                                 << u"۲۱ مارچ (۳) ۲۰۲۶"_qs << u"۱ حمل (۱) ۱۴۰۵ ه\u200D.ش."_qs;
        // Arabic: both month names, Arabic-Indic digits only.
        QTest::newRow("ar November") << u"ar"_qs << false << QDate(2026, 11, 30)
                                     << u"٣٠ تشرين الثاني / نوفمبر (١١) ٢٠٢٦"_qs << none;
        QTest::newRow("ar April") << u"ar"_qs << false << QDate(2026, 4, 10)
                                  << u"١٠ نيسان / أبريل (٤) ٢٠٢٦"_qs << none;
        QTest::newRow("ar leap day") << u"ar"_qs << false << QDate(2028, 2, 29)
                                     << u"٢٩ شباط / فبراير (٢) ٢٠٢٨"_qs << none;
        QTest::newRow("ar June") << u"ar"_qs << true << QDate(2026, 6, 12) << u"١٢ حزيران / يونيو (٦) ٢٠٢٦"_qs
                                 << none;
        QTest::newRow("nl") << u"nl"_qs << false << QDate(2026, 4, 10) << u"10 april (4) 2026"_qs << none;
        QTest::newRow("nl no leap day in 2100")
            << u"nl"_qs << false << QDate(2100, 2, 28) << u"28 februari (2) 2100"_qs << none;
        QTest::newRow("en") << u"en"_qs << false << QDate(2026, 4, 10) << u"10 April (4) 2026"_qs << none;
        QTest::newRow("en year end") << u"en"_qs << false << QDate(2026, 12, 31)
                                     << u"31 December (12) 2026"_qs << none;
    }
    void formatsEveryDateOneWay()
    {
        QFETCH(QString, language);
        QFETCH(bool, ethiopian);
        QFETCH(QDate, date);
        QFETCH(QString, gregorian);
        QFETCH(QString, other);
        const LocalizedDate result = DateFormatter(language, ethiopian).format(date);
        QCOMPARE(result.gregorian, gregorian);
        QCOMPARE(result.other, other);
        QCOMPARE(result.oneLine(), other.isEmpty() ? gregorian : gregorian + u" = "_qs + other);
        QCOMPARE(result.otherCalendar, secondCalendarFor(language, ethiopian));
        QCOMPARE(result.dutch, QLocale(QLocale::Dutch).toString(date, u"d MMMM yyyy"_qs));
        QCOMPARE(result.dutchNumeric, date.toString(u"dd-MM-yyyy"_qs));
    }

    // Eritreans date in Gregorian: the Ethiopian calendar is never shown unless chosen.
    void tigrinyaShowsNoEthiopianDateUnlessChosen()
    {
        for (QDate date(2026, 1, 1); date.year() == 2026; date = date.addDays(1)) {
            QVERIFY(DateFormatter(u"ti"_qs).format(date).other.isEmpty());
            QVERIFY(DateFormatter::forLanguage(u"ti"_qs, true).format(date).other.endsWith(u" ዓ.ም."_qs));
        }
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
        const DateFormatter formatter(language, true);
        for (QDate date(2025, 12, 25); date < QDate(2026, 1, 10); date = date.addDays(1)) {
            const LocalizedDate result = formatter.format(date);
            QCOMPARE(digitsIn(result.oneLine()), digits);
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
        QVERIFY(result.other.isEmpty());
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
        QCOMPARE(dari.otherCalendar(), CalendarSystem::Persian);
        QVERIFY(&DateFormatter::forLanguage(u"ti"_qs, true) != &DateFormatter::forLanguage(u"ti"_qs));
        QCOMPARE(DateFormatter::forLanguage(u"ti"_qs, true).otherCalendar(), CalendarSystem::Ethiopic);
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
        const DateFormatter &formatter = DateFormatter::forLanguage(language, true);
        qsizetype characters = 0;
        QBENCHMARK
        {
            for (int i = 0; i < 10000; ++i)
                characters += formatter.format(QDate(2020, 1, 1).addDays(i)).oneLine().size();
        }
        QVERIFY(characters > 0);
    }
};

QTEST_GUILESS_MAIN(TestDateFormatter)
#include "tst_dateformatter.moc"
