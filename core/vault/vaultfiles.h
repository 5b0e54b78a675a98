#pragma once

#include <QString>

/** Names of the files the vault keeps beside samen.db and samen.key (vault.cpp, vaultswap.cpp). */
namespace samen::vault::files {

/** A database rebuilt from a backup or under a new key, before it is swapped in. */
inline const QString restoredSuffix = QStringLiteral(".restored");
/** The database a swap replaced, kept until the new one has opened. */
inline const QString previousSuffix = QStringLiteral(".previous");
/** A key file waiting for its database (renewal of the data key). */
inline const QString pendingSuffix = QStringLiteral(".next");
/** SQLite's write-ahead log beside a database. */
inline const QString walSuffix = QStringLiteral("-wal");
/** SQLite's shared-memory index beside a database. */
inline const QString shmSuffix = QStringLiteral("-shm");

} // namespace samen::vault::files
