#include "appsetup.h"
#include "attachmentimageprovider.h"
#include "demovault.h"
#include "documentfiles.h"
#include "familycontroller.h"
#include "helpercontroller.h"
#include "interviewcontroller.h"
#include "languagecontroller.h"
#include "locale/languages.h"
#include "platformservices.h"
#include "reminders/clock.h"
#include "reminderservice.h"
#include "screenshots.h"
#include "selftest.h"
#include "staticplugins.h"
#include "timelinecontroller.h"
#include "vault/autolock.h"
#include "vault/vaultcontroller.h"

#include <QCommandLineParser>
#include <QDate>
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
    bool demo = false;
    QString demoHousehold;
    QString exportSummary;
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
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Start on an example household in a temporary vault (PIN shown on "
                       "screen); your real data is not touched."));
    const QCommandLineOption household(QStringLiteral("demo-household"),
                                       QStringLiteral("The example household for --demo: syria or eritrea."),
                                       QStringLiteral("name"), QStringLiteral("syria"));
    const QCommandLineOption exportSummary(
        QStringLiteral("export-summary"),
        QStringLiteral("With --demo: write the helper summary as a PDF and exit."),
        QStringLiteral("file.pdf"));
    parser.addOptions({ lang, selfTest, screenshots, demo, household, exportSummary });
    parser.process(app);
    return { parser.value(lang), parser.value(screenshots), parser.isSet(selfTest),
             parser.isSet(demo), parser.value(household),   parser.value(exportSummary) };
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
    const auto demoHousehold = samen::demo::householdNamed(options.demoHousehold);
    if (!demoHousehold || (!options.exportSummary.isEmpty() && !options.demo)) {
        std::fprintf(stderr, "samen: --export-summary needs --demo; --demo-household is syria or eritrea.\n");
        return 2;
    }
    if (options.selfTest)
        SelfTest::startWatchingMessages();
    AppSetup::chooseGraphicsBackend();

    // --self-test and --screenshots never touch the user's data: they get an empty vault.
    std::optional<QTemporaryDir> scratch;
    if (options.selfTest || !options.screenshotDir.isEmpty() || options.demo)
        scratch.emplace();
    const QString dataFolder =
        scratch ? scratch->path() : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (options.demo && options.exportSummary.isEmpty()) {
        QString problem;
        if (!samen::demo::createDemoVault(dataFolder + QStringLiteral("/vault"), *demoHousehold,
                                          QDate::currentDate(), &problem)) {
            std::fprintf(stderr, "samen: --demo failed: %s\n", qPrintable(problem));
            return 1;
        }
    }

    LanguageController languages(&app);
    LanguageController::publish(&languages);
    InterviewController interview(languages, &app);
    InterviewController::publish(&interview);
    FamilyController family(languages, interview, &app);
    FamilyController::publish(&family);
    const auto keystore = samen::platform::makeKeystoreBinding();
    VaultController vault({ dataFolder + QStringLiteral("/vault"), false, keystore.get() }, &app);
    VaultController::publish(&vault);
    AutoLock autoLock(vault, AutoLock::defaultIdleTimeout);
    HelperController helper(options.demo ? samen::demo::pin.toString() : QString(), &app);
    HelperController::publish(&helper);
    QObject::connect(&vault, &VaultController::databaseOpened, &helper,
                     [&] { helper.setDatabase(vault.database()); });
    QObject::connect(&vault, &VaultController::databaseClosing, &helper,
                     [&] { helper.setDatabase(nullptr); });
    QObject::connect(&vault, &VaultController::databaseOpened, &interview,
                     [&] { interview.setDatabase(vault.database()); });
    QObject::connect(&vault, &VaultController::databaseClosing, &interview,
                     [&] { interview.setDatabase(nullptr); });
    QObject::connect(&vault, &VaultController::databaseOpened, &family,
                     [&] { family.setDatabase(vault.database()); });
    QObject::connect(&vault, &VaultController::databaseClosing, &family,
                     [&] { family.setDatabase(nullptr); });
    const samen::reminders::SystemClock clock;
    const auto notifier = samen::platform::makeNotifier(&app);
    ReminderService reminders(*notifier, clock);
    TimelineController timeline(languages, reminders, &app);
    TimelineController::publish(&timeline);
    QObject::connect(&vault, &VaultController::databaseOpened, &timeline,
                     [&] { timeline.setDatabase(vault.database()); });
    QObject::connect(&vault, &VaultController::databaseClosing, &timeline,
                     [&] { timeline.setDatabase(nullptr); });
    QObject::connect(&interview, &InterviewController::changed, &timeline, &TimelineController::refresh);
    DocumentFiles documentFiles(languages, &app);
    DocumentFiles::publish(&documentFiles);
    QObject::connect(&vault, &VaultController::databaseOpened, &documentFiles,
                     [&] { documentFiles.setDatabase(vault.database()); });
    QObject::connect(&vault, &VaultController::databaseClosing, &documentFiles,
                     [&] { documentFiles.setDatabase(nullptr); });
    QObject::connect(documentFiles.attachments(), &AttachmentModel::countChanged, &family,
                     &FamilyController::refresh);
    QObject::connect(documentFiles.attachments(), &AttachmentModel::countChanged, &timeline,
                     &TimelineController::refresh);
    QQmlApplicationEngine engine;
    AttachmentImageProvider::addTo(engine, documentFiles);
    languages.setEngine(&engine);
    languages.apply(options.language.isEmpty() ? LanguageController::initialLanguage() : options.language);
    if (!options.exportSummary.isEmpty())
        return samen::demo::exportDemoSummary(*demoHousehold, options.exportSummary);

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
