#pragma once

#include "vault/kdf.h"
#include "vault/securebytes.h"

#include <QString>

#include <functional>

namespace samen::vault {

class Database;

/** Outcome of exporting or importing an encrypted backup. */
enum class BackupResult {
    Ok,
    WrongPassphrase, ///< the backup passphrase does not open the file
    WeakPassphrase, ///< export: the backup passphrase is too short or easy to guess
                    ///< (isAcceptableBackupPassphrase())
    SameAsSecret, ///< export: the backup passphrase is the PIN or password that opens the vault
    NotABackup, ///< the file is not a Samen backup
    UnsupportedVersion, ///< made by a newer version of the app
    Damaged, ///< truncated or altered: nothing was restored
    TooCostly, ///< import: its Argon2id parameters would take this device too long (refused before any work)
    NotUnlocked, ///< the vault must be unlocked (or found corrupt after the right PIN) first
    IoError, ///< reading or writing failed (disk full, no permission)
};

/**
 * The backup file: a 64-byte header (magic "SAMENBAK", version, Argon2id parameters, salt,
 * secretstream header) followed by length-prefixed XChaCha20-Poly1305 secretstream chunks,
 * each authenticated with the header as associated data. The first chunk holds the key of the
 * inner SQLCipher copy and its schema version, the following chunks that copy's (encrypted)
 * bytes, the last one is tagged final: truncation, reordering and any altered byte are refused.
 */
namespace backup {

/**
 * Writes a backup of @p db to @p path under @p passphrase with @p params. @p workFolder holds
 * the short-lived encrypted copy (inside the vault folder, never the system temp folder).
 */
[[nodiscard]] BackupResult write(Database &db, const QString &workFolder, const QString &path,
                                 const SecureBytes &passphrase, const KdfParams &params);

/**
 * Checks the whole backup at @p path and rebuilds its data in the new file @p targetPath keyed
 * with @p dataKey: a fresh database at the latest schema into which only the known tables'
 * known columns of the backup are copied (schemacopy), after the backup's schema version was
 * found in 1 … schema::latestVersion and its copy passed integrity_check. The header's Argon2id
 * parameters are bounded (KdfParams::isAffordable()) before any derivation. Nothing else is
 * touched; on failure @p targetPath does not exist. When @p affordableHere is given and says no
 * to the header's parameters, TooCostly is returned before any derivation.
 */
[[nodiscard]] BackupResult restore(const QString &path, const SecureBytes &passphrase,
                                   const QString &workFolder, const QString &targetPath,
                                   const SecureBytes &dataKey,
                                   const std::function<bool(const KdfParams &)> &affordableHere = {});

} // namespace backup

} // namespace samen::vault
