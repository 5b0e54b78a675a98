#include "rules/cli.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace samen::rules;

namespace {

const QString packPath = QStringLiteral(SAMEN_NL_PACK);

QByteArray validCase(const QByteArray &sponsorExtra = {}, const QByteArray &memberExtra = {},
                     const QByteArray &caseExtra = {})
{
    return "{\"today\": \"2026-03-01\", \"applicationDate\": \"2026-03-01\"" + caseExtra +
        ",\n"
        " \"sponsor\": {\"birthDate\": \"1990-01-01\", \"status\": \"refugee\", \"decisionDate\": "
        "\"2026-01-10\", \"derivedPermit\": false, \"livesWithPartnerInNL\": false" +
        sponsorExtra +
        "},\n"
        " \"members\": [{\"id\": \"m1\", \"relation\": \"spouse\", \"birthDate\": \"1991-02-03\","
        " \"bondBeforeEntry\": true, \"mentionedInAsylum\": true" +
        memberExtra + "}]}";
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestRulesCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    static Run run(const QStringList &args)
    {
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code = cli::run(args, out, err);
        out.flush();
        err.flush();
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void evaluatePrintsTheDocumentedShape()
    {
        const Run result = run({ u"evaluate"_qs, u"--pack"_qs, packPath, write(u"ok.json"_qs, validCase()) });
        QCOMPARE(result.code, 0);
        const QJsonObject output = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(output.keys(),
                 QStringList({ u"deadline"_qs, u"members"_qs, u"regime"_qs, u"regimeReason"_qs }));
        QCOMPARE(output.value(u"regime"_qs).toString(), u"nl-2023"_qs);
        QCOMPARE(output.value(u"regimeReason"_qs).toString(),
                 u"applicationDate < 2026-06-12 and today < 2026-06-12"_qs);
        QCOMPARE(output.value(u"deadline"_qs).toString(), u"2026-04-10"_qs);
        const QJsonObject member = output.value(u"members"_qs).toArray().at(0).toObject();
        QCOMPARE(member.keys(),
                 QStringList({ u"id"_qs, u"outcome"_qs, u"requiredDocuments"_qs, u"rules"_qs }));
        QCOMPARE(member.value(u"outcome"_qs).toString(), u"nareis"_qs);
    }

    void badInputNamesTheFieldAndExitsWith2_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed JSON") << QByteArray("{\"today\": ") << u"malformed JSON"_qs;
        QTest::newRow("not an object") << QByteArray("[1]") << u"expected a JSON object"_qs;
        QTest::newRow("unknown relation") << validCase({}, ", \"relation\": \"cousin\"")
                                          << u"members[0].relation: unknown relation \"cousin\""_qs;
        QTest::newRow("impossible date")
            << validCase(", \"asylumApplicationDate\": \"2025-02-30\"")
            << u"sponsor.asylumApplicationDate: not a valid date: \"2025-02-30\""_qs;
        QTest::newRow("decision after application") << validCase(", \"decisionDate\": \"2026-03-02\"")
                                                    << u"sponsor.decisionDate: after the application date"_qs;
        QTest::newRow("birth after application") << validCase({}, ", \"birthDate\": \"2026-05-01\"")
                                                 << u"members[0].birthDate: after the application date"_qs;
        QTest::newRow("status") << validCase(", \"status\": \"c\"") << u"sponsor.status: unknown status"_qs;
        QTest::newRow("bool as text") << validCase({}, ", \"married\": \"no\"")
                                      << u"members[0].married: expected true, false or null"_qs;
        QTest::newRow("no dates") << QByteArray("{\"sponsor\": {}}") << u"applicationDate: missing"_qs;
        QTest::newRow("members not an array")
            << QByteArray("{\"today\": \"2026-03-01\", \"members\": {}}") << u"members: expected an array"_qs;
        QTest::newRow("member without id")
            << QByteArray("{\"today\": \"2026-03-01\", \"members\": [{}]}") << u"members[0].id: missing"_qs;
        QTest::newRow("IND decision before the application")
            << validCase({}, {}, ", \"indDecisionDate\": \"2026-02-01\"")
            << u"indDecisionDate: before the application date"_qs;
        QTest::newRow("arrival before the mvv")
            << validCase({}, {},
                         ", \"approvalDate\": \"2026-03-01\", \"mvvIssuedDate\": \"2026-05-01\", "
                         "\"arrivalDate\": \"2026-04-01\"")
            << u"arrivalDate: before mvvIssuedDate"_qs;
        QTest::newRow("asylum decision in the future")
            << QByteArray("{\"today\": \"2026-03-01\", \"applicationDate\": \"2026-04-01\", \"sponsor\": "
                          "{\"decisionDate\": \"2026-03-20\"}}")
            << u"sponsor.decisionDate: after the date of today"_qs;
    }
    void badInputNamesTheFieldAndExitsWith2()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = write(u"bad.json"_qs, content);
        const Run result = run({ u"evaluate"_qs, u"--pack"_qs, packPath, path });
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count(u'\n'), 1);
    }

    void missingFilesAndBadArgumentsExitWith2()
    {
        const Run missing = run({ u"evaluate"_qs, u"--pack"_qs, packPath, m_dir.filePath(u"none.json"_qs) });
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(u"none.json: cannot read"_qs));
        const Run missingPack =
            run({ u"test"_qs, u"--pack"_qs, m_dir.filePath(u"nopack.json"_qs), packPath });
        QCOMPARE(missingPack.code, 2);
        QVERIFY(missingPack.err.contains(u"nopack.json: cannot read"_qs));
        QCOMPARE(run({ u"evaluate"_qs, packPath }).code, 2);
        QCOMPARE(run({ u"validate"_qs }).code, 2);
        QCOMPARE(run({ u"frobnicate"_qs }).code, 2);
        const Run badPack = run({ u"evaluate"_qs, u"--pack"_qs, write(u"badpack.json"_qs, "{\"format\": 1}"),
                                  write(u"ok.json"_qs, validCase()) });
        QCOMPARE(badPack.code, 2);
        QVERIFY2(badPack.err.contains(u"invalid pack: country: missing"_qs), qPrintable(badPack.err));
    }

    void oversizedAndSpecialInputsExitWith2_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("FIFO") << u"fifo"_qs << u"not a regular file"_qs;
        QTest::newRow("endless device") << u"/dev/urandom"_qs << u"not a regular file"_qs;
        QTest::newRow("17 MiB") << u"big"_qs << u"too large: more than 16 MiB"_qs;
        QTest::newRow("101 members") << u"members"_qs << u"members: more than 100 members"_qs;
    }
    void oversizedAndSpecialInputsExitWith2()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString path = input;
        if (input == u"fifo") {
            path = m_dir.filePath(u"case.fifo"_qs);
            QVERIFY(QFile::exists(path) || ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        } else if (input == u"big") {
            QFile file(m_dir.filePath(u"big.json"_qs));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(17 * 1024 * 1024)); // sparse
            path = file.fileName();
        } else if (input == u"members") {
            QByteArray members;
            for (int i = 0; i < 101; ++i)
                members += (i ? ", " : "") + QByteArray("{\"id\": \"m") + QByteArray::number(i) +
                    "\", \"relation\": \"child\"}";
            path = write(u"many.json"_qs, "{\"today\": \"2026-03-01\", \"members\": [" + members + "]}");
        }
        QElapsedTimer timer;
        timer.start();
        const Run result = run({ u"evaluate"_qs, u"--pack"_qs, packPath, path });
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(timer.elapsed() < 5000);
    }

    void validateReportsAnInvalidPack()
    {
        QCOMPARE(run({ u"validate"_qs, packPath }).code, 0);
        const Run invalid = run({ u"validate"_qs, write(u"invalid.json"_qs, "{\"format\": 3}") });
        QCOMPARE(invalid.code, 1);
        QVERIFY(invalid.err.contains(u"format: unsupported format 3"_qs));
    }

    void keysListsTheTranslationKeys()
    {
        const Run result = run({ u"keys"_qs, packPath });
        QCOMPARE(result.code, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.contains(u"rule.spouse.nareis"_qs));
        QVERIFY(lines.contains(u"why.member.mentionedInAsylum"_qs));
        QVERIFY(lines.contains(u"letter.missingItems.warning"_qs));
        QVERIFY(lines.contains(u"glossary.herstelVerzuim"_qs));
        QCOMPARE(run({ u"keys"_qs }).code, 2);
    }

    void testPrintsFailuresAndASummary()
    {
        const QByteArray table = "[{\"name\": \"right\", \"case\": " + validCase() +
            ", \"expect\": {\"m1\": \"nareis\"}},"
            " {\"name\": \"wrong\", \"case\": " +
            validCase() + ", \"expect\": {\"m1\": \"regular\"}}]";
        const Run result = run({ u"test"_qs, u"--pack"_qs, packPath, write(u"table.json"_qs, table) });
        QCOMPARE(result.code, 1);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], u"FAIL wrong: m1: expected regular, got nareis"_qs);
        QCOMPARE(lines[1], u"1 passed, 1 failed"_qs);
        const Run malformed =
            run({ u"test"_qs, u"--pack"_qs, packPath, write(u"t2.json"_qs, "[{\"case\": {}}]") });
        QCOMPARE(malformed.code, 2);
        QVERIFY2(malformed.err.contains(u"[0].name: missing"_qs), qPrintable(malformed.err));
    }

    void coverageCountsOnlyCheckedMembers()
    {
        const QByteArray table = "[{\"name\": \"checked\", \"case\": " + validCase() +
            ", \"expect\": {\"m1\": \"nareis\"}},"
            " {\"name\": \"unchecked\", \"case\": " +
            validCase({}, ", \"bondBeforeEntry\": false") + ", \"expect\": {}}]";
        const Run result = run({ u"coverage"_qs, u"--pack"_qs, packPath, write(u"cover.json"_qs, table) });
        QCOMPARE(result.code, 1);
        QVERIFY(result.out.contains(u"rule spouse.afterEntry is not decided by any case\n"_qs));
        QVERIFY(!result.out.contains(u"rule spouse.nareis "_qs));
        QVERIFY2(result.out.endsWith(u"\n1 of 59 rules decided by a case\n"_qs), qPrintable(result.out));
    }

    void theBuiltToolBehavesTheSame()
    {
        QProcess process;
        process.start(QStringLiteral(SAMEN_RULES_EXECUTABLE),
                      { u"evaluate"_qs, u"--pack"_qs, packPath,
                        write(u"cli.json"_qs, validCase({}, ", \"relation\": \"cousin\"")) });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("members[0].relation"));
        process.start(QStringLiteral(SAMEN_RULES_EXECUTABLE), { u"--version"_qs });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("samen-rules "));
    }
};

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rulescli.moc"
