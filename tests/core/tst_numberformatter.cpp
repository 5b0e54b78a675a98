#include "locale/numberformatter.h"

#include <QTest>

using namespace samen::locale;

class TestNumberFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesNumbersInTheLanguagesDigits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("grouped");
        QTest::addColumn<QString>("plain");
        QTest::newRow("ar 41") << u"ar"_qs << qint64(41) << u"٤١"_qs << u"٤١"_qs;
        QTest::newRow("ar 1234") << u"ar"_qs << qint64(1234) << u"١٬٢٣٤"_qs << u"١٢٣٤"_qs;
        QTest::newRow("fa_AF 41") << u"fa_AF"_qs << qint64(41) << u"۴۱"_qs << u"۴۱"_qs;
        QTest::newRow("fa_AF 1405") << u"fa_AF"_qs << qint64(1405) << u"۱٬۴۰۵"_qs << u"۱۴۰۵"_qs;
        QTest::newRow("ti 41") << u"ti"_qs << qint64(41) << u"41"_qs << u"41"_qs;
        QTest::newRow("ti 2019") << u"ti"_qs << qint64(2019) << u"2,019"_qs << u"2019"_qs;
        QTest::newRow("nl 1234") << u"nl"_qs << qint64(1234) << u"1.234"_qs << u"1234"_qs;
        QTest::newRow("en 1234") << u"en"_qs << qint64(1234) << u"1,234"_qs << u"1234"_qs;
        QTest::newRow("en 0") << u"en"_qs << qint64(0) << u"0"_qs << u"0"_qs;
        QTest::newRow("nl negative") << u"nl"_qs << qint64(-3) << u"-3"_qs << u"-3"_qs;
    }
    void writesNumbersInTheLanguagesDigits()
    {
        QFETCH(QString, language);
        QFETCH(qint64, value);
        QFETCH(QString, grouped);
        QFETCH(QString, plain);
        const NumberFormatter &formatter = NumberFormatter::forLanguage(language);
        QCOMPARE(formatter.formatInteger(value), grouped);
        QCOMPARE(formatter.formatDigits(value), plain);
    }

    // Money as the language writes it, in its digits: whole amounts without decimals.
    void writesAmountsOfMoney_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 0") << u"en"_qs << u"0"_qs << u"€0"_qs;
        QTest::newRow("en 12.50") << u"en"_qs << u"12.50"_qs << u"€12.50"_qs;
        QTest::newRow("nl 1234.5") << u"nl"_qs << u"1234.5"_qs << u"€\u00a01.234,50"_qs;
        QTest::newRow("ar 0") << u"ar"_qs << u"0"_qs << u"\u200f٠\u00a0€"_qs;
        QTest::newRow("fa_AF 12.50") << u"fa_AF"_qs << u"12.50"_qs << u"€\u00a0۱۲٫۵۰"_qs;
        QTest::newRow("ti 20") << u"ti"_qs << u"20"_qs << u"€20"_qs;
        QTest::newRow("not a number") << u"en"_qs << u"12,50"_qs << QString();
        QTest::newRow("empty") << u"en"_qs << QString() << QString();
    }
    void writesAmountsOfMoney()
    {
        QFETCH(QString, language);
        QFETCH(QString, decimal);
        QFETCH(QString, expected);
        const QString amount = NumberFormatter::forLanguage(language).formatAmount(decimal, u"EUR"_qs);
        QCOMPARE(amount, expected);
    }
};

QTEST_GUILESS_MAIN(TestNumberFormatter)
#include "tst_numberformatter.moc"
