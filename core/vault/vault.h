#pragma once

#include "vault/attemptcounter.h"
#include "vault/backup.h"
#include "vault/kdf.h"
#include "vault/keyfile.h"
#include "vault/keystorebinding.h"
#include "vault/securebytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace samen::vault {

class Database;

/**
 * The encrypted store as the UI sees it: set up, unlock, lock, change the PIN, back up,
 * restore and erase.
 *
 * Threading: every method except state() and secretKind() may block for up to a few seconds
 * (Argon2id, fsync, backup): call them off the UI thread. An instance is not thread-safe: use
 * it from one thread at a time (e.g. a single worker thread that owns it).
 *
 * Secrets are taken as non-const QByteArray references and wiped (zeroed and emptied) before
 * the method returns, whatever the outcome; pass a buffer that is not shared with other copies.
 * PINs are ASCII digits: the UI converts other digit scripts before calling.
 */
class Vault
{
public:
    /** Where the vault stands. */
    enum class State {
        NoVault, ///< first run (or after erase): offer setup or restore
        Locked, ///< a key file exists: ask for the PIN or passphrase
        Unlocked, ///< database() is open
        /**
         * Key file damaged or refused: the data cannot be opened; offer erase, then setup and
         * restore from a backup. Or database damaged after the right PIN: offer importBackup().
         */
        Corrupt,
    };

    /** Outcome of create(). */
    enum class CreateResult { Ok, WeakSecret, AlreadyExists, IoError };

    /** Outcome of unlock() and changeSecret(). */
    enum class UnlockResult {
        Ok,
        WrongSecret, ///< wrong PIN or passphrase; secondsToWait may now be > 0
        TooManyAttempts, ///< wait secondsToWait before the next try (nothing was checked)
        WeakSecret, ///< changeSecret(): the new secret is too weak (nothing changed)
        CorruptKeyFile, ///< the key file is missing, damaged or not ours: the data cannot be opened
        CorruptDatabase, ///< right PIN, but the database is damaged or missing; it was not touched
        IoError, ///< storage failure or out of memory
        /// the attempt counter is sealed by the device's key store, which does not answer now:
        /// nothing was checked or changed
        DeviceStoreUnavailable,
    };

    /** Result of unlock() and changeSecret(). */
    struct Outcome
    {
        /** What happened. */
        UnlockResult result = UnlockResult::IoError;
        /** Seconds before the next try is allowed (for TooManyAttempts and WrongSecret). */
        qint64 secondsToWait = 0;
    };

    /** How to build a vault. */
    struct Options
    {
        /** Private app folder that holds the vault files (created if needed). */
        QString folder;
        /** Platform key binding; nullptr means the pass-through binding. */
        KeystoreBinding *keystore = nullptr;
        /** Time source for the attempt delays; empty means systemClock() (since boot, not the date). */
        Clock clock;
        /**
         * TESTS ONLY: fixed Argon2id parameters instead of calibrating to the device with at
         * least KdfParams::shippedMinimum(). The app never sets this.
         */
        std::optional<KdfParams> insecureKdfForTests;
        /**
         * Seconds one Argon2id derivation should take. An unlock (or PIN change) whose derivation
         * took less than half of it re-seals the key file with more passes (recalibratedKdf()):
         * the cost follows a faster or less busy phone upwards, never down. Default 0.75 s, or
         * off when insecureKdfForTests is set.
         */
        std::optional<double> kdfTargetSeconds;
        /** Seals the attempt counter (see AttemptCounter); nullptr means an unsealed counter. */
        DeviceSecretStore *deviceStore = nullptr;
    };

    /**
     * A vault in @p options.folder; makes the folder owner-only (0700) and its files 0600 (also
     * those an older version left readable) and removes temporary files a crash may have left.
     */
    explicit Vault(Options options);
    /** Locks. */
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    /** The current state (cheap: reads at most the key-file header). */
    [[nodiscard]] State state() const;
    /** PIN or passphrase, from the key-file header; nullopt without a readable key file. */
    [[nodiscard]] std::optional<SecretKind> secretKind() const;
    /**
     * True when @p secret is acceptable: a PIN of at least 6 ASCII digits without an easy pattern
     * (pinPattern()), a passphrase of at least 8 characters.
     */
    [[nodiscard]] static bool isAcceptableSecret(const QByteArray &secret, SecretKind kind);

    /**
     * First-run setup: new data key, new empty database at the latest schema, key file sealed
     * with @p secret (Argon2id calibrated here once, about 0.75 s). Leaves the vault unlocked.
     */
    [[nodiscard]] CreateResult create(QByteArray &secret, SecretKind kind);
    /**
     * Checks @p secret (counted before the check) and opens the database. When the derivation
     * ran in less than half of Options::kdfTargetSeconds, the key file is re-sealed with more passes.
     */
    [[nodiscard]] Outcome unlock(QByteArray &secret);
    /**
     * Checks @p secret without changing anything else (helper view: leaving needs the PIN).
     * Counted like an unlock: wrong tries add to the delay, a right one resets it. The vault
     * stays as it is: locked or unlocked, with its database open or not.
     */
    [[nodiscard]] Outcome verifySecret(QByteArray &secret);
    /** Closes the database and forgets the key. */
    void lock();
    /** Seconds before the next unlock try is allowed (for a countdown). */
    [[nodiscard]] qint64 secondsToWait();
    /** Where the platform key that binds the PIN lives; may block (worker thread). */
    [[nodiscard]] KeystoreBinding::Protection keyProtection() { return m_options.keystore->protection(); }
    /** Whether the attempt counter is sealed by the device store now; may block (worker thread). */
    [[nodiscard]] bool attemptCounterSealed() { return m_attempts.isSealed(); }

