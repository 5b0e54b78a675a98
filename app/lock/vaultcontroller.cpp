#include "lock/vaultcontroller.h"

#include "fileplaces.h"
#include "vault/pinpolicy.h"
#include "vault/secretinput.h"
#include "vault/vault.h"

#include <QDate>
#include <QtConcurrent>

using samen::vault::BackupResult;
using samen::vault::SecretKind;
using samen::vault::Vault;

namespace {

SecretKind kindOf(bool passphrase)
{
    return passphrase ? SecretKind::Passphrase : SecretKind::Pin;
}

VaultController::State stateOf(Vault::State state)
{
    switch (state) {
    case Vault::State::NoVault:
        return VaultController::NoVault;
    case Vault::State::Locked:
        return VaultController::Locked;
    case Vault::State::Unlocked:
        return VaultController::Unlocked;
    case Vault::State::Corrupt:
        return VaultController::Corrupt;
    }
    return VaultController::Corrupt;
}

QString ioProblem()
{
    return VaultController::tr("Samen could not read or write its files. Check that the phone has free "
                               "space, then try again.");
}

QString tooShort(SecretKind kind)
{
    return kind == SecretKind::Pin
        ? VaultController::tr("This PIN is too short. Use at least 6 numbers.")
        : VaultController::tr("This password is too short. Use at least 8 characters.");
}

/** Why @p secret was refused as a new PIN or password: too short, or (a PIN) an easy pattern. */
QString refusal(const QByteArray &secret, SecretKind kind)
{
    if (kind == SecretKind::Pin && samen::vault::pinPattern(secret) != samen::vault::PinPattern::None &&
        secret.size() >= 6)
        return VaultController::tr("This PIN is easy to guess: it repeats, counts up or down, is very common "
                                   "or looks like a year. Choose 6 numbers without a pattern.");
    return tooShort(kind);
}

QString unlockProblem(Vault::UnlockResult result, bool passphrase)
{
    switch (result) {
    case Vault::UnlockResult::Ok:
        return {};
    case Vault::UnlockResult::WrongSecret:
        return passphrase ? VaultController::tr("This password is not right. Try again.")
                          : VaultController::tr("This PIN is not right. Try again.");
    case Vault::UnlockResult::TooManyAttempts:
        return VaultController::tr("Too many wrong tries. Wait, then try again.");
    case Vault::UnlockResult::WeakSecret:
        return tooShort(passphrase ? SecretKind::Passphrase : SecretKind::Pin);
    case Vault::UnlockResult::CorruptKeyFile:
        return VaultController::tr("Samen cannot open your information: its key is damaged. You can erase "
                                   "everything and start again, then restore a backup.");
    case Vault::UnlockResult::CorruptDatabase:
        return VaultController::tr("Your PIN is right, but the stored information is damaged. Restore a "
                                   "backup to get it back.");
    case Vault::UnlockResult::IoError:
        return ioProblem();
    case Vault::UnlockResult::DeviceStoreUnavailable:
        return VaultController::tr(
            "Samen cannot reach this device's key store, which keeps count of wrong tries. "
            "Nothing was checked or changed. Restart the device (on a computer: unlock "
            "its keyring), then try again.");
    }
    return ioProblem();
}

/** What protects a copy of the files (worker thread: asks the Keystore or the keyring). */
int protectionOf(Vault &vault)
{
    switch (vault.keyProtection()) {
    case samen::vault::KeystoreBinding::Protection::SecureHardware:
        return VaultController::SecureHardware;
    case samen::vault::KeystoreBinding::Protection::KeyStore:
        return VaultController::KeyStore;
    case samen::vault::KeystoreBinding::Protection::None:
        break;
    }
    return vault.attemptCounterSealed() ? VaultController::PinAndSealedCounter : VaultController::PinOnly;
}

QString backupProblem(BackupResult result)
{
    switch (result) {
    case BackupResult::Ok:
        return {};
    case BackupResult::WrongPassphrase:
        return VaultController::tr("This backup password is not right. Nothing was changed.");
    case BackupResult::WeakPassphrase:
        return VaultController::tr("This backup password is too short or too easy to guess. Use a few words "
                                   "that only you would put together.");
    case BackupResult::SameAsSecret:
        return VaultController::tr("Choose a backup password that is different from the PIN or password "
                                   "that opens Samen.");
    case BackupResult::NotABackup:
        return VaultController::tr("This file is not a Samen backup. Nothing was changed.");
    case BackupResult::UnsupportedVersion:
        return VaultController::tr("This backup was made by a newer version of Samen. Update the app first.");
    case BackupResult::Damaged:
        return VaultController::tr("This backup file is damaged or incomplete. Nothing was changed.");
    case BackupResult::TooCostly:
        return VaultController::tr("This phone is too slow to open this backup. Nothing was changed.");
    case BackupResult::NotUnlocked:
        return VaultController::tr("Open Samen with your PIN first.");
    case BackupResult::IoError:
        return VaultController::tr("The file could not be read or written. Nothing was changed.");
    }
    return ioProblem();
}

} // namespace

