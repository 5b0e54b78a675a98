#include "appsetup.h"
#include "attachmentimageprovider.h"
#include "documentfiles.h"
#include "interviewcontroller.h"
#include "languagecontroller.h"
#include "locale/languages.h"
#include "platformservices.h"
#include "screenshots.h"
#include "selftest.h"
#include "staticplugins.h"
#include "vault/autolock.h"
#include "vault/vaultcontroller.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace {

struct Options
{
    QString language;
    QString screenshotDir;
    bool selfTest = false;
};

Options parseCommandLine(const QGuiApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Samen: bring your family to the Netherlands, step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Start in this language: ar, ti, fa_AF, nl or en."),
                                  QStringLiteral("code"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load the whole UI, print first-frame-ms and exit; "
                                                     "fails on any QML warning or error."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Render every page in every language to PNG files."),
                                         QStringLiteral("dir"));
    parser.addOptions({ lang, selfTest, screenshots });
    parser.process(app);
    return { parser.value(lang), parser.value(screenshots), parser.isSet(selfTest) };
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    AppSetup::configureApplication();
    const Options options = parseCommandLine(app);
    if (!options.language.isEmpty() && !samen::locale::isSupported(options.language)) {
        std::fprintf(stderr, "samen: unknown language '%s'. Use one of: ar, ti, fa_AF, nl, en.\n",
                     qPrintable(options.language));
        return 2;
    }
    if (options.selfTest)
        SelfTest::startWatchingMessages();
    AppSetup::chooseGraphicsBackend();

    // --self-test and --screenshots never touch the user's data: they get an empty vault.
    std::optional<QTemporaryDir> scratch;
    if (options.selfTest || !options.screenshotDir.isEmpty())
        scratch.emplace();
    const QString dataFolder =
        scratch ? scratch->path() : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    LanguageController languages(&app);
    LanguageController::publish(&languages);
    InterviewController interview(languages, &app);
    InterviewController::publish(&interview);
    const auto keystore = samen::platform::makeKeystoreBinding();
    VaultController vault({ dataFolder + QStringLiteral("/vault"), false, keystore.get() }, &app);
    VaultController::publish(&vault);
    AutoLock autoLock(vault, AutoLock::defaultIdleTimeout);
    QObject::connect(&vault, &VaultController::databaseOpened, &interview,
                     [&] { interview.setDatabase(vault.database()); });
    QObject::connect(&vault, &VaultController::databaseClosing, &interview,
                     [&] { interview.setDatabase(nullptr); });
    DocumentFiles documentFiles(languages, &app);
    DocumentFiles::publish(&documentFiles);
    QObject::connect(&vault, &VaultController::databaseOpened, &documentFiles,
                     [&] { documentFiles.setDatabase(vault.database()); });
    QObject::connect(&vault, &VaultController::databaseClosing, &documentFiles,
                     [&] { documentFiles.setDatabase(nullptr); });
    QQmlApplicationEngine engine;
    AttachmentImageProvider::addTo(engine, documentFiles);
    languages.setEngine(&engine);
    languages.apply(options.language.isEmpty() ? LanguageController::initialLanguage() : options.language);

    AppSetup::addImportPaths(engine);
    engine.load(AppSetup::mainQml());
    if (engine.rootObjects().isEmpty())
        return 1;

    if (options.selfTest)
        return SelfTest::run(engine);
    if (!options.screenshotDir.isEmpty())
        return Screenshots::render(engine, languages, options.screenshotDir);
    return app.exec();
}
