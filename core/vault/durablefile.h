#pragma once

#include <QByteArray>
#include <QString>

namespace samen::vault {

/**
 * Replaces @p path with @p contents so that after a crash at any moment the file holds either
 * the old or the new contents, never a mix: writes "<path>.tmp", fsyncs it, renames it over
 * @p path and fsyncs the folder. Returns false on any I/O error (the old file is kept).
 */
[[nodiscard]] bool writeFileDurably(const QString &path, const QByteArray &contents);

/** Flushes the directory entry changes (renames, deletions) of @p folder to disk. */
[[nodiscard]] bool syncFolder(const QString &folder);

/**
 * Creates the empty file @p path readable and writable by its owner only (0600) unless it
 * exists; true when it exists afterwards. SQLite gives -wal and -shm the mode of their database.
 */
[[nodiscard]] bool createPrivateFile(const QString &path);

/** Makes @p path owner-only: 0700 for a folder, 0600 for a file; false when that fails. */
[[nodiscard]] bool makePrivate(const QString &path, bool folder);

/** Flushes the contents of the file @p path to disk. */
[[nodiscard]] bool syncFile(const QString &path);

/** Renames @p from to @p to, replacing it atomically; true on success. */
[[nodiscard]] bool renameFile(const QString &from, const QString &to);

/** Gives the file @p from a second name @p to (a hard link); true on success. */
[[nodiscard]] bool linkFile(const QString &from, const QString &to);

/** Deletes @p path if it exists; true when it is gone afterwards. */
[[nodiscard]] bool removeIfExists(const QString &path);

/** Reads all of @p path; false when it cannot be read. At most @p maxSize bytes are accepted. */
[[nodiscard]] bool readSmallFile(const QString &path, QByteArray *contents, qint64 maxSize);

} // namespace samen::vault