VaultController::VaultController(Options options, QObject *parent)
    : QObject(parent)
{
    Vault::Options vaultOptions;
    vaultOptions.folder = options.folder;
    vaultOptions.keystore = options.keystore;
    vaultOptions.deviceStore = options.deviceStore;
    if (options.insecureFastKdfForTests)
        vaultOptions.insecureKdfForTests = samen::vault::KdfParams { 1, 64 * 1024 };
    m_vault = std::make_unique<Vault>(std::move(vaultOptions));
    m_worker.setMaxThreadCount(1);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &VaultController::tick);
    refreshState();
}

VaultController::~VaultController()
{
    m_watcher.waitForFinished();
    m_worker.waitForDone();
    if (m_state == Unlocked)
        Q_EMIT databaseClosing();
}

samen::vault::Database *VaultController::database() const
{
    return m_state == Unlocked && !m_busy ? m_vault->database() : nullptr;
}

bool VaultController::isAcceptable(const QString &typed, bool passphrase) const
{
    return Vault::isAcceptableSecret(samen::vault::secretBytes(typed, kindOf(passphrase)),
                                     kindOf(passphrase));
}

bool VaultController::isAcceptableBackupPassword(const QString &typed) const
{
    return samen::vault::isAcceptableBackupPassphrase(
        samen::vault::secretBytes(typed, SecretKind::Passphrase));
}

VaultController::Strength VaultController::strength(const QString &typed, bool passphrase) const
{
    return Strength(samen::vault::secretStrength(typed, kindOf(passphrase)));
}

bool VaultController::sameSecret(const QString &typed, const QString &again, bool passphrase) const
{
    const QByteArray first = samen::vault::secretBytes(typed, kindOf(passphrase));
    return !first.isEmpty() && first == samen::vault::secretBytes(again, kindOf(passphrase));
}

void VaultController::setUp(const QString &typed, bool passphrase)
{
    const SecretKind kind = kindOf(passphrase);
    run(SetUp, [secret = samen::vault::secretBytes(typed, kind), kind](Vault &vault) mutable {
        const QString refused = refusal(secret, kind);
        switch (vault.create(secret, kind)) {
        case Vault::CreateResult::Ok:
            return StepResult { true, {}, 0, false, protectionOf(vault) };
        case Vault::CreateResult::WeakSecret:
            return StepResult { false, refused, 0, false };
        case Vault::CreateResult::AlreadyExists:
            return StepResult { false, tr("Samen is already set up on this phone."), 0, false };
        case Vault::CreateResult::IoError:
            break;
        }
        return StepResult { false, ioProblem(), 0, false };
    });
}

void VaultController::unlock(const QString &typed)
{
    const SecretKind kind = kindOf(m_usesPassphrase);
    run(Unlock, [secret = samen::vault::secretBytes(typed, kind), kind](Vault &vault) mutable {
        const Vault::Outcome outcome = vault.unlock(secret);
        const bool ok = outcome.result == Vault::UnlockResult::Ok;
        return StepResult { ok, unlockProblem(outcome.result, kind == SecretKind::Passphrase),
                            outcome.secondsToWait, outcome.result == Vault::UnlockResult::CorruptDatabase,
                            ok ? protectionOf(vault) : -1 };
    });
}

void VaultController::checkSecret(const QString &typed)
{
    const SecretKind kind = kindOf(m_usesPassphrase);
    run(CheckSecret, [secret = samen::vault::secretBytes(typed, kind), kind](Vault &vault) mutable {
        const Vault::Outcome outcome = vault.verifySecret(secret);
        return StepResult { outcome.result == Vault::UnlockResult::Ok,
                            unlockProblem(outcome.result, kind == SecretKind::Passphrase),
                            outcome.secondsToWait, false };
    });
}

void VaultController::lock()
{
    m_lockWhenIdle = m_busy;
    if (m_busy || m_state != Unlocked)
        return;
    Q_EMIT databaseClosing();
    m_vault->lock();
    refreshState();
}

