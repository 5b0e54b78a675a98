#pragma once

#include "dossierevents.h"
#include "appsetup.h"
#include "attachmentimageprovider.h"
#include "documentfiles.h"
#include "familycontroller.h"
#include "helpercontroller.h"
#include "interviewcontroller.h"
#include "languagecontroller.h"
#include "reminders/clock.h"
#include "reminders/notifier.h"
#include "reminderservice.h"
#include "ruleschangenotice.h"
#include "staticplugins.h"
#include "textsize.h"
#include "timelinecontroller.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <memory>

/** The visible item named @p name under @p item (itself included), or nullptr. */
inline QQuickItem *findVisible(QQuickItem *item, const QString &name)
{
    if (!item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisible(child, name))
            return found;
    }
    return nullptr;
}

/**
 * The app as main() builds it, for UI tests: the services published to QML and Main.qml
 * loaded. Create it in initTestCase() (after QGuiApplication exists) and drop it in
 * cleanupTestCase(), which withdraws the services again.
 */
class UiTestSession
{
public:
    /** Builds the services and loads the main window; check window(). */
    UiTestSession()
    {
        AppSetup::configureApplication();
        AppSetup::chooseGraphicsBackend();
        m_languages = std::make_unique<LanguageController>(nullptr);
        LanguageController::publish(m_languages.get());
        m_languages->apply(QStringLiteral("en"));
        // The size the layout is designed at, whatever this machine's settings say, or the one
        // in SAMEN_TEST_TEXT_SIZE (ctest runs the UI tests at 200 % too).
        m_textSize = std::make_unique<TextSize>([] { return 1.0; }, nullptr);
        const int percent = qEnvironmentVariableIntValue("SAMEN_TEST_TEXT_SIZE");
        m_textSize->apply(percent != 0 ? percent : 100);
        TextSize::publish(m_textSize.get());
        m_interview = std::make_unique<InterviewController>(*m_languages, m_events, nullptr);
        InterviewController::publish(m_interview.get());
        m_rulesChange = std::make_unique<RulesChangeNotice>(*m_languages, m_events, nullptr);
        RulesChangeNotice::publish(m_rulesChange.get());
        m_family = std::make_unique<FamilyController>(*m_languages, *m_interview, m_events, nullptr);
        FamilyController::publish(m_family.get());
        m_helper = std::make_unique<HelperController>(QString(), m_events, nullptr);
        HelperController::publish(m_helper.get());
        m_reminders = std::make_unique<ReminderService>(m_notifier, m_clock);
        m_timeline = std::make_unique<TimelineController>(*m_languages, *m_reminders, m_events, nullptr);
        TimelineController::publish(m_timeline.get());
        m_documentFiles = std::make_unique<DocumentFiles>(*m_languages, m_events, nullptr);
        DocumentFiles::publish(m_documentFiles.get());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        AttachmentImageProvider::addTo(*m_engine, *m_documentFiles);
        m_languages->setEngine(m_engine.get());
        AppSetup::addImportPaths(*m_engine);
        m_engine->load(AppSetup::mainQml());
        const auto roots = m_engine->rootObjects();
        m_window = roots.size() == 1 ? qobject_cast<QQuickWindow *>(roots.constFirst()) : nullptr;
    }

    /** Unloads the window, then withdraws the services. */
    ~UiTestSession()
    {
        m_engine.reset();
        FamilyController::publish(nullptr);
        m_family.reset();
        HelperController::publish(nullptr);
        m_helper.reset();
        TimelineController::publish(nullptr);
        m_timeline.reset();
        DocumentFiles::publish(nullptr);
        m_documentFiles.reset();
        RulesChangeNotice::publish(nullptr);
        m_rulesChange.reset();
        InterviewController::publish(nullptr);
        m_interview.reset();
        TextSize::publish(nullptr);
        m_textSize.reset();
        LanguageController::publish(nullptr);
    }

    UiTestSession(const UiTestSession &) = delete;
    UiTestSession &operator=(const UiTestSession &) = delete;

    /** The main window, or nullptr when it did not load. */
    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    /** The language service. */
    [[nodiscard]] LanguageController &languages() const { return *m_languages; }
    /** The text size service (at 100 %, system scale 1, until a test applies another). */
    [[nodiscard]] TextSize &textSize() const { return *m_textSize; }
    /** The interview service. */
    [[nodiscard]] InterviewController &interview() const { return *m_interview; }
    /** The rules-change notice (no database until a test gives it one). */
    [[nodiscard]] RulesChangeNotice &rulesChange() const { return *m_rulesChange; }
    /** The family service. */
    [[nodiscard]] FamilyController &family() const { return *m_family; }
    /** The helper-summary service. */
    [[nodiscard]] HelperController &helper() const { return *m_helper; }
    /** The procedure service (no vault until a test sets one). */
    [[nodiscard]] TimelineController &timeline() const { return *m_timeline; }
    /** The documents service (no database until a test gives it one). */
    [[nodiscard]] DocumentFiles &documentFiles() const { return *m_documentFiles; }
    /** The engine that loaded the window. */
    [[nodiscard]] QQmlApplicationEngine &engine() const { return *m_engine; }

private:
    std::unique_ptr<LanguageController> m_languages;
    DossierEvents m_events;
    std::unique_ptr<TextSize> m_textSize;
    std::unique_ptr<InterviewController> m_interview;
    std::unique_ptr<RulesChangeNotice> m_rulesChange;
    std::unique_ptr<FamilyController> m_family;
    std::unique_ptr<HelperController> m_helper;
    samen::reminders::SystemClock m_clock;
    samen::reminders::InMemoryNotifier m_notifier;
    std::unique_ptr<ReminderService> m_reminders;
    std::unique_ptr<TimelineController> m_timeline;
    std::unique_ptr<DocumentFiles> m_documentFiles;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};
