#include "locale/namecollator.h"

#include <QTest>

#include <algorithm>
#include <functional>

using namespace samen::locale;

class TestNameCollator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortsNamesForTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ar: Arabic first, hamza with alif")
            << u"ar"_qs << QStringList { u"ابراهيم"_qs, u"أحمد"_qs, u"خالد"_qs, u"يوسف"_qs, u"Zaid"_qs };
        QTest::newRow("fa_AF: Persian letters in place")
            << u"fa_AF"_qs
            << QStringList { u"بهار"_qs, u"پروین"_qs, u"تمنا"_qs, u"زهرا"_qs, u"ژاله"_qs, u"Anna"_qs };
        QTest::newRow("ti: Ethiopic first")
            << u"ti"_qs << QStringList { u"ሳባ"_qs, u"ኣብርሃም"_qs, u"ዮሃንስ"_qs, u"Abel"_qs };
        QTest::newRow("nl: case and accents secondary")
            << u"nl"_qs << QStringList { u"ahmad"_qs, u"Ahmad"_qs, u"de Vries"_qs, u"Jan"_qs,
                                         u"Ömer"_qs,  u"Zaid"_qs,  u"أحمد"_qs };
        QTest::newRow("en: Latin first")
            << u"en"_qs << QStringList { u"Abel"_qs, u"Élise"_qs, u"Zaid"_qs, u"يوسف"_qs, u"ሳባ"_qs };
    }
    void sortsNamesForTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const NameCollator &collator = NameCollator::forLanguage(language);
        QStringList shuffled = expected;
        std::reverse(shuffled.begin(), shuffled.end());
        QCOMPARE(collator.sorted(shuffled), expected);
        std::rotate(shuffled.begin(), shuffled.begin() + 2, shuffled.end());
        std::sort(shuffled.begin(), shuffled.end(), std::cref(collator));
        QCOMPARE(shuffled, expected);
    }

    void sortKeysAgreeWithCompare()
    {
        const QStringList names { u"ابراهيم"_qs, u"أحمد"_qs, u"Ahmad"_qs, u"ahmad"_qs,
                                  u"ሳባ"_qs,      u"Ömer"_qs, u""_qs };
        for (const char *language : { "ar", "ti", "fa_AF", "nl", "en" }) {
            const NameCollator collator(QString::fromLatin1(language));
            for (const QString &a : names) {
                for (const QString &b : names) {
                    const int byCompare = collator.compare(a, b);
                    const QByteArray keyA = collator.sortKey(a);
                    const QByteArray keyB = collator.sortKey(b);
                    const int byKey = keyA < keyB ? -1 : (keyB < keyA ? 1 : 0);
                    QCOMPARE(byKey, byCompare < 0 ? -1 : (byCompare > 0 ? 1 : 0));
                }
            }
        }
    }

    void longNamesGetWholeKeys()
    {
        const NameCollator collator(u"nl"_qs);
        const QString base(200, QLatin1Char('a'));
        QVERIFY(collator.sortKey(base + u"b"_qs) > collator.sortKey(base + u"a"_qs));
    }
};

QTEST_GUILESS_MAIN(TestNameCollator)
#include "tst_namecollator.moc"