void VaultController::changeSecret(const QString &oldTyped, const QString &newTyped, bool newIsPassphrase,
                                   bool renewDataKey)
{
    const SecretKind oldKind = kindOf(m_usesPassphrase);
    const SecretKind newKind = kindOf(newIsPassphrase);
    if (m_busy)
        return;
    m_reopensDatabase = renewDataKey && m_state == Unlocked;
    if (m_reopensDatabase)
        Q_EMIT databaseClosing();
    run(ChangeSecret,
        [oldSecret = samen::vault::secretBytes(oldTyped, oldKind),
         newSecret = samen::vault::secretBytes(newTyped, newKind), oldKind, newKind,
         renewDataKey](Vault &vault) mutable {
            const QString refused = refusal(newSecret, newKind);
            const Vault::Outcome outcome = vault.changeSecret(oldSecret, newSecret, newKind, renewDataKey);
            const bool wrongNew = outcome.result == Vault::UnlockResult::WeakSecret;
            const QString problem =
                wrongNew ? refused : unlockProblem(outcome.result, oldKind == SecretKind::Passphrase);
            return StepResult { outcome.result == Vault::UnlockResult::Ok, problem, outcome.secondsToWait,
                                false };
        });
}

void VaultController::exportBackup(const QUrl &file, const QString &backupPassphrase)
{
    run(ExportBackup,
        [path = FilePlaces::pathOf(file),
         secret = samen::vault::secretBytes(backupPassphrase, SecretKind::Passphrase)](Vault &vault) mutable {
            const BackupResult result = vault.exportBackup(path, secret);
            return StepResult { result == BackupResult::Ok, backupProblem(result), 0, false };
        });
}

void VaultController::importBackup(const QUrl &file, const QString &backupPassphrase)
{
    if (m_state == Unlocked)
        Q_EMIT databaseClosing();
    run(ImportBackup,
        [path = FilePlaces::pathOf(file),
         secret = samen::vault::secretBytes(backupPassphrase, SecretKind::Passphrase)](Vault &vault) mutable {
            const BackupResult result = vault.importBackup(path, secret);
            return StepResult { result == BackupResult::Ok, backupProblem(result), 0, false };
        });
}

void VaultController::erase()
{
    if (m_state == Unlocked)
        Q_EMIT databaseClosing();
    run(Erase, [](Vault &vault) {
        const bool erased = vault.erase();
        return StepResult { erased, erased ? QString() : tr("Not everything could be erased. Try again."), 0,
                            false };
    });
}

void VaultController::prepare(std::function<bool()> work)
{
    if (m_busy)
        return;
    m_preparing = true;
    m_state = Locked;
    Q_EMIT stateChanged();
    run(Prepare, [work = std::move(work)](Vault &) { return StepResult { work(), {}, 0, false }; });
}

void VaultController::clearMessage()
{
    setMessage({});
    if (m_lastDone != -1) {
        m_lastDone = -1;
        Q_EMIT finished(Operation(-1), false);
    }
}

QString VaultController::suggestedBackupName() const
{
    return QStringLiteral("samen-backup-%1.samen").arg(QDate::currentDate().toString(Qt::ISODate));
}

void VaultController::run(Operation operation, Step step)
{
    if (m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    clearMessage();
    disconnect(&m_watcher, nullptr, this, nullptr);
    connect(&m_watcher, &QFutureWatcher<StepResult>::finished, this,
            [this, operation] { finishStep(operation, m_watcher.result()); });
    m_watcher.setFuture(
        QtConcurrent::run(&m_worker, [this, step = std::move(step)]() mutable { return step(*m_vault); }));
}

void VaultController::finishStep(Operation operation, const StepResult &result)
{
    m_busy = false;
    m_preparing = false;
    m_lastDone = result.ok ? int(operation) : -1;
    m_canRestoreNow = result.canRestoreNow;
    if (result.protection >= 0 && result.protection != m_protection) {
        m_protection = result.protection;
        Q_EMIT protectionChanged();
    }
    refreshState();
    Q_EMIT stateChanged();
    setMessage(result.message);
    startCountdown(result.secondsToWait);
    Q_EMIT busyChanged();
    const bool reopened = operation == ChangeSecret && std::exchange(m_reopensDatabase, false);
    if (m_state == Unlocked &&
        (operation == SetUp || operation == Unlock || operation == ImportBackup || reopened))
        Q_EMIT databaseOpened();
    Q_EMIT finished(operation, result.ok);
    if (std::exchange(m_lockWhenIdle, false))
        lock();
}

void VaultController::refreshState()
{
    const State state = stateOf(m_vault->state());
    const bool passphrase = m_vault->secretKind() == SecretKind::Passphrase;
    if (state == m_state && passphrase == m_usesPassphrase)
        return;
    m_state = state;
    m_usesPassphrase = passphrase;
    if (m_state != Corrupt)
        m_canRestoreNow = false;
    Q_EMIT stateChanged();
}

void VaultController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void VaultController::startCountdown(qint64 seconds)
{
    m_secondsToWait = int(qMax<qint64>(0, seconds));
    Q_EMIT secondsToWaitChanged();
    if (m_secondsToWait > 0)
        m_countdown.start();
}

void VaultController::tick()
{
    m_secondsToWait = qMax(0, m_secondsToWait - 1);
    if (m_secondsToWait == 0)
        m_countdown.stop();
    Q_EMIT secondsToWaitChanged();
}
