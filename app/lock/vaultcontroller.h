#pragma once

#include "publishedsingleton.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace samen::vault {
class Database;
class DeviceSecretStore;
class KeystoreBinding;
class Vault;
} // namespace samen::vault

/**
 * The encrypted store for the screens: first-run setup, unlock with a countdown after failed
 * tries, change of PIN, backup, restore and erase. Every slow step (Argon2id, fsync, backup)
 * runs on one worker thread, one at a time, while busy is true; results come back as state,
 * a translated message and finished().
 *
 * What the user types arrives as a QML string; it is converted to bytes that the vault wipes
 * after use. The JavaScript copy of the string cannot be wiped: fields are cleared right after.
 */
class VaultController : public QObject, public PublishedSingleton<VaultController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** Where the store stands; decides which screen the app shows. */
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /** True while a slow step runs. */
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /** True when the store is opened with a passphrase rather than a PIN. */
    Q_PROPERTY(bool usesPassphrase READ usesPassphrase NOTIFY stateChanged)
    /** Seconds before the next unlock try is allowed; counts down. */
    Q_PROPERTY(int secondsToWait READ secondsToWait NOTIFY secondsToWaitChanged)
    /** The last problem, in the user's language; empty when the last step went well. */
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /** The step that last succeeded, or -1; reset by clearMessage() and when a step starts. */
    Q_PROPERTY(int lastDone READ lastDone NOTIFY finished)
    /** True after the right PIN found the data damaged: a backup can be restored now. */
    Q_PROPERTY(bool canRestoreNow READ canRestoreNow NOTIFY stateChanged)
    /** What protects a copy of the files on this device (a Protection value), known after unlocking. */
    Q_PROPERTY(int protection READ protection NOTIFY protectionChanged)
    /** True while prepare() makes the store's files (the --demo household); the state shown is Locked. */
    Q_PROPERTY(bool preparing READ isPreparing NOTIFY busyChanged)

