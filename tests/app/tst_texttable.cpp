#include "texts/texttable.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using samen::texts::TextEntry;
using samen::texts::TextTable;

namespace {

constexpr char context[] = "DocumentTexts";
constexpr TextEntry entries[] = {
    { "identity", QT_TRANSLATE_NOOP("DocumentTexts", "Passport or ID card") },
    { "birthCertificate", QT_TRANSLATE_NOOP("DocumentTexts", "Birth certificate") },
};

const TextTable &table()
{
    return TextTable::of<context, entries>();
}

} // namespace

class TestTextTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void looksUpByKey()
    {
        QCOMPARE(table().text(u"birthCertificate"_qs), u"Birth certificate"_qs);
        QCOMPARE(table().source(u"identity"_qs), entries[0].text);
        QCOMPARE(table().text(u"passport"_qs), QString());
        QCOMPARE(table().source(u"passport"_qs), nullptr);
        QCOMPARE(table().keys(), (QStringList { u"identity"_qs, u"birthCertificate"_qs }));
    }

    void isBuiltOnce()
    {
        const TextTable *first = &table();
        QCOMPARE(&table(), first);
    }

    void translatesInItsContext()
    {
        QTranslator dutch;
        QVERIFY(dutch.load(u":/i18n/samen_nl.qm"_qs));
        QCoreApplication::installTranslator(&dutch);
        const QString text = table().text(u"identity"_qs);
        QCoreApplication::removeTranslator(&dutch);
        QCOMPARE(text, u"Paspoort of ID-kaart"_qs);
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
