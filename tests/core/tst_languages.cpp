#include "locale/languages.h"

#include <QTest>

using namespace samen::locale;

class TestLanguages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shipsFiveLanguagesInTheirOwnScript()
    {
        const auto &languages = supportedLanguages();
        QCOMPARE(languages.size(), 5);
        QStringList codes;
        for (const auto &language : languages)
            codes << language.code;
        QCOMPARE(codes, QStringList({ u"ar"_qs, u"ti"_qs, u"fa_AF"_qs, u"nl"_qs, u"en"_qs }));
        QCOMPARE(languageFor(u"fa_AF"_qs).nativeName, QString::fromUtf8("دری"));
        QCOMPARE(languageFor(u"ti"_qs).nativeName, QString::fromUtf8("ትግርኛ"));
    }

    void directionComesFromTheLocale_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("ar") << u"ar"_qs << Qt::RightToLeft;
        QTest::newRow("fa_AF") << u"fa_AF"_qs << Qt::RightToLeft;
        QTest::newRow("ti") << u"ti"_qs << Qt::LeftToRight;
        QTest::newRow("nl") << u"nl"_qs << Qt::LeftToRight;
        QTest::newRow("en") << u"en"_qs << Qt::LeftToRight;
    }
    void directionComesFromTheLocale()
    {
        QFETCH(QString, code);
        QFETCH(Qt::LayoutDirection, direction);
        QCOMPARE(languageFor(code).direction, direction);
    }

    void bestLanguageForLocaleNames_data()
    {
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syrian arabic") << u"ar_SY"_qs << u"ar"_qs;
        QTest::newRow("bcp47 dash") << u"ar-EG"_qs << u"ar"_qs;
        QTest::newRow("dari iso 639-3") << u"prs"_qs << u"fa_AF"_qs;
        QTest::newRow("iranian persian") << u"fa_IR"_qs << u"fa_AF"_qs;
        QTest::newRow("eritrean tigrinya") << u"ti_ER"_qs << u"ti"_qs;
        QTest::newRow("flemish") << u"nl_BE"_qs << u"nl"_qs;
        QTest::newRow("upper case") << u"EN_GB"_qs << u"en"_qs;
        QTest::newRow("unsupported") << u"so_SO"_qs << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void bestLanguageForLocaleNames()
    {
        QFETCH(QString, localeName);
        QFETCH(QString, expected);
        QCOMPARE(bestLanguageFor(localeName), expected);
    }

    void bestLanguageWalksTheUiLanguagesInOrder()
    {
        QCOMPARE(bestLanguageFor(QStringList({ u"so"_qs, u"ti-ER"_qs, u"ar"_qs })), u"ti"_qs);
        QCOMPARE(bestLanguageFor(QStringList({ u"so"_qs, u"tr"_qs })), u"en"_qs);
        QCOMPARE(bestLanguageFor(QStringList()), u"en"_qs);
    }

    void unknownCodeFallsBackToEnglish()
    {
        QVERIFY(!isSupported(u"so"_qs));
        QVERIFY(isSupported(u"fa_AF"_qs));
        QCOMPARE(languageFor(u"so"_qs).code, u"en"_qs);
    }

    void userTextIsIsolatedInsideSentences()
    {
        QCOMPARE(isolated(u"DNA-formulier"_qs), u"\u2068DNA-formulier\u2069"_qs);
        QCOMPARE(isolated(u"ሳባ"_qs).size(), 4);
        QVERIFY(isolated(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
