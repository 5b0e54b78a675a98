#include "packedit.h"

#include "rules/evaluator.h"
#include "rules/pack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace samen::rules;
using namespace packedit;

class TestRulePack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theBundledPackIsLoadedOnceAndShared()
    {
        const PackLoadResult &bundled = bundledPack();
        QVERIFY2(bundled.pack, qPrintable(bundled.error));
        QCOMPARE(&bundledPack(), &bundled);
        QCOMPARE(bundled.pack->rulesAsOf, loadPackFile(u":/rules/nl.json"_qs).pack->rulesAsOf);
    }

    void nlPackIsEmbeddedAndValid()
    {
        const PackLoadResult loaded = loadPackFile(u":/rules/nl.json"_qs);
        QVERIFY2(loaded.pack, qPrintable(loaded.error));
        const RulePack &pack = *loaded.pack;
        QCOMPARE(pack.format, 1);
        QCOMPARE(pack.country, u"NL"_qs);
        QCOMPARE(pack.regimes.size(), 3);
        QCOMPARE(pack.regimes[2].id, u"nl-2026"_qs);
        QCOMPARE(pack.regimeIfUnknown, u"nl-2026-pending"_qs);
        QCOMPARE(pack.windowDeadline, u"window"_qs);
        for (const auto &rule : pack.rules) {
            const Source *source = pack.source(rule.source);
            QVERIFY(source);
            QVERIFY(source->url.startsWith(u"https://"));
            QVERIFY(source->checked.isValid());
            QVERIFY(rule.explanationKey.startsWith(u"rule."));
        }
        for (const auto &question : pack.questions) {
            QVERIFY(question.allowsUnknown);
            QVERIFY(!question.whyKey.isEmpty());
        }
    }

    static qsizetype regimeReasons(const RulePack &pack)
    {
        qsizetype count = 1; // regimeIfUnknown
        for (const auto &regime : pack.regimes)
            count += regime.selectWhen.size();
        return count;
    }

    void explanationKeysCoverRulesQuestionsAndDocuments()
    {
        const auto pack = loadPackFile(u":/rules/nl.json"_qs).pack;
        QVERIFY(pack);
        const QStringList keys = pack->explanationKeys();
        for (const auto *key :
             { "rule.late.regular", "rule.unknown.status", "why.sponsor.decisionDate", "q.member.relation",
               "deadline.window", "doc.parentConsent", "doc.hint.identity.AF", "doc.alternative.bond",
               "doc.alternative.consent", "doc.livingTogether" })
            QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
        QCOMPARE(keys.size(),
                 qsizetype(pack->rules.size() + pack->deadlines.size() + pack->stages.size() +
                           pack->questions.size() * 2 + pack->documents.size() + 3 +
                           15 + // alternatives, hints
                           regimeReasons(*pack) + pack->journey.textKeys().size()));
        QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));
    }

    void stagesAreTheProcedureInOrderWithTheDatesTheySet()
    {
        const auto pack = loadPackFile(u":/rules/nl.json"_qs).pack;
        QVERIFY(pack);
        const QList<std::pair<const char *, const char *>> expected = {
            { "applicationFiled", "applicationDate" },
            { "moreQuestions", "" },
            { "granted", "approvalDate" },
            { "refused", "refusalDate" },
            { "objectionFiled", "objectionDate" },
            { "objectionDecided", "objectionDecisionDate" },
            { "embassyAppointment", "" },
            { "mvvIssued", "mvvIssuedDate" },
            { "ticketBooked", "" },
            { "travelled", "" },
            { "arrived", "arrivalDate" },
            { "zevenaarAppointment", "" },
            { "registered", "" },
            { "tbcScreening", "" },
            { "gpVisited", "" },
        };
        QCOMPARE(pack->stages.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const StageSpec &stage = pack->stages.at(i);
            QCOMPARE(stage.id, QString::fromLatin1(expected[i].first));
            QCOMPARE(stage.sets, QString::fromLatin1(expected[i].second));
            QCOMPARE(stage.explanationKey, u"stage."_qs + stage.id);
            QVERIFY(pack->source(stage.source));
        }
        const auto opened = [&](const char *stage) {
            QStringList ids;
            for (const DeadlineSpec *spec : pack->deadlinesOpenedBy(QString::fromLatin1(stage)))
                ids << spec->id;
            return ids;
        };
        QCOMPARE(opened("applicationFiled"), QStringList { u"decision"_qs });
        QCOMPARE(opened("refused"), QStringList { u"objection"_qs });
        QCOMPARE(opened("granted"), QStringList { u"mvvCollection"_qs });
        QCOMPARE(opened("mvvIssued"), QStringList { u"travel"_qs });
        QCOMPARE(opened("arrived"), (QStringList { u"indAppointment"_qs, u"gpVisit"_qs }));
        QCOMPARE(opened("objectionFiled"), QStringList { u"objectionDecision"_qs });
        QCOMPARE(opened("objectionDecided"), QStringList { u"appeal"_qs });
        QCOMPARE(pack->stage(u"zevenaarAppointment"_qs)->closes, QStringList { u"indAppointment"_qs });
        // Appointments are the stages whose date may lie ahead: the user enters them when made.
        QStringList appointments;
        for (const StageSpec &stage : pack->stages) {
            if (stage.appointment)
                appointments << stage.id;
        }
        QCOMPARE(appointments, (QStringList { u"embassyAppointment"_qs, u"zevenaarAppointment"_qs }));
        QVERIFY(opened("travelled").isEmpty());
        QVERIFY(opened("nonsense").isEmpty());
        // A yes also after an objection: it ends the wait for the decision on the objection too.
        QCOMPARE(pack->stage(u"granted"_qs)->closes,
                 (QStringList { u"decision"_qs, u"objectionDecision"_qs }));
        QCOMPARE(pack->stage(u"arrived"_qs)->closes, QStringList { u"travel"_qs });
        QVERIFY(pack->stage(u"registered"_qs)->closes.isEmpty());
    }

    // The offsets of RULES-NL.md, "Procedure and deadlines the app computes".
    void deadlineOffsetsMatchTheRules_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QList<int>>("offset");
        QTest::addColumn<QList<int>>("extension");
        QTest::newRow("window") << u"window"_qs << u"decisionDate"_qs << QList<int> { 0, 3, 0, 0 }
                                << QList<int> {};
        QTest::newRow("decision") << u"decision"_qs << u"applicationDate"_qs << QList<int> { 0, 3, 0, 0 }
                                  << QList<int> { 0, 3, 0, 0 };
        QTest::newRow("objection") << u"objection"_qs << u"refusalDate"_qs << QList<int> { 0, 0, 4, 0 }
                                   << QList<int> {};
        QTest::newRow("mvv") << u"mvvCollection"_qs << u"approvalDate"_qs << QList<int> { 0, 3, 0, 0 }
                             << QList<int> {};
        QTest::newRow("travel") << u"travel"_qs << u"mvvIssuedDate"_qs << QList<int> { 0, 0, 0, 90 }
                                << QList<int> {};
        QTest::newRow("objection decision") << u"objectionDecision"_qs << u"objectionDate"_qs
                                            << QList<int> { 0, 0, 19, 0 } << QList<int> { 0, 0, 6, 0 };
        QTest::newRow("appeal") << u"appeal"_qs << u"objectionDecisionDate"_qs << QList<int> { 0, 0, 4, 0 }
                                << QList<int> {};
        QTest::newRow("report to the IND")
            << u"indAppointment"_qs << u"arrivalDate"_qs << QList<int> { 0, 0, 0, 3 } << QList<int> {};
        QTest::newRow("gp") << u"gpVisit"_qs << u"arrivalDate"_qs << QList<int> { 0, 0, 2, 0 }
                            << QList<int> {};
        QTest::newRow("b-status") << u"bStatusWait"_qs << u"decisionDate"_qs << QList<int> { 2, 0, 0, 0 }
                                  << QList<int> {};
    }
    void deadlineOffsetsMatchTheRules()
    {
        QFETCH(QString, id);
        QFETCH(QString, from);
        QFETCH(QList<int>, offset);
        QFETCH(QList<int>, extension);
        const auto pack = loadPackFile(u":/rules/nl.json"_qs).pack;
        QVERIFY(pack);
        const DeadlineSpec *spec = pack->deadline(id);
        QVERIFY(spec);
        QCOMPARE(spec->from, from);
        const auto parts = [](const DateOffset &o) {
            return QList<int> { o.years, o.months, o.weeks, o.days };
        };
        QCOMPARE(parts(spec->offset), offset);
        QCOMPARE(spec->extension ? parts(*spec->extension) : QList<int> {}, extension);
        // Only the b-status wait is a first day (you may apply from); every other date is a last day.
        const auto meaning =
            id == u"bStatusWait" ? DeadlineSpec::Meaning::EarliestDay : DeadlineSpec::Meaning::LastDay;
        QCOMPARE(spec->meaning, meaning);
    }

    void regimeIsChosenByTheDatesAndTheIndDecision_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("regime");
        QTest::addColumn<bool>("uncertain");
        // A case filed on 1 April 2026 (or as given), looked at on 6 December 2026 unless "today" is given.
        QTest::newRow("filed and looked at before 12 June")
            << R"("today": "2026-06-08", "applicationDate": "2026-06-08")"
            << "nl-2023" << false;
        QTest::newRow("pending on 12 June") << R"("today": "2026-06-12")"
                                            << "nl-2026-pending" << false;
        QTest::newRow("approved before 12 June") << R"("approvalDate": "2026-06-11")"
                                                 << "nl-2023" << false;
        QTest::newRow("refused on 12 June") << R"("refusalDate": "2026-06-12")"
                                            << "nl-2026-pending" << false;
        QTest::newRow("decided, date unknown") << R"("indDecided": true)"
                                               << "nl-2026-pending" << true;
        QTest::newRow("not known if decided") << R"("indDecided": null)"
                                              << "nl-2026-pending" << true;
        QTest::newRow("filed on 12 June") << R"("applicationDate": "2026-06-12")"
                                          << "nl-2026" << false;
        QTest::newRow("filed in 2030") << R"("today": "2030-01-01", "applicationDate": "2030-01-01")"
                                       << "nl-2026" << false;
    }
    void regimeIsChosenByTheDatesAndTheIndDecision()
    {
        QFETCH(QString, extra);
        QFETCH(QString, regime);
        QFETCH(bool, uncertain);
        const auto pack = loadPackFile(u":/rules/nl.json"_qs).pack;
        QVERIFY(pack);
        QJsonObject object { { u"today"_qs, u"2026-12-06"_qs }, { u"applicationDate"_qs, u"2026-04-01"_qs } };
        const QJsonObject changes = parsedValue(u"{%1}"_qs.arg(extra).toUtf8().constData()).toObject();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            object.insert(it.key(), it.value());
        const CaseParseResult parsed = parseCase(object);
        QVERIFY2(parsed.value, qPrintable(parsed.error));
        const EvaluationResult result = Evaluator(*pack).evaluate(*parsed.value);
        QVERIFY2(result.value, qPrintable(result.error));
        QCOMPARE(result.value->regime, regime);
        QCOMPARE(result.value->regimeUncertain, uncertain);
        QVERIFY(!result.value->regimeReasonKey.isEmpty());
        QVERIFY(uncertain || result.value->regimeReason.contains(u"applicationDate"));
    }

    void brokenPackIsRefusedNamingThePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *path, const char *json, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(path) << QString::fromLatin1(json)
                                << QString::fromLatin1(expected);
        };
        row("unknown rule in a table", "regimes[1].relations.spouse[2].rule", "\"x\"",
            "regimes[1].relations.spouse[2].rule: unknown rule \"x\"");
        row("rule with unknown source", "rules[0].source", "\"nowhere\"",
            "rules[0].source: unknown source \"nowhere\"");
        row("source without url", "sources[0].url", "undefined", "sources[0].url: missing");
        row("deadline with an unknown meaning", "deadlines[0].meaning", "\"firstDay\"",
            "deadlines[0].meaning: unknown meaning \"firstDay\" (lastDay or earliestDay)");
        row("source url not http", "sources[0].url", "\"ind.nl\"",
            "sources[0].url: expected an http(s) address");
        row("source checked on 30 Feb", "sources[1].checked", "\"2026-02-30\"",
            "sources[1].checked: not a valid date: \"2026-02-30\"");
        row("regime selector without conditions", "regimes[0].selectWhen[0].when", "[]",
            "regimes[0].selectWhen[0].when: a selector needs conditions");
        row("regime chosen by a member fact", "regimes[0].selectWhen[0].when[0]", "[\"age\", \"<\", 18]",
            "regimes[0].selectWhen[0].when[0][0]: a regime is chosen by case facts only");
        row("regime without selectors", "regimes[1].selectWhen", "[]",
            "regimes[1].selectWhen: a regime needs at least one selector");
        row("date compared with a number", "regimes[2].selectWhen[0].when[0][2]", "2026",
            "regimes[2].selectWhen[0].when[0][2]: expected a date value");
        row("impossible date in a selector", "regimes[2].selectWhen[0].when[0][2]", "\"2026-02-30\"",
            "regimes[2].selectWhen[0].when[0][2]: expected a date YYYY-MM-DD");
        row("unknown cautious regime", "regimeIfUnknown.regime", "\"x\"",
            "regimeIfUnknown.regime: unknown regime \"x\"");
        row("missing relation table", "regimes[0].relations.parent", "undefined",
            "regimes[0].relations.parent: missing decision table");
        row("unknown relation table", "regimes[0].relations.cousin", "[]",
            "regimes[0].relations.cousin: unknown field");
        row("unknown fact", "regimes[0].relations.spouse[0].when[0][0]", "\"shoeSize\"",
            "regimes[0].relations.spouse[0].when[0][0]: unknown fact \"shoeSize\"");
        row("unknown operator", "regimes[0].relations.spouse[0].when[0][1]", "\"~\"",
            "regimes[0].relations.spouse[0].when[0][1]: unknown operator \"~\"");
        row("value of the wrong type", "regimes[0].relations.spouse[3].when[0][2]", "\"old\"",
            "regimes[0].relations.spouse[3].when[0][2]: expected a number value");
        row("unknown status value", "regimes[2].relations.spouse[9].when[0][2]", "\"x\"",
            "regimes[2].relations.spouse[9].when[0][2]: unknown value \"x\"");
        row("unknown outcome", "regimes[0].relations.spouse[0].outcome", "\"maybe\"",
            "regimes[0].relations.spouse[0].outcome: unknown outcome \"maybe\"");
        row("wait without earliest", "regimes[2].relations.spouse[9].earliest", "undefined",
            "regimes[2].relations.spouse[9].earliest: a wait row needs an earliest deadline");
        row("last row with a condition", "regimes[0].relations.spouse[8].when",
            "[[\"married\", \"==\", true]]",
            "regimes[0].relations.spouse[8]: the last row must have no conditions");
        row("fact of the wrong type", "facts[0].type", "\"bool\"",
            "facts[0].type: fact \"relation\" is a string");
        row("fact without unknown rule used in a table", "facts[2].unknownRule", "undefined",
            "regimes[0].relations.spouse[4].when[0][0]: fact \"sponsorAge\" has no unknownRule");
        row("unused rule", "rules[99]",
            "{\"id\": \"orphan\", \"explanation\": \"rule.orphan\", \"source\": \"atw\"}",
            "rules[59].id: rule \"orphan\" is never used");
        row("duplicate rule", "rules[1].id", "\"onePartner.other\"",
            "rules[1].id: duplicate id \"onePartner.other\"");
        row("deadline from an unknown date", "deadlines[0].from", "\"weddingDate\"",
            "deadlines[0].from: unknown date \"weddingDate\"");
        row("unknown window deadline", "windowDeadline", "\"never\"",
            "windowDeadline: unknown deadline \"never\"");
        row("document with unknown source", "documents[2].source", "\"x\"",
            "documents[2].source: unknown source \"x\"");
        row("document for unknown relation", "documents[0].relations[0]", "\"cousin\"",
            "documents[0].relations[0]: unknown relation \"cousin\"");
        row("question setting an unknown field", "questions[0].sets", "\"shoeSize\"",
            "questions[0].sets: unknown field \"shoeSize\" for this subject");
        row("question kind not fitting its field", "questions[4].kind", "\"yesNo\"",
            "questions[4].kind: does not fit field \"birthDate\"");
        row("status question with an unknown option", "questions[8].options[0]", "\"c\"",
            "questions[8].options[0]: unknown value \"c\"");
        row("relation question with an unknown option", "questions[13].options[1]", "\"cousin\"",
            "questions[13].options[1]: unknown value \"cousin\"");
        row("two questions setting one field", "questions[7].sets", "\"birthDate\"",
            "questions[7].sets: another question sets \"birthDate\"");
        row("a partner's and a child's question on one field, both for children", "questions[15].askIf[0][2]",
            "[\"spouse\", \"child\"]", "questions[16].sets: another question sets \"bondBeforeEntry\"");
        row("the other parent: only \"other\" besides the partners", "questions[19].options[0]", "\"m1\"",
            "questions[19].options[0]: unknown value \"m1\"");
        row("question asked on an unknown fact", "questions[1].askIf[0][0]", "\"x\"",
            "questions[1].askIf[0][0]: unknown fact \"x\"");
        row("askIfAny with one alternative", "questions[6].askIfAny",
            "[[[\"arrivedUnaccompanied\", \"==\", true]]]",
            "questions[6].askIfAny: askIfAny needs at least two alternatives");
        row("regular-route document for an unlisted outcome", "documents[10].outcomes[0]", "\"not_eligible\"",
            "documents[10].outcomes[0]: not one of documentOutcomes: \"not_eligible\"");
        row("holiday on 31 April", "holidays.fixed[1].day", "31",
            "holidays.fixed[1].day: no such day of the year");
        row("stage setting an unknown date", "stages[2].sets", "\"weddingDate\"",
            "stages[2].sets: not a procedure date \"weddingDate\"");
        row("stage setting the decision date", "stages[1].sets", "\"decisionDate\"",
            "stages[1].sets: not a procedure date \"decisionDate\"");
        row("two stages setting one date", "stages[4].sets", "\"approvalDate\"",
            "stages[4].sets: stage \"granted\" sets it already");
        row("duplicate stage", "stages[1].id", "\"applicationFiled\"",
            "stages[1].id: duplicate id \"applicationFiled\"");
        row("stage with unknown source", "stages[0].source", "\"x\"",
            "stages[0].source: unknown source \"x\"");
        row("stage without explanation", "stages[3].explanation", "undefined",
            "stages[3].explanation: missing");
        row("no stages", "stages", "[]", "stages: no stages");
        row("stage after a later stage", "stages[2].notBefore[0]", "\"arrived\"",
            "stages[2].notBefore[0]: not an earlier stage \"arrived\"");
        row("stage closing an unknown deadline", "stages[2].closes[0]", "\"exam\"",
            "stages[2].closes[0]: unknown deadline \"exam\"");
        row("deadline for an unknown status", "deadlines[0].statuses", "[\"refugee\", \"c\"]",
            "deadlines[0].statuses: unknown status \"c\"");
        row("deadline for no status", "deadlines[9].statuses", "[]", "deadlines[9].statuses: empty list");
        row("unsupported format", "format", "2", "format: unsupported format 2 (this app reads 1)");
        row("unknown top-level field", "extra", "1", "extra: unknown field");
    }
    void brokenPackIsRefusedNamingThePath()
    {
        QFETCH(QString, path);
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const QJsonValue value =
            json == u"undefined" ? QJsonValue(QJsonValue::Undefined) : parsedValue(json.toUtf8().constData());
        const QJsonObject broken = withValue(nlPackJson(), splitPath(path), value).toObject();
        const PackLoadResult loaded = loadPack(bytesOf(broken));
        QVERIFY(!loaded.pack);
        QCOMPARE(loaded.error, expected);
    }

    void malformedJsonIsRefused()
    {
        const PackLoadResult loaded = loadPack("{\"format\": 1,");
        QVERIFY(!loaded.pack);
        QVERIFY2(loaded.error.startsWith(u"malformed JSON"), qPrintable(loaded.error));
        QVERIFY(!loadPack("[]").pack);
        QVERIFY(loadPackFile(u"/nonexistent/pack.json"_qs).error.contains(u"/nonexistent/pack.json"));
    }

    void aDeadlineIsAnEditOfThePack()
    {
        QJsonObject json = withValue(nlPackJson(), splitPath(u"deadlines[0].offset.months"_qs), 6).toObject();
        const auto pack = loadPack(bytesOf(json)).pack;
        QVERIFY(pack);
        Case input;
        input.today = input.applicationDate = QDate(2026, 3, 1);
        input.sponsor.decisionDate = QDate(2026, 1, 10);
        const auto result = Evaluator(*pack).evaluate(input);
        QVERIFY(result.value && result.value->window);
        QCOMPARE(result.value->window->date, QDate(2026, 7, 10));
    }
};

QTEST_GUILESS_MAIN(TestRulePack)
#include "tst_rulepack.moc"
