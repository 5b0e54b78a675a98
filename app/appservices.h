#pragma once

#include "attachmentimageprovider.h"
#include "documentfiles.h"
#include "dossierevents.h"
#include "familycontroller.h"
#include "helpercontroller.h"
#include "interviewcontroller.h"
#include "languagecontroller.h"
#include "lock/autolock.h"
#include "lock/vaultcontroller.h"
#include "reminders/clock.h"
#include "reminders/notifier.h"
#include "reminderservice.h"
#include "ruleschangenotice.h"
#include "textsize.h"
#include "timelinecontroller.h"
#include "vault/devicesecretstore.h"
#include "vault/keystorebinding.h"

#include <QString>

#include <memory>

class QQmlApplicationEngine;

/**
 * Every service the QML layer sees, built once in main(), published as QML singletons and
 * wired to the vault: each gets the database when the vault opens and lets go of it before it
 * closes, in the order they depend on each other (family rows before the timeline's deadlines).
 */
class AppServices
{
public:
    /** Services over the vault in @p vaultFolder; @p demoPin is shown in the demo banner, else empty. */
    AppServices(const QString &vaultFolder, const QString &demoPin);
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    /** The language service. */
    [[nodiscard]] LanguageController &languages() { return m_languages; }
    /** The text size service. */
    [[nodiscard]] TextSize &textSize() { return m_textSize; }
    /** The encrypted store. */
    [[nodiscard]] VaultController &vault() { return m_vault; }
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

    LanguageController m_languages;
    TextSize m_textSize;
    DossierEvents m_events;
    InterviewController m_interview;
    RulesChangeNotice m_rulesChange;
    FamilyController m_family;
    std::unique_ptr<samen::vault::KeystoreBinding> m_keystore;
    std::unique_ptr<samen::vault::DeviceSecretStore> m_deviceStore;
    VaultController m_vault;
    AutoLock m_autoLock;
    HelperController m_helper;
    samen::reminders::SystemClock m_clock;
    std::unique_ptr<samen::reminders::Notifier> m_notifier;
    ReminderService m_reminders;
    TimelineController m_timeline;
    DocumentFiles m_documentFiles;
    QMetaObject::Connection m_opened;
    QMetaObject::Connection m_closing;
};
