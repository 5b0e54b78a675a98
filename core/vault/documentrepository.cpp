#include "vault/documentrepository.h"

#include "vault/repositorysupport.h"

namespace samen::vault {

using namespace dossier;
using namespace detail;

namespace {

constexpr const char *documentColumns = "SELECT id, member_id, kind, status, note, updated_at FROM document ";

Document readDocument(const Statement &row)
{
    const auto status = documentStatusFromString(row.text(3));
    return { row.integer(0), row.integer(1), row.text(2), status.value_or(DocumentStatus::Missing),
             row.text(4),    row.text(5) };
}

Attachment readAttachment(const Statement &row)
{
    return {
        row.integer(0), row.integer(1), row.text(2), row.blob(3), row.text(4), row.blob(5), row.text(6)
    };
}

} // namespace

DocumentRepository::DocumentRepository(Database &db)
    : m_db(db)
{ }

bool DocumentRepository::save(Document &document)
{
    Statement statement =
        m_db.prepare(document.id == 0 ? "INSERT INTO document (member_id, kind, status, note, updated_at) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5)"
                                      : "UPDATE OR FAIL document SET member_id = ?1, kind = ?2, status = ?3, "
                                        "note = ?4, updated_at = ?5 WHERE id = ?6");
    bindOptionalId(statement, 1, document.memberId)
        .bind(2, document.kind)
        .bind(3, statusName(document.status));
    statement.bind(4, document.note).bind(5, document.updatedAt);
    if (document.id != 0)
        statement.bind(6, document.id);
    return runSave(m_db, statement, &document.id);
}

std::optional<Document> DocumentRepository::document(qint64 id)
{
    Statement statement = m_db.prepare((QByteArray(documentColumns) + "WHERE id = ?1").constData());
    statement.bind(1, id);
    return readOne<Document>(statement, readDocument);
}

QList<Document> DocumentRepository::documents(qint64 memberId)
{
    Statement statement = m_db.prepare(
        (QByteArray(documentColumns) + "WHERE coalesce(member_id, 0) = ?1 ORDER BY id").constData());
    statement.bind(1, memberId);
    return readAll<Document>(statement, readDocument);
}

QHash<qint64, QList<Document>> DocumentRepository::documentsByMember()
{
    Statement statement = m_db.prepare((QByteArray(documentColumns) + "ORDER BY id").constData());
    return readGrouped<Document>(statement, readDocument, [](const Document &row) { return row.memberId; });
}

bool DocumentRepository::removeDocument(qint64 id)
{
    return removeById(m_db, "DELETE FROM document WHERE id = ?1", id);
}

bool DocumentRepository::save(Attachment &attachment)
{
    // One savepoint: the row and its bytes are stored together or not at all.
    if (!m_db.exec("SAVEPOINT attachment_save;"))
        return false;
    const bool saved = saveRow(attachment) &&
        saveBytes("attachment_data", "data", attachment.id, attachment.data) &&
        saveBytes("attachment_thumbnail", "thumbnail", attachment.id, attachment.thumbnail);
    if (!saved)
        (void)m_db.exec("ROLLBACK TO attachment_save;");
    return m_db.exec("RELEASE attachment_save;") && saved;
}

bool DocumentRepository::saveRow(Attachment &attachment)
{
    const qint64 before = attachment.id;
    Statement statement =
        m_db.prepare(attachment.id == 0
                         ? "INSERT INTO attachment (document_id, mime_type, data, created_at, thumbnail, "
                           "file_name) VALUES (?1, ?2, x'', ?3, x'', ?4)"
                         : "UPDATE OR FAIL attachment SET document_id = ?1, mime_type = ?2, created_at = ?3, "
                           "file_name = ?4 WHERE id = ?5");
    statement.bind(1, attachment.documentId).bind(2, attachment.mimeType).bind(3, attachment.createdAt);
    statement.bind(4, attachment.fileName);
    if (attachment.id != 0)
        statement.bind(5, attachment.id);
    if (runSave(m_db, statement, &attachment.id))
        return true;
    attachment.id = before;
    return false;
}

bool DocumentRepository::saveBytes(const char *table, const char *column, qint64 attachmentId,
                                   const QByteArray &bytes)
{
    Statement statement = m_db.prepare(
        bytes.isEmpty()
            ? QByteArray("DELETE FROM " + QByteArray(table) + " WHERE attachment_id = ?1").constData()
            : QByteArray("INSERT OR REPLACE INTO " + QByteArray(table) + " (attachment_id, " +
                         QByteArray(column) + ") VALUES (?1, ?2)")
                  .constData());
    statement.bind(1, attachmentId);
    if (!bytes.isEmpty())
        statement.bind(2, bytes);
    return statement.run();
}

std::optional<Attachment> DocumentRepository::attachment(qint64 id)
{
    Statement statement =
        m_db.prepare("SELECT a.id, a.document_id, a.mime_type, coalesce(d.data, x''), a.created_at, "
                     "coalesce(t.thumbnail, x''), a.file_name FROM attachment a "
                     "LEFT JOIN attachment_data d ON d.attachment_id = a.id "
                     "LEFT JOIN attachment_thumbnail t ON t.attachment_id = a.id WHERE a.id = ?1");
    statement.bind(1, id);
    return readOne<Attachment>(statement, readAttachment);
}

QByteArray DocumentRepository::thumbnail(qint64 attachmentId)
{
    Statement statement = m_db.prepare("SELECT thumbnail FROM attachment_thumbnail WHERE attachment_id = ?1");
    statement.bind(1, attachmentId);
    return statement.next() ? statement.blob(0) : QByteArray();
}

QList<AttachmentSummary> DocumentRepository::attachmentSummaries(qint64 documentId)
{
    Statement statement = m_db.prepare(
        "SELECT id, mime_type, created_at, file_name FROM attachment WHERE document_id = ?1 ORDER BY id");
    statement.bind(1, documentId);
    return readAll<AttachmentSummary>(statement, [](const Statement &row) {
        return AttachmentSummary { row.integer(0), row.text(1), row.text(2), row.text(3) };
    });
}

qint64 DocumentRepository::documentOf(qint64 attachmentId)
{
    Statement statement = m_db.prepare("SELECT document_id FROM attachment WHERE id = ?1");
    statement.bind(1, attachmentId);
    return statement.next() ? statement.integer(0) : 0;
}

qint64 DocumentRepository::firstDocumentId()
{
    Statement statement = m_db.prepare("SELECT id FROM document ORDER BY id LIMIT 1");
    return statement.next() ? statement.integer(0) : 0;
}

QList<qint64> DocumentRepository::attachmentIds(qint64 documentId)
{
    Statement statement = m_db.prepare("SELECT id FROM attachment WHERE document_id = ?1 ORDER BY id");
    statement.bind(1, documentId);
    return readAll<qint64>(statement, [](const Statement &row) { return row.integer(0); });
}

bool DocumentRepository::removeAttachment(qint64 id)
{
    return removeById(m_db, "DELETE FROM attachment WHERE id = ?1", id);
}

} // namespace samen::vault
