#include "packedit.h"

#include "rules/pack.h"

#include <QTest>

using namespace samen::rules;
using namespace packedit;

// The pack sections for after the application (phases, letters, help, glossary, costs, support):
// the NL pack has them all, and a broken one is refused naming the path.
class TestJourneyPack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thePackHasThePhasesInOrder()
    {
        const RulePack &pack = *bundledPack().pack;
        QStringList ids;
        for (const auto &phase : pack.journey.phases)
            ids << phase.id;
        QCOMPARE(
            ids,
            (QStringList { u"filed"_qs, u"waiting"_qs, u"decidedYes"_qs, u"decidedNo"_qs, u"objection"_qs,
                           u"appeal"_qs, u"mvv"_qs, u"travel"_qs, u"arrival"_qs, u"settled"_qs }));
        QCOMPARE(pack.journey.phaseEnteredBy(u"refused"_qs)->id, u"decidedNo"_qs);
        QCOMPARE(pack.journey.phaseEnteredBy(u"arrived"_qs)->id, u"arrival"_qs);
        QVERIFY(!pack.journey.phaseEnteredBy(u"tbcScreening"_qs));
        QCOMPARE(pack.journey.phase(u"arrival"_qs)->deadlines,
                 (QStringList { u"indAppointment"_qs, u"gpVisit"_qs }));
    }

    void onlySourcedDurationsAreGiven_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<int>("extensionMonths");
        QTest::addColumn<int>("extensionWeeks");
        QTest::newRow("IND decides in 3 months, plus 3") << u"waiting"_qs << 3 << 0 << 3 << 0;
        QTest::newRow("objection decided in 19 weeks, plus 6") << u"objection"_qs << 0 << 19 << 0 << 6;
    }
    void onlySourcedDurationsAreGiven()
    {
        QFETCH(QString, phase);
        QFETCH(int, months);
        QFETCH(int, weeks);
        QFETCH(int, extensionMonths);
        QFETCH(int, extensionWeeks);
        const Journey &journey = bundledPack().pack->journey;
        const auto &duration = journey.phase(phase)->duration;
        QVERIFY(duration);
        QCOMPARE(duration->offset.months, months);
        QCOMPARE(duration->offset.weeks, weeks);
        QCOMPARE(duration->extension->months, extensionMonths);
        QCOMPARE(duration->extension->weeks, extensionWeeks);
        QVERIFY(bundledPack().pack->source(duration->source));
        qsizetype withDuration = 0;
        for (const auto &item : journey.phases)
            withDuration += item.duration ? 1 : 0;
        QCOMPARE(withDuration, 2);
    }

    void lettersNameTheirWordsDeadlineAndPhase_data()
    {
        QTest::addColumn<QString>("letter");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("deadline");
        QTest::addColumn<bool>("inLetter");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<bool>("warns");
        auto row = [](const char *letter, const char *word, const char *deadline, bool inLetter,
                      const char *phase, bool warns) {
            QTest::newRow(letter) << QString::fromLatin1(letter) << QString::fromLatin1(word)
                                  << QString::fromLatin1(deadline) << inLetter << QString::fromLatin1(phase)
                                  << warns;
        };
        row("receipt", "Ontvangstbevestiging", "", false, "waiting", false);
        row("missingItems", "Herstel verzuim", "", true, "waiting", true);
        row("dnaOrInterview", "DNA-onderzoek", "", true, "waiting", true);
        row("intentionToRefuse", "Voornemen", "", true, "waiting", true);
        row("decisionYes", "Beschikking", "mvvCollection", false, "decidedYes", false);
        row("decisionNo", "Beschikking", "objection", false, "decidedNo", true);
        row("objectionGranted", "Beslissing op bezwaar", "", false, "decidedYes", false);
        row("objectionRefused", "Beslissing op bezwaar", "appeal", false, "appeal", true);
        row("mvvNotice", "Machtiging tot voorlopig verblijf", "mvvCollection", false, "decidedYes", false);
    }
    void lettersNameTheirWordsDeadlineAndPhase()
    {
        QFETCH(QString, letter);
        QFETCH(QString, word);
        QFETCH(QString, deadline);
        QFETCH(bool, inLetter);
        QFETCH(QString, phase);
        QFETCH(bool, warns);
        const RulePack &pack = *bundledPack().pack;
        const LetterSpec *spec = pack.journey.letter(letter);
        QVERIFY(spec);
        QVERIFY(spec->headline.contains(word));
        QCOMPARE(spec->deadline, deadline);
        QCOMPARE(spec->deadlineInLetter, inLetter);
        QCOMPARE(spec->movesTo, phase);
        QCOMPARE(!spec->warningKey.isEmpty(), warns);
        QCOMPARE(spec->datesDeadline, letter == u"receipt" ? u"decision"_qs : QString());
        if (!deadline.isEmpty())
            QCOMPARE(pack.deadline(deadline)->from, pack.stage(spec->stage)->sets);
    }

    void theObjectionLetterGivesFourWeeks()
    {
        const RulePack &pack = *bundledPack().pack;
        const DeadlineSpec *objection = pack.deadline(pack.journey.letter(u"decisionNo"_qs)->deadline);
        QCOMPARE(objection->offset.weeks, 4);
        QCOMPARE(objection->from, u"refusalDate"_qs);
    }

    void onlySourcedNumbersAreGiven()
    {
        // The IND phone number in the municipalities' Q&A is not confirmed (RULES-NL): no contact.
        const Journey &journey = bundledPack().pack->journey;
        QVERIFY(!journey.helpEntry(u"ind"_qs)->contact);
        const auto &loket = journey.helpEntry(u"juridischLoket"_qs)->contact;
        QVERIFY(loket);
        QCOMPARE(loket->phone, u"0900-8020"_qs);
        QVERIFY(bundledPack().pack->source(loket->source)->checked.isValid());
        qsizetype contacts = 0;
        qsizetype amounts = 0;
        for (const auto &help : journey.help)
            contacts += help.contact ? 1 : 0;
        for (const auto &cost : journey.costs)
            amounts += cost.amount ? 1 : 0;
        QCOMPARE(contacts, 1);
        QCOMPARE(amounts, 1);
        QCOMPARE(journey.costs.first().amount->value, u"0"_qs);
    }

    void theGlossaryHasTheTermsOfTheApp()
    {
        const Journey &journey = bundledPack().pack->journey;
        QStringList terms;
        for (const auto &term : journey.glossary)
            terms << term.term;
        for (const char *term : { "IND",
                                  "nareis",
                                  "mvv",
                                  "BRP",
                                  "beschikking",
                                  "herstel verzuim",
                                  "voornemen",
                                  "bezwaar",
                                  "beroep",
                                  "leges",
                                  "legalisatie",
                                  "referent",
                                  "a-status",
                                  "b-status",
                                  "Zevenaar",
                                  "regulier",
                                  "GGD",
                                  "Juridisch Loket",
                                  "VluchtelingenWerk",
                                  "tazkira",
                                  "nikah-nama" })
            QVERIFY2(terms.contains(QString::fromUtf8(term)), term);
    }

    void supportIsOfferedAtTheWaitAndAfterANo()
    {
        const Journey &journey = bundledPack().pack->journey;
        QVERIFY(journey.supportFor(u"waiting"_qs).size() >= 3);
        QStringList afterNo;
        for (const auto *support : journey.supportFor(u"decidedNo"_qs))
            afterNo << support->id;
        QVERIFY(afterNo.contains(u"refusalObjection"_qs));
        QVERIFY(afterNo.contains(u"refusalLawyer"_qs));
        QVERIFY(journey.supportFor(u"settled"_qs).isEmpty());
    }

    void everyTextKeyIsAPackKey()
    {
        const RulePack &pack = *bundledPack().pack;
        const QStringList keys = pack.journey.textKeys();
        QCOMPARE(keys.size(), 10 * 4 + 9 * 3 + 5 + 9 + 35 + 7 + 9 * 2);
        for (const QString &key : keys)
            QVERIFY2(pack.explanationKeys().contains(key), qPrintable(key));
    }

    void aPackWithoutTheSectionsHasAnEmptyJourney()
    {
        const PackLoadResult historic = historicPack(QDate(2026, 11, 23));
        QVERIFY2(historic.pack, qPrintable(historic.error));
        QVERIFY(historic.pack->journey.phases.isEmpty());
        QVERIFY(historic.pack->journey.textKeys().isEmpty());
    }

    void brokenSectionIsRefusedNamingThePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *path, const char *json, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(path) << QString::fromUtf8(json)
                                << QString::fromUtf8(expected);
        };
        row("section not a list", "letters", "{}", "letters: expected an array");
        row("unknown field", "letters[0].extra", "1", "letters[0].extra: unknown field");
        row("phase with unknown source", "phases[3].source", "\"nowhere\"",
            "phases[3].source: unknown source \"nowhere\"");
        row("phase with unknown deadline", "phases[1].deadlines", "[\"decision\", \"later\"]",
            "phases[1].deadlines[1]: unknown deadline \"later\"");
        row("phase with unknown stage", "phases[0].stages", "[\"sent\"]",
            "phases[0].stages[0]: unknown stage \"sent\"");
        row("stage entering two phases", "phases[1].stages", "[\"applicationFiled\"]",
            "phases[1].stages[0]: stage \"applicationFiled\" enters phase \"filed\" already");
        row("phase without abroad text", "phases[2].abroad", "undefined", "phases[2].abroad: missing");
        row("duplicate phase", "phases[1].id", "\"filed\"", "phases[1].id: duplicate id \"filed\"");
        row("duration without source", "phases[1].duration.source", "undefined",
            "phases[1].duration.source: missing");
        row("empty duration", "phases[4].duration.offset", "{}", "phases[4].duration.offset: empty offset");
        row("phase nothing enters", "phases[9].stages", "[]",
            "phases[9].stages: no stage or letter enters phase \"settled\"");
        row("letter to an unknown phase", "letters[0].movesTo", "\"limbo\"",
            "letters[0].movesTo: unknown phase \"limbo\"");
        row("letter with unknown deadline", "letters[5].deadline", "\"later\"",
            "letters[5].deadline: unknown deadline \"later\"");
        row("letter deadline from another date", "letters[5].deadline", "\"appeal\"",
            "letters[5].deadline: counts from \"objectionDecisionDate\", which the letter's stage does not "
            "set");
        row("letter deadline without a stage", "letters[4].stage", "undefined",
            "letters[4].deadline: counts from \"approvalDate\", which the letter's stage does not set");
        row("letter with both deadlines", "letters[5].deadlineInLetter", "true",
            "letters[5].deadlineInLetter: a letter has a pack deadline or the date in the letter, not both");
        row("letter whose stage enters another phase", "letters[6].stage", "\"objectionDecided\"",
            "letters[6].stage: stage \"objectionDecided\" enters phase \"appeal\", not \"decidedYes\"");
        row("letter dating an unknown deadline", "letters[0].datesDeadline", "\"later\"",
            "letters[0].datesDeadline: unknown deadline \"later\"");
        row("letter with unknown stage", "letters[1].stage", "\"x\"",
            "letters[1].stage: unknown stage \"x\"");
        row("letter without headline", "letters[1].headline", "[]",
            "letters[1].headline: needs the words printed on the letter");
        row("letter without what to do", "letters[1].todo", "undefined", "letters[1].todo: missing");
        row("letter with unknown source", "letters[2].source", "\"x\"",
            "letters[2].source: unknown source \"x\"");
        row("duplicate letter", "letters[8].id", "\"receipt\"", "letters[8].id: duplicate id \"receipt\"");
        row("phone without source", "help[1].contact.source", "undefined",
            "help[1].contact.source: a phone number, address or opening hours needs a source");
        row("IND phone without source", "help[6].contact", "{\"phone\": \"012 345 6789\"}",
            "help[6].contact.source: a phone number, address or opening hours needs a source");
        row("contact with unknown source", "help[1].contact.source", "\"x\"",
            "help[1].contact.source: unknown source \"x\"");
        row("phone with letters", "help[1].contact.phone", "\"call us\"",
            "help[1].contact.phone: expected digits, spaces and dashes");
        row("closing before opening", "help[1].contact.hours[0].to", "\"08:00\"",
            "help[1].contact.hours[0]: expected times HH:mm, from before to");
        row("unknown day", "help[1].contact.hours[0].days", "[\"mon\", \"someday\"]",
            "help[1].contact.hours[0].days[1]: unknown day \"someday\"");
        row("empty contact", "help[0].contact", "{\"source\": \"vwn-forrefugees\"}",
            "help[0].contact: empty contact");
        row("help without text", "help[3].text", "undefined", "help[3].text: missing");
        row("duplicate term", "glossary[1].id", "\"ind\"", "glossary[1].id: duplicate id \"ind\"");
        row("term without its Dutch word", "glossary[0].term", "undefined", "glossary[0].term: missing");
        row("term with unknown source", "glossary[4].source", "\"x\"",
            "glossary[4].source: unknown source \"x\"");
        row("amount without source", "costs[0].amount.source", "undefined",
            "costs[0].amount.source: an amount needs a source");
        row("amount added without source", "costs[1].amount", "{\"value\": \"45.00\", \"currency\": \"EUR\"}",
            "costs[1].amount.source: an amount needs a source");
        row("amount not a number", "costs[0].amount.value", "\"free\"",
            "costs[0].amount.value: expected a decimal like 12.50");
        row("currency not a code", "costs[0].amount.currency", "\"euro\"",
            "costs[0].amount.currency: expected a code like EUR");
        row("support in an unknown phase", "support[0].phases", "[\"limbo\"]",
            "support[0].phases[0]: unknown phase \"limbo\"");
        row("support in no phase", "support[0].phases", "[]", "support[0].phases: missing");
        row("support pointing to unknown help", "support[3].help", "[\"huisarts\", \"x\"]",
            "support[3].help[1]: unknown help entry \"x\"");
        row("support without title", "support[2].title", "undefined", "support[2].title: missing");
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

QTEST_GUILESS_MAIN(TestJourneyPack)
#include "tst_journeypack.moc"
