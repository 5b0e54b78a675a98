#include "terms.h"
#include "tscheck.h"

#include <QDebug>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {

const QStringList languages = { QStringLiteral("ar"), QStringLiteral("ti"), QStringLiteral("fa_AF"),
                                QStringLiteral("nl"), QStringLiteral("en") };

// Source strings that stay the same in every language: names, abbreviations, and patterns of
// punctuation only (a person's place in the family and their name, "%1 (%2)").
const QSet<QString> sameInEveryLanguage = { QStringLiteral("Samen"), QStringLiteral("IND"),
                                            QStringLiteral("mvv"), QStringLiteral("PDF"),
                                            QStringLiteral("%1 (%2)") };

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

QString readSource(const QString &name)
{
    QFile file(QStringLiteral(SAMEN_SOURCE_DIR "/translations/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

QList<Term> loadTerms()
{
    QList<Term> terms;
    QString error;
    if (!parseTerms(readSource(QStringLiteral("terms.tsv")), terms, error))
        qFatal("terms.tsv: %s", qPrintable(error));
    return terms;
}

QList<TermException> loadTermExceptions()
{
    QList<TermException> exceptions;
    QString error;
    if (!parseTermExceptions(readSource(QStringLiteral("terms-exceptions.tsv")), exceptions, error))
        qFatal("terms-exceptions.tsv: %s", qPrintable(error));
    return exceptions;
}

TsMessage message(const QString &source, const QString &translation)
{
    return TsMessage { QStringLiteral("Page"), source, { translation }, false, false };
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

    void everyLanguageKeepsItsTerms_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyLanguageKeepsItsTerms()
    {
        QFETCH(QString, language);
        const QStringList problems =
            terminologyProblems(QStringLiteral("samen_%1.ts").arg(language), language, load(tsPath(language)),
                                loadTerms(), loadTermExceptions());
        for (const QString &problem : problems)
            qWarning().noquote() << problem; // the failure message below is cut after a few lines
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void termListsNameKnownLanguagesAndUsedExceptions()
    {
        const QList<Term> terms = loadTerms();
        QVERIFY(terms.size() > 20);
        QSet<QString> concepts;
        for (const Term &term : terms) {
            QVERIFY2(languages.contains(term.language), qPrintable(term.concept + u' ' + term.language));
            QVERIFY2(!term.use.isEmpty() || !term.never.isEmpty(), qPrintable(term.concept));
            QVERIFY2(!term.why.isEmpty(), qPrintable(term.concept + u' ' + term.language));
            concepts.insert(term.concept);
        }
        for (const TermException &exception : loadTermExceptions()) {
            const QString what = exception.language + u' ' + exception.concept + u' ' + exception.source;
            QVERIFY2(concepts.contains(exception.concept),
                     qPrintable(QStringLiteral("unknown concept: ") + what));
            QVERIFY2(!exception.reason.isEmpty(), qPrintable(QStringLiteral("no reason: ") + what));
            const auto messages = load(tsPath(exception.language));
            const bool used = std::any_of(messages.cbegin(), messages.cend(), [&](const TsMessage &m) {
                return exception.source.endsWith(u'*') ? m.source.startsWith(exception.source.chopped(1))
                                                       : m.source == exception.source;
            });
            QVERIFY2(used, qPrintable(QStringLiteral("exception for no message: ") + what));
        }
    }

    void variantsMatchWholeWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("found");
        QTest::newRow("ti settings") << QStringLiteral("ኣብ ቅጥዕታት ቀይር") << QStringLiteral("ቅጥዕታት") << true;
        QTest::newRow("ti settings in a phrase")
            << QStringLiteral("ቅጥዕታት።") << QStringLiteral("ቅጥዕታት") << true;
        QTest::newRow("ti form is another word")
            << QStringLiteral("ቅጥዒ DNA") << QStringLiteral("ቅጥዕታት") << false;
        QTest::newRow("ti your (m. sg.)") << QStringLiteral("ስድራኻ") << QStringLiteral("*ኻ") << true;
        QTest::newRow("ti your (m. sg.) and") << QStringLiteral("ወረቓቕትኻን") << QStringLiteral("*ኻን") << true;
        QTest::newRow("ti from is not you") << QStringLiteral("ካብ ኤርትራ") << QStringLiteral("*ካ") << false;
        QTest::newRow("ti polite your") << QStringLiteral("ስድራኹም") << QStringLiteral("*ኻ") << false;
        QTest::newRow("ti imperative") << QStringLiteral("ቋንቋ ምረጽ።") << QStringLiteral("ምረጽ") << true;
        QTest::newRow("ti polite imperative") << QStringLiteral("ቋንቋ ምረጹ።") << QStringLiteral("ምረጽ") << false;
        QTest::newRow("ti restore is not answer")
            << QStringLiteral("መልስታት") << QStringLiteral("መልስ") << false;
        QTest::newRow("fa_AF bare do") << QStringLiteral("باز کن") << QStringLiteral("کن") << true;
        QTest::newRow("fa_AF polite do") << QStringLiteral("باز کنید") << QStringLiteral("کن") << false;
        QTest::newRow("fa_AF with a joiner") << QStringLiteral("می\u200cکن") << QStringLiteral("کن") << false;
        QTest::newRow("fa_AF inside a word") << QStringLiteral("ممکن است") << QStringLiteral("کن") << false;
        QTest::newRow("fa_AF take") << QStringLiteral("همین تاریخ را بگیر") << QStringLiteral("بگیر") << true;
        QTest::newRow("ar choose") << QStringLiteral("اختر لغتك") << QStringLiteral("*اختر") << true;
        QTest::newRow("ar and choose") << QStringLiteral("واختر لغتك") << QStringLiteral("*اختر") << true;
        QTest::newRow("ar choosing") << QStringLiteral("اختيار اللغة") << QStringLiteral("*اختر") << false;
        QTest::newRow("ar choose (pl.)") << QStringLiteral("اختاروا") << QStringLiteral("*اختر") << false;
        QTest::newRow("en case") << QStringLiteral("Documents ready") << QStringLiteral("documents") << true;
        QTest::newRow("en inside a word")
            << QStringLiteral("documentation") << QStringLiteral("document") << false;
        QTest::newRow("en prefix") << QStringLiteral("%Ln document(s)") << QStringLiteral("document*")
                                   << true;
    }
    void variantsMatchWholeWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, variant);
        QFETCH(bool, found);
        QCOMPARE(containsVariant(text, variant), found);
    }

    void terminologyCheckerNamesFileSourceAndVariant()
    {
        const QList<Term> terms = {
            { QStringLiteral("settings"),
              QStringLiteral("en"),
              QStringLiteral("Settings"),
              {},
              QStringLiteral("x") },
            { QStringLiteral("settings"),
              QStringLiteral("ti"),
              QStringLiteral("ምድላዋት"),
              { QStringLiteral("ቅጥዕታት") },
              QStringLiteral("ቅጥዒ is a form") },
        };
        const QList<TsMessage> messages = { message(QStringLiteral("Settings"), QStringLiteral("ቅጥዕታት")),
                                            message(QStringLiteral("Open the Settings"),
                                                    QStringLiteral("ክፈቱ")),
                                            message(QStringLiteral("Settings page"), QStringLiteral("ምድላዋት")),
                                            message(QStringLiteral("A form"), QStringLiteral("ቅጥዒ")) };
        QCOMPARE(
            terminologyProblems(QStringLiteral("samen_ti.ts"), QStringLiteral("ti"), messages, terms, {}),
            QStringList(
                { QStringLiteral("samen_ti.ts: Page: \"Settings\": \"ቅጥዕታት\" is not used for settings "
                                 "(use \"ምድላዋት\": ቅጥዒ is a form)"),
                  QStringLiteral("samen_ti.ts: Page: \"Settings\": settings must be \"ምድላዋት\" "
                                 "(ቅጥዒ is a form)"),
                  QStringLiteral("samen_ti.ts: Page: \"Open the Settings\": settings must be "
                                 "\"ምድላዋት\" (ቅጥዒ is a form)") }));
        const QList<TermException> exceptions = { { QStringLiteral("ti"), QStringLiteral("settings"),
                                                    QStringLiteral("Open the*"), QStringLiteral("test") } };
        QCOMPARE(terminologyProblems(QStringLiteral("samen_ti.ts"), QStringLiteral("ti"), messages, terms,
                                     exceptions)
                     .size(),
                 2);
    }

    // Settings and the calendar export tell the user what a notification will say: they must quote the
    // notification's own translation, word for word.
    void textsQuoteTheRealNotification_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }
    void textsQuoteTheRealNotification()
    {
        QFETCH(QString, language);
        const auto messages = load(tsPath(language));
        const auto translation = [&](const QString &context, const QString &sourceStart) {
            for (const TsMessage &m : messages) {
                if (m.context == context && m.source.startsWith(sourceStart))
                    return m.translations.value(0);
            }
            qFatal("no message %s", qPrintable(sourceStart));
        };
        const QString reminder =
            translation(QStringLiteral("Reminders"), QStringLiteral("You have a date to check."));
        const QString title =
            translation(QStringLiteral("Reminders"), QStringLiteral("Samen: a date to check"));
        QVERIFY2(translation(QStringLiteral("SettingsPage"), QStringLiteral("Off: a reminder only says"))
                     .contains(reminder),
                 qPrintable(reminder));
        QVERIFY2(translation(QStringLiteral("DeadlinesPage"), QStringLiteral("Samen saves a calendar file"))
                     .contains(title),
                 qPrintable(title));
    }

    // The checklist (DocumentTexts) and the summary name each kind of paper the same way, so the user
    // can match her list to what the helper reads.
    void checklistAndSummaryNameThePapersAlike_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language :
             { QStringLiteral("ar"), QStringLiteral("fa_AF"), QStringLiteral("ti") })
            QTest::newRow(qPrintable(language)) << language;
    }
    void checklistAndSummaryNameThePapersAlike()
    {
        QFETCH(QString, language);
        const QList<QPair<QString, QString>> pairs = {
            { QStringLiteral("Passport or ID card"), QStringLiteral("Passport or ID card") },
            { QStringLiteral("Marriage certificate"), QStringLiteral("Marriage certificate") },
            { QStringLiteral("Birth certificate"), QStringLiteral("Birth certificate") },
            { QStringLiteral("Adoption papers"), QStringLiteral("Adoption papers") },
            { QStringLiteral("Proof of foster care"), QStringLiteral("Proof of foster care") },
            { QStringLiteral("Consent of the other parent"), QStringLiteral("Consent of the other parent") },
            { QStringLiteral("Police certificate"), QStringLiteral("Police record statement") },
            { QStringLiteral("Proof of marital status"), QStringLiteral("Marital status statement") },
        };
        QHash<QString, QString> checklist, summary;
        for (const TsMessage &m : load(tsPath(language))) {
            if (m.context == QLatin1String("DocumentTexts"))
                checklist.insert(m.source, m.translations.value(0));
            else if (m.context == QLatin1String("Summary"))
                summary.insert(m.source, m.translations.value(0));
        }
        for (const auto &pair : pairs)
            QVERIFY2(checklist.value(pair.first) == summary.value(pair.second),
                     qPrintable(pair.first + QStringLiteral(": ") + checklist.value(pair.first) +
                                QStringLiteral(" / ") + summary.value(pair.second)));
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
        TsRules rules;
        rules.mustDiffer = true;
        rules.allowedIdentical = sameInEveryLanguage;
        rules.rightToLeft = true;
        QCOMPARE(translationProblems(messages, rules), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
