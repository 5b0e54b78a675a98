#pragma once

#include "vault/database.h"

#include <QHash>
#include <QList>

#include <optional>
#include <type_traits>
#include <utility>

// Single-row UPDATEs are written "UPDATE OR FAIL": with the default ABORT, every statement that
// touches a NOT NULL column opens a statement journal, and SQLCipher encrypts each page it
// copies there, which made updates five times slower than on a plain database. For a statement
// that changes one row FAIL and ABORT leave the same result; foreign-key checks still abort.
namespace samen::vault::detail {

/** Binds @p id, or NULL when it is 0 (an optional reference). */
inline Statement &bindOptionalId(Statement &statement, int index, qint64 id)
{
    return id == 0 ? statement.bindNull(index) : statement.bind(index, id);
}

/** Runs an INSERT (id 0) or UPDATE and stores the new row id into @p id. */
inline bool runSave(Database &db, Statement &statement, qint64 *id)
{
    if (!statement.run())
        return false;
    if (*id == 0) {
        *id = db.lastInsertId();
        return true;
    }
    return db.changes() == 1;
}

/** Runs @p statement and maps every row with @p read. */
template<typename T, typename Read> QList<T> readAll(Statement &statement, Read read)
{
    QList<T> rows;
    while (statement.next())
        rows.append(read(statement));
    return rows;
}

/**
 * Runs @p statement, maps every row with @p read and groups the rows by @p keyOf(row), each
 * group in the statement's order: one read for the whole household instead of one per member.
 */
template<typename T, typename Read, typename KeyOf>
auto readGrouped(Statement &statement, Read read, KeyOf keyOf)
{
    QHash<std::decay_t<decltype(keyOf(std::declval<const T &>()))>, QList<T>> groups;
    while (statement.next()) {
        T row = read(statement);
        groups[keyOf(row)].append(std::move(row));
    }
    return groups;
}

/** Runs @p statement and maps the first row with @p read. */
template<typename T, typename Read> std::optional<T> readOne(Statement &statement, Read read)
{
    if (!statement.next())
        return std::nullopt;
    return read(statement);
}

/** Deletes the row with @p id using @p sql ("DELETE … WHERE id = ?1"); true when one was deleted. */
inline bool removeById(Database &db, const char *sql, qint64 id)
{
    Statement statement = db.prepare(sql);
    statement.bind(1, id);
    return statement.run() && db.changes() == 1;
}

} // namespace samen::vault::detail
