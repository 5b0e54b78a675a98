#pragma once

#include "documentimporter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace samen::vault {
class Database;
}

namespace samen::documents {

/** An attachment without its bytes, for lists. */
struct AttachmentInfo
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
 * Puts imported files into the unlocked vault as attachments of a document (several pages per
 * document) and reads them back as lists. Runs on the thread that owns the database.
 */
class AttachmentStore
{
public:
    /** Works on the unlocked @p db, which must outlive the store. */
    explicit AttachmentStore(vault::Database &db);

    /**
     * Stores @p file as the next page of document @p documentId and moves a missing or
     * requested document to "have"; all or nothing. The new attachment's id, or nullopt.
     */
    [[nodiscard]] std::optional<qint64> add(qint64 documentId, const ImportedFile &file,
                                            const QDateTime &now);
    /** The attachments of @p documentId without their bytes, oldest (page 1) first. */
    [[nodiscard]] QList<AttachmentInfo> list(qint64 documentId);
    /** The document that attachment @p attachmentId belongs to; 0 when there is none. */
    [[nodiscard]] qint64 documentOf(qint64 attachmentId);
    /** The first document in the vault; 0 when there is none. */
    [[nodiscard]] qint64 firstDocumentId();
    /** True when document @p documentId exists. */
    [[nodiscard]] bool documentExists(qint64 documentId);

    /** A file name of letters, digits, '-' and '_' from @p kind and @p counter, with the extension of @p
     * mimeType. */
    [[nodiscard]] static QString safeFileName(const QString &kind, int counter, const QString &mimeType);
    /** ".jpg" or ".pdf" for @p mimeType. */
    [[nodiscard]] static QString extensionFor(const QString &mimeType);

private:
    [[nodiscard]] int nextCounter(qint64 documentId);
    vault::Database &m_db;
};

} // namespace samen::documents