public:
    /** Mirrors samen::vault::Vault::State. */
    enum State { NoVault, Locked, Unlocked, Corrupt };
    Q_ENUM(State)
    /** Mirrors samen::vault::SecretStrength. */
    enum Strength { TooShort, Weak, Fair, Strong };
    Q_ENUM(Strength)
    /** The step that finished() reports on. */
    enum Operation { SetUp, Unlock, ChangeSecret, ExportBackup, ImportBackup, Erase, CheckSecret, Prepare };
    Q_ENUM(Operation)
    /**
     * What protects a copy of Samen's files: the PIN only; the PIN and a counter of wrong tries
     * sealed by the computer's keyring; the PIN bound to a key in the phone's key store (in
     * software, or inside secure hardware), which a copy does not carry.
     */
    enum Protection { Unknown, PinOnly, PinAndSealedCounter, KeyStore, SecureHardware };
    Q_ENUM(Protection)

    /** How the controller opens the vault. */
    struct Options
    {
        /** Folder of the vault files. */
        QString folder;
        /** TESTS ONLY: use cheap key derivation instead of the calibrated one. */
        bool insecureFastKdfForTests = false;
        /** The platform's key binding (Android Keystore); nullptr means pass-through. Not owned. */
        samen::vault::KeystoreBinding *keystore = nullptr;
        /** Seals the attempt counter (Keystore, Secret Service); nullptr means unsealed. Not owned. */
        samen::vault::DeviceSecretStore *deviceStore = nullptr;
    };

    VaultController(Options options, QObject *parent);
    ~VaultController() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isPreparing() const { return m_preparing; }
    [[nodiscard]] bool usesPassphrase() const { return m_usesPassphrase; }
    [[nodiscard]] int secondsToWait() const { return m_secondsToWait; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool canRestoreNow() const { return m_canRestoreNow; }
    [[nodiscard]] int protection() const { return m_protection; }
    [[nodiscard]] int lastDone() const { return m_lastDone; }

    /** The open database while Unlocked, else nullptr. Valid until databaseClosing(). */
    [[nodiscard]] samen::vault::Database *database() const;

    /** True when @p typed can be used as a new PIN (passphrase false) or passphrase. */
    Q_INVOKABLE [[nodiscard]] bool isAcceptable(const QString &typed, bool passphrase) const;
    /** True when @p typed is strong enough to lock a backup (what exportBackup() asks). */
    Q_INVOKABLE [[nodiscard]] bool isAcceptableBackupPassword(const QString &typed) const;
    /** A strength hint for @p typed. */
    Q_INVOKABLE [[nodiscard]] Strength strength(const QString &typed, bool passphrase) const;
    /**
     * True when @p typed and @p again are the same secret as the vault reads them: a PIN in
     * Arabic-Indic, Persian or Western digits, a passphrase after normalisation. Empty is never
     * the same.
     */
    Q_INVOKABLE [[nodiscard]] bool sameSecret(const QString &typed, const QString &again,
                                              bool passphrase) const;

    /** First-run setup with a PIN or passphrase; leaves the store unlocked. */
    Q_INVOKABLE void setUp(const QString &typed, bool passphrase);
    /** Opens the store. */
    Q_INVOKABLE void unlock(const QString &typed);
    /**
     * Checks the PIN or passphrase without locking or changing anything (leaving the helper
     * view); counted like an unlock. finished(CheckSecret, ok) tells the result.
     */
    Q_INVOKABLE void checkSecret(const QString &typed);
    /** Closes the store at once (auto-lock, "lock now"). */
    Q_INVOKABLE void lock();
    /**
     * Runs @p work on the worker before anything else: it makes the store's files in the
     * folder (the --demo household, Argon2id calibration included), so that the first frame
     * does not wait for it. Meanwhile busy and preparing are true and the state is Locked (the
     * unlock page says what is happening); then the state is read from the files. finished()
     * reports Prepare with @p work's result.
     */
    void prepare(std::function<bool()> work);
    /**
     * Replaces the PIN or passphrase; only the key file is rewritten, unless @p renewDataKey:
     * then the stored information is re-encrypted under a new key too (Vault::changeSecret()),
     * with databaseClosing() before and databaseOpened() after.
     */
    Q_INVOKABLE void changeSecret(const QString &oldTyped, const QString &newTyped, bool newIsPassphrase,
                                  bool renewDataKey = false);
    /** Writes an encrypted backup to @p file (a local file URL). */
    Q_INVOKABLE void exportBackup(const QUrl &file, const QString &backupPassphrase);
    /** Replaces all data with the backup in @p file after checking all of it. */
    Q_INVOKABLE void importBackup(const QUrl &file, const QString &backupPassphrase);
    /** Crypto-erase of everything; back to first run. */
    Q_INVOKABLE void erase();
    /** Forgets the last message and the last success (a page calls it when it opens). */
    Q_INVOKABLE void clearMessage();

    /** A file name for a new backup, with today's date, e.g. "samen-backup-2026-11-23.samen". */
    Q_INVOKABLE [[nodiscard]] QString suggestedBackupName() const;

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void secondsToWaitChanged();
    void messageChanged();
    void protectionChanged();
    /** A step ended; @p ok is false when message() says why. */
    void finished(VaultController::Operation operation, bool ok);
    /** The database was opened; other services may read database() now. */
    void databaseOpened();
    /** The database is about to close: drop every pointer to it and all data read from it. */
    void databaseClosing();

private:
    struct StepResult
    {
        bool ok = false;
        QString message;
        qint64 secondsToWait = 0;
        bool canRestoreNow = false;
        /** The device's protection found by this step, or -1 when it did not look. */
        int protection = -1;
    };
    using Step = std::function<StepResult(samen::vault::Vault &)>;

    void run(Operation operation, Step step);
    void finishStep(Operation operation, const StepResult &result);
    void refreshState();
    void setMessage(const QString &message);
    void startCountdown(qint64 seconds);
    void tick();

    std::unique_ptr<samen::vault::Vault> m_vault;
    QThreadPool m_worker;
    QFutureWatcher<StepResult> m_watcher;
    QTimer m_countdown;
    State m_state = NoVault;
    bool m_busy = false;
    bool m_preparing = false;
    bool m_usesPassphrase = false;
    bool m_canRestoreNow = false;
    int m_protection = Unknown;
    bool m_lockWhenIdle = false;
    bool m_reopensDatabase = false;
    int m_lastDone = -1;
    int m_secondsToWait = 0;
    QString m_message;
};
