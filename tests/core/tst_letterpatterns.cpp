#include "packedit.h"

#include "rules/letterpatternsparser.h"
#include "rules/pack.h"

#include <QTest>

using namespace samen::rules;
using namespace packedit;

// The pack's letterReading section: the reader's Dutch wording as data with sources, validated like
// the rest of the pack.
class TestLetterPatterns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thePackHasPatternsForEveryType()
    {
        const RulePack &pack = *bundledPack().pack;
        const LetterPatterns &patterns = pack.journey.reading;
        QStringList kinds;
        for (const LetterTypePattern &type : patterns.types) {
            kinds << type.kind;
            QVERIFY(pack.source(type.source));
            QVERIFY(!type.strong.isEmpty());
            if (type.variants.isEmpty())
                QVERIFY(pack.journey.letter(type.letter));
            for (const LetterVariant &variant : type.variants)
                QVERIFY(pack.journey.letter(variant.letter));
        }
        QCOMPARE(kinds, letterKindNames());
        QCOMPARE(patterns.months.size(), 12);
        QCOMPARE(patterns.months.at(0), u"januari"_qs);
        QVERIFY(pack.source(patterns.source));
        QVERIFY(pack.source(patterns.periods.source));
    }

    void everyPackLetterIsReadAsSomeType()
    {
        const RulePack &pack = *bundledPack().pack;
        QStringList read;
        for (const LetterTypePattern &type : pack.journey.reading.types) {
            read << type.letter;
            for (const LetterVariant &variant : type.variants)
                read << variant.letter;
        }
        for (const LetterSpec &letter : pack.journey.letters)
            QVERIFY2(read.contains(letter.id), qPrintable(letter.id));
    }

    void aPackWithoutTheSectionHasNoPatterns()
    {
        const PackLoadResult loaded = loadPack(editedPack(u"letterReading"_qs, u"undefined"_qs));
        QVERIFY2(loaded.pack, qPrintable(loaded.error));
        QVERIFY(loaded.pack->journey.reading.isEmpty());
    }

    void brokenSectionIsRefusedNamingThePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *path, const char *json, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(path) << QString::fromUtf8(json)
                                << QString::fromUtf8(expected);
        };
        row("unknown source", "letterReading.types[1].source", "\"x\"",
            "letterReading.types[1].source: unknown source \"x\"");
        row("unknown letter", "letterReading.types[0].letter", "\"x\"",
            "letterReading.types[0].letter: unknown letter \"x\"");
        row("unknown variant letter", "letterReading.types[6].variants[1].letter", "\"x\"",
            "letterReading.types[6].variants[1].letter: unknown letter \"x\"");
        row("unknown type", "letterReading.types[2].kind", "\"postcard\"",
            "letterReading.types[2].kind: unknown type \"postcard\"");
        row("type without patterns", "letterReading.types[7]", "undefined",
            "letterReading.types: no patterns for type \"mvvNotice\"");
        row("duplicate type", "letterReading.types[1].kind", "\"receipt\"",
            "letterReading.types[1].kind: duplicate type \"receipt\"");
        row("letter and variants", "letterReading.types[0].variants",
            "[{\"letter\": \"receipt\", \"words\": [\"a\"]}, {\"letter\": \"receipt\", \"words\": [\"b\"]}]",
            "letterReading.types[0]: needs either \"letter\" or \"variants\"");
        row("one variant", "letterReading.types[6].variants[1]", "undefined",
            "letterReading.types[6].variants: needs at least two outcomes");
        row("no strong words", "letterReading.types[3].strong", "[]",
            "letterReading.types[3].strong: needs at least one phrase");
        row("empty phrase", "letterReading.types[3].support[1]", "\" \"",
            "letterReading.types[3].support[1]: empty phrase");
        row("unknown date role", "letterReading.types[1].dateRole", "\"someday\"",
            "letterReading.types[1].dateRole: must be \"none\", \"answerBy\" or \"decisionBy\"");
        row("date role without leads", "letterReading.types[1].dateLeads", "[]",
            "letterReading.types[1].dateLeads: needs at least one phrase");
        row("eleven months", "letterReading.months[11]", "undefined",
            "letterReading.months: needs the 12 month names");
        row("unknown unit", "letterReading.periods.units.weken", "\"fortnights\"",
            "letterReading.periods.units.weken: must be \"days\", \"weeks\" or \"months\"");
        row("number word zero", "letterReading.numberWords.nul", "0",
            "letterReading.numberWords.nul: must be a word for 1 to 366");
        row("period source unknown", "letterReading.periods.source", "\"x\"",
            "letterReading.periods.source: unknown source \"x\"");
        row("too many sender words needed", "letterReading.senderWordsNeeded", "9",
            "letterReading.senderWordsNeeded: must be between 1 and the number of senderWords");
        row("unknown key", "letterReading.regexes", "[]", "letterReading.regexes: unknown field");
    }
    void brokenSectionIsRefusedNamingThePath()
    {
        QFETCH(QString, path);
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const PackLoadResult loaded = loadPack(editedPack(path, json));
        QVERIFY(!loaded.pack);
        QCOMPARE(loaded.error, expected);
    }
};

QTEST_GUILESS_MAIN(TestLetterPatterns)
#include "tst_letterpatterns.moc"
