#include "tscheck.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList languages = { QStringLiteral("ar"), QStringLiteral("ti"), QStringLiteral("fa_AF"),
                                QStringLiteral("nl"), QStringLiteral("en") };

// Source strings that stay the same in every language: names and abbreviations.
const QSet<QString> sameInEveryLanguage = { QStringLiteral("Samen"), QStringLiteral("IND"),
                                            QStringLiteral("mvv"), QStringLiteral("PDF") };

QList<TsMessage> load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QList<TsMessage> messages;
    QString error;
    if (!parseTs(file.readAll(), messages, error))
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(SAMEN_SOURCE_DIR "/translations/samen_%1.ts").arg(language);
}

QByteArray ts(const char *messages)
{
    return QByteArray(
               "<?xml version=\"1.0\"?><TS version=\"2.1\" language=\"ar\"><context><name>Page</name>") +
        messages + "</context></TS>";
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyLanguageIsComplete()
    {
        QFETCH(QString, language);
        const auto messages = load(tsPath(language));
        QVERIFY(!messages.isEmpty());
        TsRules rules;
        rules.mustDiffer = language != QLatin1String("en") && language != QLatin1String("nl");
        rules.allowedIdentical = sameInEveryLanguage;
        rules.rightToLeft = language == QLatin1String("ar") || language == QLatin1String("fa_AF");
        if (language == QLatin1String("ar"))
            rules.zeroDigit = QChar(0x0660);
        else if (language == QLatin1String("fa_AF"))
            rules.zeroDigit = QChar(0x06F0);
        const QStringList problems = translationProblems(messages, rules);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(messageKeys(messages), messageKeys(load(tsPath(QStringLiteral("en")))));
    }

    void translationFilesFollowTheSources()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SAMEN_SOURCE_DIR));
        lupdate.start(QStringLiteral(SAMEN_LUPDATE),
                      { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                        QStringLiteral("app"), QStringLiteral("qml"), QStringLiteral("core"),
                        QStringLiteral("-ts"), fresh });
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QSet<QString> inSources = messageKeys(load(fresh));
        const QSet<QString> inFiles = messageKeys(load(tsPath(QStringLiteral("en"))));
        QVERIFY2(inSources - inFiles == QSet<QString>(),
                 qPrintable(QStringLiteral("run the update_translations target; missing: ") +
                            QStringList((inSources - inFiles).values()).join(QStringLiteral(", "))));
        QVERIFY2(inFiles - inSources == QSet<QString>(),
                 "translation files hold strings the sources no longer use");
    }

    void checkerFindsEachKindOfProblem_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unfinished") << ts("<message><source>Back</source><translation type=\"unfinished\">"
                                          "</translation></message>")
                                    << QStringLiteral("unfinished: Page: \"Back\"");
        QTest::newRow("empty") << ts("<message><source>Back</source><translation> </translation></message>")
                               << QStringLiteral("empty translation: Page: \"Back\"");
        QTest::newRow("dropped %1") << ts("<message><source>Version %1</source><translation>الإصدار"
                                          "</translation></message>")
                                    << QStringLiteral("drops %1: Page: \"Version %1\"");
        QTest::newRow("dropped %n") << ts("<message numerus=\"yes\"><source>%n days</source><translation>"
                                          "<numerusform>%n يوم</numerusform><numerusform>أيام</numerusform>"
                                          "</translation></message>")
                                    << QStringLiteral("drops %n: Page: \"%n days\"");
        QTest::newRow("english") << ts("<message><source>Continue</source><translation>Continue</translation>"
                                       "</message>")
                                 << QStringLiteral("still English: Page: \"Continue\"");
        QTest::newRow("rtl starting with a latin name")
            << ts("<message><source>Samen works offline.</source><translation>Samen بدون انترنت کار "
                  "می‌کند."
                  "</translation></message>")
            << QStringLiteral("starts left-to-right: Page: \"Samen works offline.\"");
        QTest::newRow("latin digits in arabic")
            << ts("<message><source>At least 8 characters</source><translation>8 أحرف على الأقل"
                  "</translation></message>")
            << QStringLiteral("Latin digits: Page: \"At least 8 characters\"");
    }
    void checkerFindsEachKindOfProblem()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, problem);
        QList<TsMessage> messages;
        QString error;
        QVERIFY(parseTs(xml, messages, error));
        const TsRules rules { true, sameInEveryLanguage, true, QChar(0x0660), {} };
        QCOMPARE(translationProblems(messages, rules), QStringList { problem });
    }

    void checkerAcceptsGoodAndAllowedEntries()
    {
        QList<TsMessage> messages;
        QString error;
        QVERIFY(
            parseTs(ts("<message><source>Version %1</source><translation>الإصدار %1</translation></message>"
                       "<message><source>IND</source><translation>IND</translation></message>"
                       "<message><source>About Samen</source><translation>عن Samen</translation></message>"
                       "<message><source>Apply</source><translation>\u200fSamen قدّم</translation></message>"
                       "<message><source>Old</source><translation type=\"vanished\">قديم</translation>"
                       "</message>"),
                    messages, error));
        QCOMPARE(messages.size(), 4);
        const TsRules rules { true, sameInEveryLanguage, true };
        QCOMPARE(translationProblems(messages, rules), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
