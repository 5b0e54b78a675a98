#pragma once

#include "vault/securebytes.h"

#include <QStringList>

#include <vector>

namespace samen::vault {

class Database;

/**
 * What the app's own schema holds, as data: the tables and columns each schema version has.
 * A restore copies exactly these from a backup into a database created by schema::migrate(),
 * so nothing else the backup may hold (triggers, views, indexes, other tables or columns)
 * ever reaches the store.
 */
namespace schemacopy {

/** How a column's values must be stored. */
enum class ColumnType {
    Integer, ///< an integer, never NULL
    OptionalInteger, ///< an integer or NULL
    Text, ///< text, never NULL
    Blob, ///< a BLOB, never NULL
};

/** One column, and the schema version that added it. */
struct Column
{
    /** Column name. */
    const char *name;
    /** What its values must be. */
    ColumnType type;
    /** First schema version with this column. */
    int since;
};

/** One table, in an order where every table comes after the tables it references. */
struct Table
{
    /** Table name. */
    const char *name;
    /** First schema version with this table. */
    int since;
    /** Its columns in declaration order. */
    std::vector<Column> columns;
};

/** Every table of the latest schema, parents before children. */
[[nodiscard]] const std::vector<Table> &knownTables();

/** Names of the columns @p table has at schema @p version, in declaration order. */
[[nodiscard]] QStringList columnsAt(const Table &table, int version);

/**
 * Copies the rows of every known table from the attached schema @p source (which claims schema
 * @p version, 1 … latest) into the same tables of @p target (empty, at the latest schema), in
 * one transaction. False, with @p target unchanged, when @p source lacks a table of its version
 * or one is not a plain table with exactly that version's columns, when a value has the wrong
 * type or a row breaks a constraint (NOT NULL, key, reference).
 */
[[nodiscard]] bool copyKnownRows(Database &target, const char *source, int version);

/**
 * Builds the new database @p targetPath keyed with @p targetKey at the latest schema and copies
 * the known rows of @p sourcePath (keyed with @p sourceKey, at the schema version its
 * user_version states, 1 … latest) into it with copyKnownRows(); then integrity_check and a WAL
 * checkpoint, so that the closed file holds everything. False on any failure (the caller removes
 * @p targetPath).
 */
[[nodiscard]] bool rebuild(const QString &sourcePath, const SecureBytes &sourceKey, const QString &targetPath,
                           const SecureBytes &targetKey);

} // namespace schemacopy

} // namespace samen::vault
