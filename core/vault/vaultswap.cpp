#include "vault/vault.h"

#include "vault/crashpoint.h"
#include "vault/database.h"
#include "vault/durablefile.h"
#include "vault/logging.h"
#include "vault/schemacopy.h"
#include "vault/vaultfiles.h"

#include <QFile>

#include <utility>

// The Vault's two database swaps: restoring a backup and renewing the data key. Both build the
// new database beside the old one, keep the old one as samen.db.previous until the new one has
// opened, and put it back when it does not.

namespace samen::vault {

using namespace files;

bool Vault::renewKeys(const Opened &opened, const SecureBytes &newSecret, SecretKind newKind)
{
    const QString restored = path(databaseFileName + restoredSuffix);
    const QString pendingKeyFile = path(keyFileName + pendingSuffix);
    SecureBytes newKey = SecureBytes::random(32);
    const bool checkpointed = !m_db || m_db->exec("PRAGMA wal_checkpoint(TRUNCATE);");
    const QByteArray keyFile =
        KeyFile::seal(newKey, newSecret, newKind, strongerKdf(opened), *m_options.keystore);
    if (!checkpointed || newKey.isNull() || keyFile.isEmpty() ||
        !schemacopy::rebuild(path(databaseFileName), opened.dataKey, restored, newKey) ||
        !writeFileDurably(pendingKeyFile, keyFile)) {
        for (const QString &suffix : { QString(), walSuffix, shmSuffix })
            (void)removeIfExists(restored + suffix);
        (void)removeIfExists(pendingKeyFile);
        return false;
    }
    crashPoint(CrashPoint::RestoreBuilt);
    return swapInRestoredDatabase(std::move(newKey), pendingKeyFile) == BackupResult::Ok;
}

bool Vault::commitKeyFile(const QString &pendingKeyFile) const
{
    if (!renameFile(pendingKeyFile, path(keyFileName)))
        return false;
    if (!syncFolder(m_options.folder)) // renamed all the same: the new key file is the one now
        qCWarning(lcVault, "folder not flushed after the key file changed");
    crashPoint(CrashPoint::KeyFileRenewed);
    return true;
}

BackupResult Vault::importBackup(const QString &file, QByteArray &passphraseBytes)
{
    const SecureBytes passphrase = takeSecret(passphraseBytes);
    if (m_dataKey.isNull())
        return BackupResult::NotUnlocked;
    const QString restored = path(databaseFileName + restoredSuffix);
    const BackupResult result =
        backup::restore(file, passphrase, m_options.folder, restored, m_dataKey,
                        [this](const KdfParams &asked) { return affordableHere(asked); });
    if (result != BackupResult::Ok)
        return result;
    crashPoint(CrashPoint::RestoreBuilt);
    return swapInRestoredDatabase();
}

BackupResult Vault::swapInRestoredDatabase(SecureBytes newKey, const QString &pendingKeyFile)
{
    const QString target = path(databaseFileName);
    const QString restored = target + restoredSuffix;
    const bool wasOpen = m_db != nullptr;
    const bool checkpointed = !m_db || m_db->exec("PRAGMA wal_checkpoint(TRUNCATE);");
    m_db.reset();
    if (!checkpointed || !syncFile(restored) || !keepPreviousDatabase()) {
        (void)removeIfExists(restored);
        (void)removeIfExists(pendingKeyFile);
        forgetPreviousDatabase();
        return reopenAfterFailedSwap(wasOpen);
    }
    crashPoint(CrashPoint::RestorePreviousKept);
    if (!removeIfExists(target + walSuffix) || !removeIfExists(target + shmSuffix) ||
        !renameFile(restored, target) || !syncFolder(m_options.folder)) {
        (void)removeIfExists(restored);
        (void)removeIfExists(pendingKeyFile);
        (void)putPreviousDatabaseBack();
        return reopenAfterFailedSwap(wasOpen);
    }
    crashPoint(CrashPoint::RestoreSwapped);
    SecureBytes oldKey;
    if (!newKey.isNull()) {
        oldKey = std::move(m_dataKey);
        m_dataKey = std::move(newKey);
    }
    const bool opened = openDatabaseFile() == UnlockResult::Ok;
    if (opened)
        crashPoint(CrashPoint::RestoreOpened);
    if (!opened || (!pendingKeyFile.isEmpty() && !commitKeyFile(pendingKeyFile))) {
        qCWarning(lcVault, "new database did not open; previous one put back");
        m_db.reset();
        if (!pendingKeyFile.isEmpty()) {
            m_dataKey = std::move(oldKey);
            (void)removeIfExists(pendingKeyFile);
        }
        (void)putPreviousDatabaseBack();
        return reopenAfterFailedSwap(wasOpen);
    }
    forgetPreviousDatabase();
    if (!wasOpen && !pendingKeyFile.isEmpty()) // renewed while locked: stay locked
        lock();
    return BackupResult::Ok;
}

BackupResult Vault::reopenAfterFailedSwap(bool wasOpen)
{
    if (wasOpen)
        (void)openDatabaseFile();
    return BackupResult::IoError;
}

bool Vault::keepPreviousDatabase() const
{
    const QString target = path(databaseFileName);
    const QString previous = target + previousSuffix;
    if (!removeIfExists(previous + walSuffix) || !removeIfExists(previous))
        return false;
    for (const QString &suffix : { QString(), walSuffix }) {
        if (QFile::exists(target + suffix) && !linkFile(target + suffix, previous + suffix))
            return false;
    }
    return syncFolder(m_options.folder);
}

bool Vault::putPreviousDatabaseBack() const
{
    const QString target = path(databaseFileName);
    const QString previous = target + previousSuffix;
    if (!removeIfExists(target + walSuffix) || !removeIfExists(target + shmSuffix))
        return false;
    const bool mainBack = QFile::exists(previous) ? renameFile(previous, target) : removeIfExists(target);
    const bool walBack =
        !QFile::exists(previous + walSuffix) || renameFile(previous + walSuffix, target + walSuffix);
    return mainBack && walBack && syncFolder(m_options.folder);
}

void Vault::forgetPreviousDatabase() const
{
    const QString previous = path(databaseFileName + previousSuffix);
    if (!QFile::exists(previous) && !QFile::exists(previous + walSuffix))
        return;
    (void)removeIfExists(previous + walSuffix);
    (void)removeIfExists(previous);
    (void)syncFolder(m_options.folder);
}

} // namespace samen::vault
