#include "dossier/names.h"

#include <QTest>

using namespace samen::dossier;

class TestNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void directionControlsAreRemoved_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("plain") << u"Amal Haddad"_qs << u"Amal Haddad"_qs;
        QTest::newRow("override") << u"Rtl\u202Eexe.gpj\u202C"_qs << u"Rtlexe.gpj"_qs;
        QTest::newRow("embeddings") << u"\u202AAmal\u202B \u202DOmar\u202C"_qs << u"Amal Omar"_qs;
        QTest::newRow("isolates") << u"\u2066Sara\u2069 \u2067سارا\u2069 \u2068x\u2069"_qs
                                  << u"Sara سارا x"_qs;
        QTest::newRow("marks") << u"\u200FAli\u200E \u061Cعلي"_qs << u"Ali علي"_qs;
        QTest::newRow("Persian joiner kept") << u"می\u200Cخواهم"_qs << u"می\u200Cخواهم"_qs;
        QTest::newRow("white space") << u"  Abdi \n  Hassan "_qs << u"Abdi Hassan"_qs;
        QTest::newRow("only controls") << u"\u202E\u202C"_qs << QString();
    }
    void directionControlsAreRemoved()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QCOMPARE(cleanName(typed), stored);
    }

    void lengthIsLimitedWithoutSplittingACharacter()
    {
        QCOMPARE(cleanName(QString(5000, u'L')), QString(maxNameLength, u'L'));
        const QString emoji = u"\U0001F600"_qs; // two UTF-16 units
        QString many;
        for (int i = 0; i < 150; ++i)
            many += emoji;
        const QString cut = cleanName(many);
        QCOMPARE(cut.toUcs4().size(), maxNameLength);
        QVERIFY(!cut.back().isHighSurrogate());
    }
};

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
