#pragma once

#include "dossier/documents.h"

#include <QHash>
#include <QList>

#include <optional>

namespace samen::vault {

class Database;

/** An attachment without its bytes, for lists. */
struct AttachmentSummary
{
    /** Row id. */
    qint64 id = 0;
    /** "image/jpeg" or "application/pdf". */
    QString mimeType;
    /** When it was added, ISO 8601 (UTC). */
    QString createdAt;
    /** Its safe file name, e.g. "identity-2.jpg". */
    QString fileName;
};

/**
 * Stores documents and their attachments inside the encrypted database. An attachment's bytes
 * and thumbnail live in tables of their own (attachment_data, attachment_thumbnail), so lists
 * and thumbnails never read the pages of the photos.
 */
class DocumentRepository
{
public:
    /** Works on the unlocked @p db, which must outlive the repository. */
    explicit DocumentRepository(Database &db);

    /** Inserts @p document (id 0, then sets the id) or updates it; false on error. */
    [[nodiscard]] bool save(dossier::Document &document);
    /** The document with @p id. */
    [[nodiscard]] std::optional<dossier::Document> document(qint64 id);
    /** The documents of family member @p memberId (0: the referent's own), by id. */
    [[nodiscard]] QList<dossier::Document> documents(qint64 memberId);
    /** Every document, by family member (0: the referent's own), each list by id: one read. */
    [[nodiscard]] QHash<qint64, QList<dossier::Document>> documentsByMember();
    /** Deletes a document with its attachments. */
    [[nodiscard]] bool removeDocument(qint64 id);

    /** Inserts @p attachment (id 0, then sets the id) or updates it; false on error. */
    [[nodiscard]] bool save(dossier::Attachment &attachment);
    /** The attachment with @p id, with its bytes. */
    [[nodiscard]] std::optional<dossier::Attachment> attachment(qint64 id);
    /** Only the thumbnail of attachment @p attachmentId; empty when it has none or does not exist. */
    [[nodiscard]] QByteArray thumbnail(qint64 attachmentId);
    /** The attachments of @p documentId without their bytes, oldest (page 1) first. */
    [[nodiscard]] QList<AttachmentSummary> attachmentSummaries(qint64 documentId);
    /** The document that attachment @p attachmentId belongs to; 0 when there is none. */
    [[nodiscard]] qint64 documentOf(qint64 attachmentId);
    /** The first document in the vault; 0 when there is none. */
    [[nodiscard]] qint64 firstDocumentId();
    /** Ids of the attachments of @p documentId, oldest first (bytes are loaded one at a time). */
    [[nodiscard]] QList<qint64> attachmentIds(qint64 documentId);
    /** Deletes an attachment. */
    [[nodiscard]] bool removeAttachment(qint64 id);

private:
    [[nodiscard]] bool saveRow(dossier::Attachment &attachment);
    [[nodiscard]] bool saveBytes(const char *table, const char *column, qint64 attachmentId,
                                 const QByteArray &bytes);

    Database &m_db;
};

} // namespace samen::vault
