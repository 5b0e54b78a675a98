#include "vault/schemacopy.h"

#include "vault/database.h"
#include "vault/logging.h"
#include "vault/schema.h"

namespace samen::vault::schemacopy {

namespace {

using T = ColumnType;

// Mirrors schema.cpp; tst_vaultschema checks both agree at every version.
const std::vector<Table> tables {
    { "referent",
      1,
      { { "id", T::Integer, 1 },
        { "name", T::Text, 1 },
        { "latin_name", T::Text, 1 },
        { "birth_date", T::Text, 1 },
        { "nationality", T::Text, 1 },
        { "permit_date", T::Text, 1 } } },
    { "family_member",
      1,
      { { "id", T::Integer, 1 },
        { "referent_id", T::Integer, 1 },
        { "relation", T::Text, 1 },
        { "name", T::Text, 1 },
        { "latin_name", T::Text, 1 },
        { "birth_date", T::Text, 1 },
        { "country", T::Text, 1 },
        { "interview_id", T::Text, 3 },
        { "note", T::Text, 3 },
        { "reading_language", T::Text, 6 } } },
    { "document",
      1,
      { { "id", T::Integer, 1 },
        { "member_id", T::OptionalInteger, 1 },
        { "kind", T::Text, 1 },
        { "status", T::Text, 1 },
        { "note", T::Text, 1 },
        { "updated_at", T::Text, 1 } } },
    { "attachment",
      1,
      { { "id", T::Integer, 1 },
        { "document_id", T::Integer, 1 },
        { "mime_type", T::Text, 1 },
        { "data", T::Blob, 1 },
        { "created_at", T::Text, 1 },
        { "thumbnail", T::Blob, 3 },
        { "file_name", T::Text, 3 } } },
    { "stage_event",
      1,
      { { "id", T::Integer, 1 },
        { "member_id", T::Integer, 1 },
        { "stage", T::Text, 1 },
        { "date", T::Text, 1 },
        { "note", T::Text, 1 } } },
    { "deadline",
      1,
      { { "id", T::Integer, 1 },
        { "member_id", T::OptionalInteger, 1 },
        { "rule_id", T::Text, 1 },
        { "due_date", T::Text, 1 },
        { "done", T::Integer, 1 },
        { "label", T::Text, 3 },
        { "snoozed_until", T::Text, 3 } } },
    { "reminder",
      1,
      { { "id", T::Integer, 1 },
        { "deadline_id", T::Integer, 1 },
        { "fire_at", T::Text, 1 },
        { "dismissed", T::Integer, 1 } } },
    { "interview_answer",
      2,
      { { "subject_id", T::Text, 2 },
        { "question_id", T::Text, 2 },
        { "value", T::Text, 2 },
        { "updated_at", T::Text, 2 } } },
    { "verdict_record",
      4,
      { { "id", T::Integer, 4 },
        { "interview_id", T::Text, 4 },
        { "outcome", T::Text, 4 },
        { "rule_id", T::Text, 4 },
        { "earliest", T::Text, 4 },
        { "rules_as_of", T::Text, 4 },
        { "recorded_at", T::Text, 4 } } },
    { "vault_note", 4, { { "key", T::Text, 4 }, { "value", T::Text, 4 } } },
    { "attachment_data", 5, { { "attachment_id", T::Integer, 5 }, { "data", T::Blob, 5 } } },
    { "attachment_thumbnail", 5, { { "attachment_id", T::Integer, 5 }, { "thumbnail", T::Blob, 5 } } },
    { "kept_letter",
      7,
      { { "id", T::Integer, 7 },
        { "member_id", T::OptionalInteger, 7 },
        { "letter_id", T::Text, 7 },
        { "letter_date", T::Text, 7 },
        { "text", T::Text, 7 },
        { "photo", T::Blob, 7 },
        { "kept_at", T::Text, 7 } } },
};

QByteArray typeCheck(const Column &column)
{
    const QByteArray type = "typeof(" + QByteArray(column.name) + ")";
    switch (column.type) {
    case T::Integer:
        return type + " = 'integer'";
    case T::OptionalInteger:
        return type + " IN ('integer', 'null')";
    case T::Text:
        return type + " = 'text'";
    case T::Blob:
        return type + " = 'blob'";
    }
    return "0";
}

/** True when @p source holds @p table as a plain table with exactly the columns of @p version. */
bool hasExpectedShape(Database &db, const char *source, const Table &table, int version)
{
    Statement type = db.prepare(
        QByteArray("SELECT type FROM " + QByteArray(source) + ".sqlite_master WHERE name = ?1").constData());
    type.bind(1, QString::fromLatin1(table.name));
    if (!type.next() || type.text(0) != u"table" || type.next())
        return false;
    Statement info = db.prepare(
        QByteArray("PRAGMA " + QByteArray(source) + ".table_info(" + table.name + ")").constData());
    QStringList columns;
    while (info.next())
        columns << info.text(1);
    return !info.failed() && columns == columnsAt(table, version);
}

bool copyTable(Database &target, const char *source, const Table &table, int version)
{
    const QByteArray columns = columnsAt(table, version).join(u", "_qs).toLatin1();
    const QByteArray sql = "INSERT INTO main." + QByteArray(table.name) + " (" + columns + ") SELECT " +
        columns + " FROM " + source + "." + table.name + ";";
    return target.exec(sql.constData());
}

bool typesHold(Database &target, const Table &table)
{
    QByteArrayList checks;
    for (const Column &column : table.columns)
        checks << typeCheck(column);
    const QByteArray sql =
        "SELECT count(*) FROM main." + QByteArray(table.name) + " WHERE NOT (" + checks.join(" AND ") + ");";
    Statement statement = target.prepare(sql.constData());
    return statement.next() && statement.integer(0) == 0;
}

int attachedVersion(Database &target, const char *source)
{
    Statement statement =
        target.prepare(QByteArray("PRAGMA " + QByteArray(source) + ".user_version;").constData());
    return statement.next() ? int(statement.integer(0)) : -1;
}

bool referencesHold(Database &target)
{
    Statement statement = target.prepare("PRAGMA main.foreign_key_check;");
    return !statement.next() && !statement.failed();
}

} // namespace

const std::vector<Table> &knownTables()
{
    return tables;
}

QStringList columnsAt(const Table &table, int version)
{
    QStringList names;
    for (const Column &column : table.columns) {
        if (column.since <= version)
            names << QString::fromLatin1(column.name);
    }
    return names;
}

bool copyKnownRows(Database &target, const char *source, int version)
{
    for (const Table &table : tables) {
        if (table.since <= version && !hasExpectedShape(target, source, table, version)) {
            qCWarning(lcVault, "restore: table %s has an unexpected shape", table.name);
            return false;
        }
    }
    Transaction transaction(target);
    if (!transaction.isActive())
        return false;
    for (const Table &table : tables) {
        if (table.since > version)
            continue;
        if (!copyTable(target, source, table, version) || !typesHold(target, table)) {
            qCWarning(lcVault, "restore: rows of %s refused", table.name);
            return false;
        }
    }
    if (version < 4 && !schema::noteVerdictsOfEarlierRules(target))
        return false;
    if (version < 5 && !schema::moveAttachmentBytes(target))
        return false;
    return referencesHold(target) && transaction.commit();
}

bool rebuild(const QString &sourcePath, const SecureBytes &sourceKey, const QString &targetPath,
             const SecureBytes &targetKey)
{
    Database::OpenResult opened = Database::OpenResult::IoError;
    const auto target = Database::open(targetPath, targetKey, Database::Mode::CreateNew, &opened);
    if (!target || !schema::migrate(*target) || !target->attach(sourcePath, "copy", sourceKey))
        return false;
    const int version = attachedVersion(*target, "copy");
    const bool copied =
        version >= 1 && version <= schema::latestVersion && copyKnownRows(*target, "copy", version);
    return target->exec("DETACH DATABASE copy;") && copied && target->integrityOk() &&
        target->exec("PRAGMA wal_checkpoint(TRUNCATE);");
}

} // namespace samen::vault::schemacopy