    /**
     * Replaces the PIN or passphrase: checks @p oldSecret (counted like an unlock) and rewrites
     * only the key file, atomically. The database file is not touched.
     *
     * With @p renewDataKey the data key changes too, so that a copy of the old key file (and the
     * old PIN) no longer opens anything written from now on: the rows are copied into a new
     * database under a new key (schemacopy::rebuild()), the new key file is written as
     * "samen.key.next", the database swapped as in importBackup() and opened, and only then the
     * key file renamed into place. A crash at any step leaves exactly one of the two secrets
     * working, with all the data (the next unlock with the old one puts the previous database back).
     */
    [[nodiscard]] Outcome changeSecret(QByteArray &oldSecret, QByteArray &newSecret, SecretKind newKind,
                                       bool renewDataKey = false);

    /**
     * Writes an encrypted backup of the unlocked vault to @p path under @p passphrase, which must
     * pass isAcceptableBackupPassphrase() (else WeakPassphrase) and must not open the key file,
     * also read as a PIN when it holds only digits (else SameAsSecret).
     */
    [[nodiscard]] BackupResult exportBackup(const QString &path, QByteArray &passphrase);
    /**
     * Replaces all data with the backup at @p path, after checking all of it. Needs the vault
     * unlocked, or Corrupt after unlock() got the right PIN and reported CorruptDatabase.
     * The data keeps the current PIN.
     *
     * A transaction: the backup's rows are rebuilt into a new database beside the old one
     * (backup::restore()); while that can fail, the old files are not touched at all. Then the
     * old database is kept as "samen.db.previous" (a hard link), the new one renamed over it
     * with fsync, and opened; only then is the previous one removed. If the new one does not
     * open, the previous one is put back (also by the next unlock, after a crash). On failure
     * the old data is as it was.
     *
     * A backup made on a faster device carries that device's Argon2id cost: when deriving its key
     * would take this device more than restoreKdfSecondsCeiling (predictedKdfSeconds() from the
     * last derivation timed here, else the key file's parameters at the calibration target), it
     * is refused with TooCostly before any work.
     */
    [[nodiscard]] BackupResult importBackup(const QString &path, QByteArray &passphrase);

    /**
     * Crypto-erase: deletes the key file first (the data is unreadable from then on), then the
     * platform key (KeystoreBinding::forgetKey()), the database with its -wal and -shm and the
     * attempt counter. True when all are gone.
     */
    [[nodiscard]] bool erase();

    /** The open database while Unlocked, else nullptr. Owned by the vault; invalid after lock(). */
    [[nodiscard]] Database *database() const { return m_db.get(); }

    /** Names of the files a vault may hold at rest, relative to its folder. */
    [[nodiscard]] static QStringList fileNames();
    /** File names of the key file, database and attempt counter. */
    static const QString keyFileName;
    /** Database file name (with "-wal" and "-shm" beside it while unlocked). */
    static const QString databaseFileName;
    /** Attempt-counter file name. */
    static const QString attemptsFileName;

private:
    [[nodiscard]] QString path(const QString &name) const;
    /** What checkSecret() learnt from the key file. */
    struct Opened
    {
        SecureBytes dataKey;
        KdfParams params;
        SecretKind kind = SecretKind::Pin;
        double seconds = 0; ///< how long opening (Argon2id, unwrap) took
    };
    [[nodiscard]] Outcome checkSecret(const SecureBytes &secret, Opened *opened);
    [[nodiscard]] KdfParams strongerKdf(const Opened &opened) const;
    [[nodiscard]] bool opensKeyFile(const QByteArray &keyFile, const SecureBytes &secret) const;
    void strengthenKeyFile(const SecureBytes &secret, const Opened &opened);
    [[nodiscard]] UnlockResult openDatabase();
    [[nodiscard]] UnlockResult openDatabaseFile();
    [[nodiscard]] BackupResult swapInRestoredDatabase(SecureBytes newKey = {},
                                                      const QString &pendingKeyFile = {});
    [[nodiscard]] bool renewKeys(const Opened &opened, const SecureBytes &newSecret, SecretKind newKind);
    [[nodiscard]] bool commitKeyFile(const QString &pendingKeyFile) const;
    [[nodiscard]] BackupResult reopenAfterFailedSwap(bool wasOpen);
    [[nodiscard]] bool keepPreviousDatabase() const;
    [[nodiscard]] bool putPreviousDatabaseBack() const;
    void forgetPreviousDatabase() const;
    void makeFilesPrivate() const;
    void removeLeftovers() const;
    [[nodiscard]] bool removeDatabaseFiles() const;
    [[nodiscard]] bool affordableHere(const KdfParams &asked) const;

    Options m_options;
    PassThroughKeystoreBinding m_passThrough;
    AttemptCounter m_attempts;
    std::unique_ptr<Database> m_db;
    SecureBytes m_dataKey;
    bool m_databaseCorrupt = false;
    bool m_keyFileRefused = false;
    /** The last key-file derivation timed on this device: its parameters and seconds (0: none yet). */
    KdfParams m_timedKdf;
    double m_timedKdfSeconds = 0;
};

} // namespace samen::vault
