#include "locale/nametransliterator.h"

#include <QRegularExpression>
#include <QTest>

using namespace samen::locale;

Q_DECLARE_METATYPE(samen::locale::NameScript)

class TestNameTransliterator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectsTheScript_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<NameScript>("script");
        QTest::newRow("Arabic") << u"فاطمة الأحمد"_qs << NameScript::Arabic;
        QTest::newRow("Dari with ZWNJ") << u"گل‌افروز"_qs << NameScript::Arabic;
        QTest::newRow("Tigrinya") << u"ሳባ ተስፋይ"_qs << NameScript::Ethiopic;
        QTest::newRow("Latin with accent") << u"José van Dijk"_qs << NameScript::Latin;
        QTest::newRow("Cyrillic") << u"Мария"_qs << NameScript::Other;
        QTest::newRow("mixed") << u"Ahmad محمد"_qs << NameScript::Mixed;
        QTest::newRow("digits only") << u"123 -"_qs << NameScript::Unknown;
        QTest::newRow("empty") << QString() << NameScript::Unknown;
    }
    void detectsTheScript()
    {
        QFETCH(QString, name);
        QFETCH(NameScript, script);
        QCOMPARE(NameTransliterator::detectScript(name), script);
    }

    void suggestsReadableLatin_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ar Muhammad") << u"ar"_qs << u"محمد"_qs << u"M"_qs << u"Mohammad"_qs;
        QTest::newRow("ar Fatima al-Ahmad")
            << u"ar"_qs << u"فاطمة الأحمد"_qs << u"FA"_qs << u"Fatima Al-Ahmad"_qs;
        QTest::newRow("ar Abdallah") << u"ar"_qs << u"عبد الله"_qs << u"AA"_qs << u"Abd Allah"_qs;
        QTest::newRow("ar Aisha") << u"ar"_qs << u"عائشة"_qs << u"A"_qs << u"Aisha"_qs;
        QTest::newRow("ar Ali") << u"ar"_qs << u"علي"_qs << u"A"_qs << u"Ali"_qs;
        QTest::newRow("ar Yusuf") << u"ar"_qs << u"يوسف"_qs << u"Y"_qs << u"Yousef"_qs;
        QTest::newRow("ar vocalised, common") << u"ar"_qs << u"مُحَمَّد"_qs << u"M"_qs << u"Mohammad"_qs;
        QTest::newRow("ar vocalised") << u"ar"_qs << u"سَلْمَى"_qs << u"S"_qs << u"Salma"_qs;
        QTest::newRow("ar Rahma") << u"ar"_qs << u"رحمة"_qs << u"R"_qs << u"Rhma"_qs;
        QTest::newRow("ar article") << u"ar"_qs << u"الخطيب"_qs << u"A"_qs << u"Al-Khtib"_qs;
        QTest::newRow("fa_AF Ahmad Zahir") << u"fa_AF"_qs << u"احمد ظاهر"_qs << u"AZ"_qs << u"Ahmad Zahir"_qs;
        QTest::newRow("fa_AF Maryam") << u"fa_AF"_qs << u"مریم"_qs << u"M"_qs << u"Maryam"_qs;
        QTest::newRow("fa_AF Nilofar") << u"fa_AF"_qs << u"نیلوفر"_qs << u"N"_qs << QString();
        QTest::newRow("fa_AF Zabihullah") << u"fa_AF"_qs << u"ذبیح الله"_qs << u"ZA"_qs << u"Zbih Allah"_qs;
        QTest::newRow("fa_AF Fereshta") << u"fa_AF"_qs << u"فرشته"_qs << u"F"_qs << u"Frshta"_qs;
        QTest::newRow("fa_AF Gulafroz") << u"fa_AF"_qs << u"گل‌افروز"_qs << u"G"_qs << u"Glafroz"_qs;
        QTest::newRow("fa_AF Shah") << u"fa_AF"_qs << u"شاه"_qs << u"S"_qs << u"Shah"_qs;
        QTest::newRow("en guesses Dari") << u"en"_qs << u"ذکیه"_qs << u"Z"_qs << u"Zkia"_qs;
        QTest::newRow("ti Yohannes") << u"ti"_qs << u"ዮሃንስ"_qs << u"Y"_qs << u"Yohans"_qs;
        QTest::newRow("ti Saba Tesfay") << u"ti"_qs << u"ሳባ ተስፋይ"_qs << u"ST"_qs << u"Saba Tesfay"_qs;
        QTest::newRow("ti Abraham") << u"ti"_qs << u"ኣብርሃም"_qs << u"A"_qs << QString();
        QTest::newRow("ti Tsige") << u"ti"_qs << u"ጽጌ"_qs << u"T"_qs << QString();
        QTest::newRow("nl Tigrinya name") << u"nl"_qs << u"ተኽለ ሃብተ"_qs << u"TH"_qs << QString();
        QTest::newRow("mixed words") << u"en"_qs << u"Ahmad محمد"_qs << u"AM"_qs << u"Ahmad Mohammad"_qs;
    }
    void suggestsReadableLatin()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QFETCH(QString, expected);
        const QString latin = NameTransliterator::forLanguage(language).suggestLatin(name);
        static const QRegularExpression passportStyle(
            u"^[A-Z][a-z]*(-[A-Z][a-z]*)*( [A-Z][a-z]*(-[A-Z][a-z]*)*)*$"_qs);
        QVERIFY2(passportStyle.match(latin).hasMatch(), qPrintable(latin));
        QString firstLetters;
        for (const QString &word : latin.split(QLatin1Char(' ')))
            firstLetters += word.at(0);
        QCOMPARE(firstLetters, initials);
        if (!expected.isEmpty())
            QCOMPARE(latin, expected);
    }

    void latinNamesStayAsTypedInAscii_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Anna de Vries"_qs << u"Anna de Vries"_qs;
        QTest::newRow("accents become ASCII") << u"José Müller"_qs << u"Jose Muller"_qs;
        QTest::newRow("bidi override and emoji dropped")
            << u"Rtl\u202Eexe.gpj\u202C \U0001F600 Amal\u200D"_qs << u"Rtlexegpj Amal"_qs;
        QTest::newRow("isolates and marks dropped")
            << u"\u2067Sara\u2069 \u200FAli\u200E"_qs << u"Sara Ali"_qs;
        QTest::newRow("white space collapsed") << u"  Abdi   Hassan "_qs << u"Abdi Hassan"_qs;
        QTest::newRow("empty") << QString() << QString();
    }
    void latinNamesStayAsTypedInAscii()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        for (const char *language : { "ar", "ti", "fa_AF", "nl", "en" })
            QCOMPARE(NameTransliterator::forLanguage(QString::fromLatin1(language)).suggestLatin(name),
                     expected);
    }

    void theUiLanguageChoosesTheReading_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("arabic");
        QTest::addColumn<QString>("dari");
        QTest::newRow("dhal") << u"ذبیح"_qs << u"Dhbih"_qs << u"Zbih"_qs;
        QTest::newRow("waw") << u"منصور"_qs << u"Mnsur"_qs << u"Mnsor"_qs;
        QTest::newRow("usual spelling") << u"محمود"_qs << u"Mahmoud"_qs << u"Mahmood"_qs;
        QTest::newRow("usual spelling, Arabic letters") << u"حسين"_qs << u"Hussein"_qs << u"Hussain"_qs;
        QTest::newRow("final heh") << u"فرشته"_qs << u"Frshth"_qs << u"Frshta"_qs;
    }
    void theUiLanguageChoosesTheReading()
    {
        QFETCH(QString, name);
        QFETCH(QString, arabic);
        QFETCH(QString, dari);
        QCOMPARE(NameTransliterator::forLanguage(u"ar"_qs).suggestLatin(name), arabic);
        QCOMPARE(NameTransliterator::forLanguage(u"fa_AF"_qs).suggestLatin(name), dari);
    }
};

QTEST_GUILESS_MAIN(TestNameTransliterator)
#include "tst_nametransliterator.moc"
