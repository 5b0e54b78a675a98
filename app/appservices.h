#pragma once

#include "documents/attachmentimageprovider.h"
#include "documents/documentfiles.h"
#include "dossierevents.h"
#include "family/familycontroller.h"
#include "interview/interviewcontroller.h"
#include "interview/ruleschangenotice.h"
#include "journey/journeyguide.h"
#include "kit/kitcontroller.h"
#include "languagecontroller.h"
#include "letters/keptletters.h"
#include "letters/letterreader.h"
#include "lock/autolock.h"
#include "lock/vaultcontroller.h"
#include "photocheck/photocheck.h"
#include "platform/platform.h"
#include "speech/readaloud.h"
#include "summary/helpercontroller.h"
#include "textsize.h"
#include "timeline/homestatus.h"
#include "timeline/reminderservice.h"
#include "timeline/timelinecontroller.h"

#include <QString>

#include <memory>

class QQmlApplicationEngine;

/**
 * Every service the QML layer sees, built once in main(), published as QML singletons and
 * wired to the vault: each gets the database when the vault opens and lets go of it before it
 * closes, in the order they depend on each other (family rows before the timeline's deadlines).
 * The device's parts (key binding, notifier, clock …) come in a Platform: main() passes
 * samen::platform::systemPlatform(), tests an in-memory one.
 */
class AppServices
{
public:
    /**
     * Services over the vault in @p vaultFolder on @p platform; @p demoPin is shown in the demo
     * banner, else empty.
     */
    AppServices(const QString &vaultFolder, const QString &demoPin, samen::platform::Platform platform);
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    /** The language service. */
    [[nodiscard]] LanguageController &languages() { return m_languages; }
    /** The text size service. */
    [[nodiscard]] TextSize &textSize() { return m_textSize; }
    /** The encrypted store. */
    [[nodiscard]] VaultController &vault() { return m_vault; }
    /** The eligibility interview. */
    [[nodiscard]] InterviewController &interview() { return m_interview; }
    /** The notice that the rules changed since the verdicts were shown. */
    [[nodiscard]] RulesChangeNotice &rulesChange() { return m_rulesChange; }
    /** The family and their papers. */
    [[nodiscard]] FamilyController &family() { return m_family; }
    /** The helper summary. */
    [[nodiscard]] HelperController &helper() { return m_helper; }
    /** The kits for the family abroad. */
    [[nodiscard]] KitController &kits() { return m_kits; }
    /** The signals by which each piece of data's one writer announces its change. */
    [[nodiscard]] DossierEvents &events() { return m_events; }
    /** The procedure: stages, deadlines, reminders. */
    [[nodiscard]] TimelineController &timeline() { return m_timeline; }
    /** Home's "what now". */
    [[nodiscard]] HomeStatus &home() { return m_home; }
    /** The reminders the timeline plans. */
    [[nodiscard]] ReminderService &reminders() { return m_reminders; }
    /** The pages (attachments) of the papers. */
    [[nodiscard]] DocumentFiles &documentFiles() { return m_documentFiles; }
    /** The check of a document or letter photo before it is kept. */
    [[nodiscard]] PhotoCheck &photoCheck() { return m_photoCheck; }
    /** Help and contacts, the glossary and the costs. */
    [[nodiscard]] JourneyGuide &journey() { return m_journey; }
    /** The letter reader. */
    [[nodiscard]] LetterReader &letterReader() { return m_letterReader; }
    /** The letters the user chose to keep (photo and text). */
    [[nodiscard]] KeptLetters &keptLetters() { return m_keptLetters; }
    /** Reading aloud (the engine is made on first use). */
    [[nodiscard]] ReadAloud &readAloud() { return m_readAloud; }
    /** The lock after idle time or when the app goes to the background. */
    [[nodiscard]] AutoLock &autoLock() { return m_autoLock; }
    /** The device's parts the services were given. */
    [[nodiscard]] const samen::platform::Platform &platform() const { return m_platform; }
    /**
     * Gives @p engine the image providers, lets the language service retranslate it and fits
     * Qt's file choosers to the window it loads (ChooserFit).
     */
    void attach(QQmlApplicationEngine &engine);

private:
    void publish();
    void connectVault();
    void connectServices();
    void releaseDatabase();
    /** After an erase: the settings file is emptied and the language must be chosen again. */
    void forgetSettings();

    samen::platform::Platform m_platform; // first: destroyed after every service that uses it
    LanguageController m_languages;
    TextSize m_textSize;
    DossierEvents m_events;
    InterviewController m_interview;
    RulesChangeNotice m_rulesChange;
    FamilyController m_family;
    VaultController m_vault;
    AutoLock m_autoLock;
    HelperController m_helper;
    KitController m_kits;
    ReminderService m_reminders;
    TimelineController m_timeline;
    HomeStatus m_home;
    PhotoCheck m_photoCheck;
    DocumentFiles m_documentFiles;
    JourneyGuide m_journey;
    LetterReader m_letterReader;
    KeptLetters m_keptLetters;
    ReadAloud m_readAloud;
    QMetaObject::Connection m_opened;
    QMetaObject::Connection m_closing;
};
