#include "appservices.h"
#include "appsetup.h"
#include "demo/demovault.h"
#include "locale/languages.h"
#include "platform/platformservices.h"
#include "screenshots.h"
#include "selftest.h"
#include "staticplugins.h"
#include "vault/processguard.h"
#include "vault/zeroonfree.h"

#include <QCommandLineParser>
#include <QDate>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
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
    bool firstFrame = false;
    bool demo = false;
    QString demoHousehold;
    QString exportSummary;
    int textSize = 0;
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
    const QCommandLineOption firstFrame(
        QStringLiteral("first-frame"),
        QStringLiteral("Start as usual, print first-frame-ms after the first frame and exit (start-up "
                       "benchmark)."));
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
    const QCommandLineOption textSize(
        QStringLiteral("text-size"),
        QStringLiteral("Text size for this run in percent (100, 125, 150, 175 or 200) instead of the one "
                       "chosen in Settings. --screenshots and --self-test use 100 without it, whatever "
                       "the system's font size."),
        QStringLiteral("percent"));
    parser.addOptions({ lang, selfTest, firstFrame, screenshots, demo, household, exportSummary, textSize });
    parser.setApplicationDescription(
        parser.applicationDescription() +
        QStringLiteral("\nWith --demo, --screenshots shows the example household."));
    parser.process(app);
    return { parser.value(lang),          parser.value(screenshots),
             parser.isSet(selfTest),      parser.isSet(firstFrame),
             parser.isSet(demo),          parser.value(household),
             parser.value(exportSummary), parser.isSet(textSize) ? parser.value(textSize).toInt() : 0 };
}

/** Refuses impossible option combinations with a message; the exit code, or 0 to go on. */
int checkOptions(const Options &options)
{
    if (!options.language.isEmpty() && !samen::locale::isSupported(options.language)) {
        std::fprintf(stderr, "samen: unknown language '%s'. Use one of: ar, ti, fa_AF, nl, en.\n",
                     qPrintable(options.language));
        return 2;
    }
    if (options.textSize != 0 && !TextSize::choices().contains(options.textSize)) {
        std::fprintf(stderr, "samen: --text-size is 100, 125, 150, 175 or 200.\n");
        return 2;
    }
    if (!samen::demo::householdNamed(options.demoHousehold) ||
        (!options.exportSummary.isEmpty() && !options.demo)) {
        std::fprintf(stderr, "samen: --export-summary needs --demo; --demo-household is syria or eritrea.\n");
        return 2;
    }
    return 0;
}

/** Opens the demo vault with its PIN and waits, so that --screenshots and --self-test show its data. */
bool unlockDemoVault(VaultController &vault)
{
    QEventLoop loop;
    bool opened = false;
    QObject::connect(&vault, &VaultController::finished, &loop,
                     [&](VaultController::Operation operation, bool ok) {
                         if (operation != VaultController::Unlock)
                             return;
                         opened = ok;
                         loop.quit();
                     });
    vault.unlock(samen::demo::pin.toString());
    loop.exec();
    return opened;
}

// Freed memory is zeroed (vault/zeroonfree.h) from the window's first frame on: nothing of the
// user's is in memory before it, because the vault opens only with the PIN typed on a page that is
// on screen, while zeroing everything freed while starting cost the first frame 5.7 M instructions
// (issue 19: 238.2 M against 232.6 M, README). Without a window it is on at once.
void zeroFreedMemoryFromFirstFrame(const QQmlApplicationEngine &engine)
{
    const auto roots = engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!window) {
        samen::vault::setZeroOnFree(true);
        return;
    }
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [] { samen::vault::setZeroOnFree(true); },
        Qt::ConnectionType(Qt::DirectConnection | Qt::SingleShotConnection));
}

} // namespace

int main(int argc, char *argv[])
{
    (void)samen::vault::forbidCoreDumps(); // before any secret or name is in memory
    samen::vault::setZeroOnFree(false); // until the first frame: zeroFreedMemoryFromFirstFrame()
    QGuiApplication app(argc, argv);
    AppSetup::configureApplication();
    const Options options = parseCommandLine(app);
    if (const int refused = checkOptions(options))
        return refused;
    const auto demoHousehold = *samen::demo::householdNamed(options.demoHousehold);
    if (options.selfTest)
        SelfTest::startWatchingMessages();
    AppSetup::chooseGraphicsBackend();

    // --self-test, --screenshots and --demo never touch the user's data: they get their own vault.
    std::optional<QTemporaryDir> scratch;
    if (options.selfTest || !options.screenshotDir.isEmpty() || options.demo)
        scratch.emplace();
    const QString dataFolder =
        scratch ? scratch->path() : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString vaultFolder = dataFolder + QStringLiteral("/vault");
    const bool unattended = options.selfTest || !options.screenshotDir.isEmpty();
    const auto makeDemoVault = [vaultFolder, demoHousehold] {
        QString problem;
        const bool made = samen::demo::createDemoVault(vaultFolder, demoHousehold, QDate::currentDate(),
                                                       &problem) != nullptr;
        if (!made)
            std::fprintf(stderr, "samen: --demo failed: %s\n", qPrintable(problem));
        return made;
    };
    // Unattended runs need the demo data before their pictures; a person sees the first frame
    // at once and the unlock page says the example is being prepared (the vault's worker makes it).
    if (options.demo && (unattended || !options.exportSummary.isEmpty()))
        samen::vault::setZeroOnFree(true); // the example's data opens before any frame
    if (options.demo && options.exportSummary.isEmpty() && unattended && !makeDemoVault())
        return 1;

    AppServices services(vaultFolder, options.demo ? samen::demo::pin.toString() : QString(),
                         samen::platform::systemPlatform(vaultFolder));
    QQmlApplicationEngine engine;
    services.attach(engine);
    LanguageController &languages = services.languages();
    languages.apply(options.language.isEmpty() ? LanguageController::initialLanguage() : options.language);
    if (!options.exportSummary.isEmpty())
        return samen::demo::exportDemoSummary(demoHousehold, options.exportSummary);
    if (unattended) // the same pictures on every machine
        services.textSize().setSystemScale([] { return 1.0; });
    if (unattended || options.textSize != 0)
        services.textSize().apply(options.textSize != 0 ? options.textSize : 100);
    if (options.demo && unattended && !unlockDemoVault(services.vault())) {
        std::fprintf(stderr, "samen: the demo vault did not open\n");
        return 1;
    }

    if (options.demo && !unattended) {
        QObject::connect(&services.vault(), &VaultController::finished, &app,
                         [](VaultController::Operation operation, bool ok) {
                             if (operation == VaultController::Prepare && !ok)
                                 QCoreApplication::exit(1);
                         });
        services.vault().prepare(makeDemoVault);
    }

    AppSetup::addImportPaths(engine);
    engine.load(AppSetup::mainQml());
    if (engine.rootObjects().isEmpty())
        return 1;
    zeroFreedMemoryFromFirstFrame(engine);

    if (options.selfTest)
        return SelfTest::run(engine);
    if (options.firstFrame) {
        const int result = SelfTest::firstFrame(engine);
        std::printf("zero-on-free: %s\n", samen::vault::zeroOnFreeActive() ? "on" : "off");
        return result;
    }
    if (!options.screenshotDir.isEmpty())
        return Screenshots::render(engine, languages, options.screenshotDir);
    return app.exec();
}
