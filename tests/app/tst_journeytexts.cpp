#include "texts/journeytexts.h"

#include "rules/pack.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// Every text key the pack's journey sections name has a text, in every language; the table holds no
// text the pack does not use.
class TestJourneyTexts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPackKeyHasAText_data()
    {
        QTest::addColumn<QString>("key");
        const auto &bundled = samen::rules::bundledPack();
        QVERIFY2(bundled.pack, qPrintable(bundled.error));
        for (const QString &key : JourneyTexts::keysOf(*bundled.pack))
            QTest::newRow(qPrintable(key)) << key;
    }
    void everyPackKeyHasAText()
    {
        QFETCH(QString, key);
        QVERIFY(JourneyTexts::hasText(key));
        QVERIFY(!JourneyTexts::text(key).trimmed().isEmpty());
    }

    void theTableHasNoTextThePackDoesNotUse()
    {
        const QStringList used = JourneyTexts::keysOf(*samen::rules::bundledPack().pack);
        for (const QString &key : JourneyTexts::keys())
            QVERIFY2(used.contains(key), qPrintable(key));
        QVERIFY(JourneyTexts::text(u"no.such.key"_qs).isEmpty());
        QVERIFY(!JourneyTexts::hasText(u"no.such.key"_qs));
    }

    void textsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ar") << u"ar"_qs << u"اعتراض"_qs;
        QTest::newRow("fa_AF") << u"fa_AF"_qs << u"اعتراض"_qs;
        QTest::newRow("ti") << u"ti"_qs << u"ተቓውሞ"_qs;
        QTest::newRow("nl") << u"nl"_qs << u"bezwaar"_qs;
    }
    void textsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/samen_"_qs + language + u".qm"_qs));
        QCoreApplication::installTranslator(&translator);
        const QString objection = JourneyTexts::text(u"letter.decisionNo.todo"_qs);
        const QString headline = JourneyTexts::text(u"glossary.bezwaar"_qs);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(objection.contains(expected), qPrintable(objection));
        // The Dutch word stays, so that it can be found on the paper.
        QVERIFY2(language == u"nl" || objection.contains(u"(bezwaar)"), qPrintable(objection));
        QVERIFY(!headline.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJourneyTexts)
#include "tst_journeytexts.moc"
