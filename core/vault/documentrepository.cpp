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

bool DocumentRepository::removeDocument(qint64 id)
{
    return removeById(m_db, "DELETE FROM document WHERE id = ?1", id);
}

bool DocumentRepository::save(Attachment &attachment)
{
    Statement statement = m_db.prepare(
        attachment.id == 0 ? "INSERT INTO attachment (document_id, mime_type, data, created_at, thumbnail, "
                             "file_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                           : "UPDATE OR FAIL attachment SET document_id = ?1, mime_type = ?2, data = ?3, "
                             "created_at = ?4, thumbnail = ?5, file_name = ?6 WHERE id = ?7");
    statement.bind(1, attachment.documentId).bind(2, attachment.mimeType).bind(3, attachment.data);
    statement.bind(4, attachment.createdAt).bind(5, attachment.thumbnail).bind(6, attachment.fileName);
    if (attachment.id != 0)
        statement.bind(7, attachment.id);
    return runSave(m_db, statement, &attachment.id);
}

std::optional<Attachment> DocumentRepository::attachment(qint64 id)
{
    Statement statement =
        m_db.prepare("SELECT id, document_id, mime_type, data, created_at, thumbnail, file_name "
                     "FROM attachment WHERE id = ?1");
    statement.bind(1, id);
    return readOne<Attachment>(statement, readAttachment);
}

QByteArray DocumentRepository::thumbnail(qint64 attachmentId)
{
    Statement statement = m_db.prepare("SELECT thumbnail FROM attachment WHERE id = ?1");
    statement.bind(1, attachmentId);
    return statement.next() ? statement.blob(0) : QByteArray();
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
