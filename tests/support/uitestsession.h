#pragma once

#include "appservices.h"
#include "appsetup.h"
#include "signalwait.h"
#include "staticplugins.h"
#include "testplatform.h"
#include "uidriver.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <functional>
#include <memory>

/** The visible item named @p name under @p item (itself included), or nullptr. */
inline QQuickItem *findVisible(QQuickItem *item, const QString &name)
{
    return UiDriver::findItem(item,
                              [&](const QQuickItem *candidate) { return candidate->objectName() == name; });
}

/**
 * The app as main() builds it, for UI tests: the real AppServices (every service, the vault
 * controller, auto-lock and the wiring between them) on a testPlatform(), and Main.qml loaded.
 * Create it in initTestCase() (after QGuiApplication exists) and drop it in cleanupTestCase(),
 * which withdraws the services again. Data comes in the real way: createVault() sets up a vault
 * through the VaultController and every service gets its database from there.
 */
class UiTestSession
{
public:
    /** What to build the session on. */
    struct Options
    {
        /** The vault's folder; empty: a new temporary folder. */
        QString vaultFolder;
        /** The PIN shown in the demo banner, or empty. */
        QString demoPin;
        /** Where the test clock starts. */
        QDateTime now = QDateTime::currentDateTimeUtc();
        /** A phone's share sheet (a RecordingShareSheet, see shareSheet()); none, as on Linux, if false. */
        bool shareSheet = false;
    };

    /** Builds the services on a new vault folder and loads the main window; check window(). */
    UiTestSession()
        : UiTestSession(Options())
    { }

    /** Builds the services as @p options say and loads the main window; check window(). */
    explicit UiTestSession(const Options &options)
    {
        AppSetup::configureApplication();
        AppSetup::chooseGraphicsBackend();
        const QString folder =
            options.vaultFolder.isEmpty() ? m_dir.filePath(QStringLiteral("vault")) : options.vaultFolder;
        auto platform = samen::testsupport::testPlatform(options.now);
        if (options.shareSheet) {
            auto sheet = std::make_unique<samen::platform::RecordingShareSheet>();
            m_shareSheet = sheet.get();
            platform.shareSheet = std::move(sheet);
        }
        m_services = std::make_unique<AppServices>(folder, options.demoPin, std::move(platform));
        m_services->languages().apply(QStringLiteral("en"));
        // The size the layout is designed at, whatever this machine's settings say, or the one
        // in SAMEN_TEST_TEXT_SIZE (ctest runs the UI tests at 200 % too).
        const int percent = qEnvironmentVariableIntValue("SAMEN_TEST_TEXT_SIZE");
        m_services->textSize().apply(percent != 0 ? percent : 100);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_services->attach(*m_engine);
        AppSetup::addImportPaths(*m_engine);
        m_engine->load(AppSetup::mainQml());
        const auto roots = m_engine->rootObjects();
        m_window = roots.size() == 1 ? qobject_cast<QQuickWindow *>(roots.constFirst()) : nullptr;
    }

    /** Unloads the window, then the services (which withdraw themselves from QML). */
    ~UiTestSession()
    {
        m_engine.reset();
        m_services.reset();
    }

    /** The share sheet of Options::shareSheet, or nullptr. */
    [[nodiscard]] samen::platform::RecordingShareSheet *shareSheet() const { return m_shareSheet; }

    UiTestSession(const UiTestSession &) = delete;
    UiTestSession &operator=(const UiTestSession &) = delete;

    /**
     * Sets up a new vault with @p pin through the VaultController and waits until it is open;
     * then, with @p fill, writes @p fill's data into it and locks and unlocks it, so that every
     * service reads that data the way it does when the app starts. Whether all of it worked.
     */
    [[nodiscard]] bool createVault(const std::function<bool(samen::vault::Database &)> &fill = {},
                                   const QString &pin = QStringLiteral("135790"))
    {
        QSignalSpy finished(&vault(), &VaultController::finished);
        vault().setUp(pin, false);
        if (!waitForVault(finished) || !finished.constLast().at(1).toBool() || !database()) {
            qWarning("createVault: setting up the vault failed: %s", qPrintable(vault().message()));
            return false;
        }
        if (fill && !fill(*database())) {
            qWarning("createVault: filling the vault failed");
            return false;
        }
        return !fill || reopenVault(pin);
    }

    /** Locks the vault and unlocks it again with @p pin; whether it is open again. */
    [[nodiscard]] bool reopenVault(const QString &pin = QStringLiteral("135790"))
    {
        vault().lock();
        if (vault().state() != VaultController::Locked) {
            qWarning("reopenVault: the vault did not lock (state %d)", int(vault().state()));
            return false;
        }
        QSignalSpy finished(&vault(), &VaultController::finished);
        vault().unlock(pin);
        if (!waitForVault(finished) || vault().state() != VaultController::Unlocked) {
            qWarning("reopenVault: the vault did not open again: %s", qPrintable(vault().message()));
            return false;
        }
        return true;
    }

    /** Waits until the vault's running step has finished (@p finished spies on it); whether it did. */
    [[nodiscard]] bool waitForVault(QSignalSpy &finished) const
    {
        return samen::testsupport::waitForFinished(finished, [this] { return !vault().isBusy(); });
    }

    /** The main window, or nullptr when it did not load. */
    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    /** The composition root the window runs on. */
    [[nodiscard]] AppServices &services() const { return *m_services; }
    /** The language service. */
    [[nodiscard]] LanguageController &languages() const { return m_services->languages(); }
    /** The text size service (at 100 %, system scale 1, until a test applies another). */
    [[nodiscard]] TextSize &textSize() const { return m_services->textSize(); }
    /** The encrypted store (no vault until createVault()). */
    [[nodiscard]] VaultController &vault() const { return m_services->vault(); }
    /** The open database while the vault is unlocked, else nullptr. */
    [[nodiscard]] samen::vault::Database *database() const { return m_services->vault().database(); }
    /** The interview service. */
    [[nodiscard]] InterviewController &interview() const { return m_services->interview(); }
    /** The rules-change notice. */
    [[nodiscard]] RulesChangeNotice &rulesChange() const { return m_services->rulesChange(); }
    /** The family service. */
    [[nodiscard]] FamilyController &family() const { return m_services->family(); }
    /** The helper-summary service. */
    [[nodiscard]] HelperController &helper() const { return m_services->helper(); }
    /** The procedure service. */
    [[nodiscard]] TimelineController &timeline() const { return m_services->timeline(); }
    /** Home's "what now". */
    [[nodiscard]] HomeStatus &home() const { return m_services->home(); }
    /** The documents service. */
    [[nodiscard]] DocumentFiles &documentFiles() const { return m_services->documentFiles(); }
    [[nodiscard]] PhotoCheck &photoCheck() const { return m_services->photoCheck(); }
    /** The test clock the reminders and the procedure's countdowns read. */
    [[nodiscard]] samen::reminders::ManualClock &clock() const
    {
        return samen::testsupport::manualClock(m_services->platform());
    }
    /** Where the reminders go instead of the system's notifications. */
    [[nodiscard]] samen::reminders::InMemoryNotifier &notifier() const
    {
        return samen::testsupport::inMemoryNotifier(m_services->platform());
    }
    /** The engine that loaded the window. */
    [[nodiscard]] QQmlApplicationEngine &engine() const { return *m_engine; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    samen::platform::RecordingShareSheet *m_shareSheet = nullptr;
    QQuickWindow *m_window = nullptr;
};
