#pragma once

#include "vault/securebytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace samen::vault {

/**
 * One prepared SQL statement. Bind with 1-based indexes, then step(); finalized on destruction.
 */
class Statement
{
public:
    /** Wraps @p statement (may be null after a failed prepare). */
    explicit Statement(sqlite3_stmt *statement);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;

    /** False when preparing failed. */
    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }
    /** Binds an integer. */
    Statement &bind(int index, qint64 value);
    /** Binds UTF-8 text (a null QString binds empty text). */
    Statement &bind(int index, const QString &value);
    /** Binds a BLOB (an empty array binds an empty BLOB). */
    Statement &bind(int index, const QByteArray &value);
    /** Binds SQL NULL. */
    Statement &bindNull(int index);
    /** Binds text from secure memory without copying it into Qt containers. */
    Statement &bindSecret(int index, const SecureBytes &value);

    /** Advances to the next row: true while a row is available. */
    [[nodiscard]] bool next();
    /** Runs a statement that returns no rows; true on success. */
    [[nodiscard]] bool run();
    /** True after next()/run() when the last step failed. */
    [[nodiscard]] bool failed() const { return m_failed; }

    /** Column @p index of the current row as an integer. */
    [[nodiscard]] qint64 integer(int index) const;
    /** Column @p index as text; a null QString for SQL NULL. */
    [[nodiscard]] QString text(int index) const;
    /** Column @p index as bytes. */
    [[nodiscard]] QByteArray blob(int index) const;
    /** True when column @p index is SQL NULL. */
    [[nodiscard]] bool isNull(int index) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

/**
 * One SQLCipher connection. Opened with a raw 32-byte key through sqlite3_key() (never in SQL
 * text), with the cipher settings pinned to SQLCipher 3, then WAL, synchronous=FULL,
 * temp_store=MEMORY and foreign keys. Without a key the file is plain SQLite (benchmarks only).
 */
class Database
{
public:
    /** Outcome of open(). */
    enum class OpenResult {
        Ok,
        Missing, ///< the file does not exist (ExistingOnly)
        NotADatabase, ///< wrong key, or the file is damaged or truncated
        IoError, ///< cannot open or configure
    };
    /** Whether open() may create the file. */
    enum class Mode { CreateNew, ExistingOnly };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens @p path with @p key (32 bytes; null = unencrypted); CreateNew makes a missing file
     * owner-only (0600) first. In ExistingOnly mode the file is
     * checked with PRAGMA quick_check before anything is written to it, so a damaged (or empty)
     * file is reported and left as it is.
     */
    [[nodiscard]] static std::unique_ptr<Database> open(const QString &path, const SecureBytes &key,
                                                        Mode mode, OpenResult *result);

    /** Runs @p sql (no parameters, may hold several statements); true on success. */
    [[nodiscard]] bool exec(const char *sql);
    /** Prepares @p sql. */
    [[nodiscard]] Statement prepare(const char *sql);
    /** PRAGMA user_version. */
    [[nodiscard]] int userVersion();
    /** Sets PRAGMA user_version. */
    [[nodiscard]] bool setUserVersion(int version);
    /** Rowid of the last INSERT. */
    [[nodiscard]] qint64 lastInsertId() const;
    /** Rows changed by the last statement. */
    [[nodiscard]] int changes() const;
    /** Result of PRAGMA integrity_check is "ok". */
    [[nodiscard]] bool integrityOk();
    /**
     * Attaches @p path as schema @p name keyed with @p key (bound as a parameter); a new file
     * is created owner-only (0600) first.
     */
    [[nodiscard]] bool attach(const QString &path, const char *name, const SecureBytes &key);
    /** The raw handle, for code that needs the C API. */
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

private:
    explicit Database(sqlite3 *db);
    [[nodiscard]] bool applyKey(const SecureBytes &key);
    [[nodiscard]] bool configure();
    [[nodiscard]] QString singleText(const char *sql);
    sqlite3 *m_db = nullptr;
};

/** BEGIN IMMEDIATE … COMMIT; rolls back in the destructor unless commit() succeeded. */
class Transaction
{
public:
    /** Begins a write transaction on @p db; check isActive(). */
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    /** True when BEGIN succeeded and neither commit nor rollback happened yet. */
    [[nodiscard]] bool isActive() const { return m_active; }
    /** Commits; false (and rolled back) on failure. */
    [[nodiscard]] bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace samen::vault
