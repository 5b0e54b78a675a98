#include "appservices.h"

#include "chooserfit.h"
#include "photocheck/photocheckimageprovider.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>

namespace {

std::chrono::milliseconds idleTimeoutOf(const samen::platform::Platform &platform)
{
    return platform.idleTimeout.count() > 0 ? platform.idleTimeout : AutoLock::defaultIdleTimeout;
}

} // namespace

AppServices::AppServices(const QString &vaultFolder, const QString &demoPin,
                         samen::platform::Platform platform)
    : m_platform(std::move(platform))
    , m_languages(nullptr)
    , m_textSize(m_platform.fontScale, nullptr)
    , m_interview(m_languages, m_events, nullptr)
    , m_rulesChange(m_languages, m_events, nullptr)
    , m_family(m_languages, m_interview, m_events, nullptr)
    , m_vault({ vaultFolder, m_platform.insecureFastKdfForTests, m_platform.keystore.get(),
                m_platform.deviceStore.get() },
              nullptr)
    , m_autoLock(m_vault, idleTimeoutOf(m_platform))
    , m_helper(demoPin, m_events, nullptr)
    , m_kits(m_languages, m_events, nullptr)
    , m_reminders(*m_platform.notifier, *m_platform.clock)
    , m_timeline(m_languages, m_reminders, m_events, nullptr)
    , m_home(m_timeline, m_events, nullptr)
    , m_photoCheck(m_languages, nullptr)
    , m_documentFiles(m_languages, m_events, nullptr)
    , m_journey(m_languages, nullptr)
    , m_letterReader(m_languages, *m_platform.clock, nullptr)
    , m_keptLetters(m_letterReader, m_events, nullptr)
    , m_readAloud(m_languages, m_platform.makeSpeechEngine, m_platform.makeClipPlayer, nullptr)
{
    m_kits.setShareSheet(m_platform.shareSheet.get());
    publish();
    connectVault();
    connectServices();
}

AppServices::~AppServices()
{
    // The vault outlives the services declared after it: they let go of the database first.
    QObject::disconnect(m_opened);
    QObject::disconnect(m_closing);
    releaseDatabase();
    KeptLetters::publish(nullptr);
    LetterReader::publish(nullptr);
    ReadAloud::publish(nullptr);
    JourneyGuide::publish(nullptr);
    DocumentFiles::publish(nullptr);
    PhotoCheck::publish(nullptr);
    HomeStatus::publish(nullptr);
    TimelineController::publish(nullptr);
    KitController::publish(nullptr);
    HelperController::publish(nullptr);
    VaultController::publish(nullptr);
    FamilyController::publish(nullptr);
    RulesChangeNotice::publish(nullptr);
    InterviewController::publish(nullptr);
    TextSize::publish(nullptr);
    LanguageController::publish(nullptr);
}

void AppServices::attach(QQmlApplicationEngine &engine)
{
    AttachmentImageProvider::addTo(engine, m_documentFiles);
    engine.addImageProvider(QStringLiteral("photocheck"), new PhotoCheckImageProvider(m_photoCheck));
    engine.addImageProvider(QStringLiteral("keptletter"), new KeptLetterImageProvider(m_keptLetters));
    m_languages.setEngine(&engine);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &engine,
                     [this](QObject *object, const QUrl &) {
                         ChooserFit::install(qobject_cast<QQuickWindow *>(object), m_languages);
                     });
}

void AppServices::publish()
{
    LanguageController::publish(&m_languages);
    TextSize::publish(&m_textSize);
    InterviewController::publish(&m_interview);
    RulesChangeNotice::publish(&m_rulesChange);
    FamilyController::publish(&m_family);
    VaultController::publish(&m_vault);
    HelperController::publish(&m_helper);
    KitController::publish(&m_kits);
    TimelineController::publish(&m_timeline);
    HomeStatus::publish(&m_home);
    PhotoCheck::publish(&m_photoCheck);
    DocumentFiles::publish(&m_documentFiles);
    JourneyGuide::publish(&m_journey);
    LetterReader::publish(&m_letterReader);
    KeptLetters::publish(&m_keptLetters);
    ReadAloud::publish(&m_readAloud);
}

void AppServices::connectVault()
{
    m_opened = QObject::connect(&m_vault, &VaultController::databaseOpened, &m_vault, [this] {
        samen::vault::Database *db = m_vault.database();
        m_helper.setDatabase(db);
        m_kits.setDatabase(db);
        m_interview.setDatabase(db);
        m_rulesChange.setDatabase(db);
        m_family.setDatabase(db);
        m_timeline.setDatabase(db);
        m_home.setDatabase(db);
        m_documentFiles.setDatabase(db);
        m_keptLetters.setDatabase(db);
    });
    m_closing = QObject::connect(&m_vault, &VaultController::databaseClosing, &m_vault,
                                 [this] { releaseDatabase(); });
    QObject::connect(&m_vault, &VaultController::finished, &m_vault,
                     [this](VaultController::Operation operation, bool) {
                         // Also when a keyring could not forget its key: the data is gone.
                         if (operation == VaultController::Erase &&
                             m_vault.state() == VaultController::NoVault)
                             forgetSettings();
                     });
}

void AppServices::forgetSettings()
{
    // Even the language says something about the user: erase leaves no settings file behind.
    QSettings settings;
    settings.clear();
    settings.sync();
    m_languages.forgetChoice();
}

void AppServices::releaseDatabase()
{
    m_letterReader.release(); // a reading in memory goes with the lock
    if (m_platform.shareSheet) // no other app can read a kit sent before the lock
        m_platform.shareSheet->forget();
    m_photoCheck.cancel(); // a waiting photo does not outlive the lock
    m_keptLetters.setDatabase(nullptr);
    m_documentFiles.setDatabase(nullptr);
    m_home.setDatabase(nullptr);
    m_timeline.setDatabase(nullptr);
    m_family.setDatabase(nullptr);
    m_rulesChange.setDatabase(nullptr);
    m_interview.setDatabase(nullptr);
    m_helper.setDatabase(nullptr);
    m_kits.setDatabase(nullptr);
}

void AppServices::connectServices()
{
    // Everything else travels over m_events: the one writer of each kind of data says what it
    // changed and the services that show it read again.
    QObject::connect(&m_interview, &InterviewController::verdictsShown, &m_rulesChange,
                     &RulesChangeNotice::recordShown);
    // A letter photographed in the app is read once the photo check lets it through.
    QObject::connect(&m_photoCheck, &PhotoCheck::accepted, &m_letterReader,
                     [this](const QString &purpose, const QImage &image) {
                         if (purpose == PhotoCheck::letterPurpose)
                             m_letterReader.readImage(image);
                     });
    m_documentFiles.setPhotoCheck(&m_photoCheck);
    // Nothing is read aloud while the store is locked (also when the app went to the background).
    QObject::connect(&m_vault, &VaultController::stateChanged, &m_readAloud, [this] {
        if (m_vault.state() != VaultController::Unlocked)
            m_readAloud.stop();
    });
}
