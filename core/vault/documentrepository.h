#pragma once

#include "dossier/documents.h"

#include <QList>

#include <optional>

namespace samen::vault {

class Database;

/** Stores documents and their attachments (as BLOBs inside the encrypted database). */
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
    /** Deletes a document with its attachments. */
    [[nodiscard]] bool removeDocument(qint64 id);

    /** Inserts @p attachment (id 0, then sets the id) or updates it; false on error. */
    [[nodiscard]] bool save(dossier::Attachment &attachment);
    /** The attachment with @p id, with its bytes. */
    [[nodiscard]] std::optional<dossier::Attachment> attachment(qint64 id);
    /** Only the thumbnail of attachment @p attachmentId; empty when it has none or does not exist. */
    [[nodiscard]] QByteArray thumbnail(qint64 attachmentId);
    /** Ids of the attachments of @p documentId, oldest first (bytes are loaded one at a time). */
    [[nodiscard]] QList<qint64> attachmentIds(qint64 documentId);
    /** Deletes an attachment. */
    [[nodiscard]] bool removeAttachment(qint64 id);

private:
    Database &m_db;
};

} // namespace samen::vault
