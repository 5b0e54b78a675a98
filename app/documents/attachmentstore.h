#pragma once

#include "documents/documentimporter.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace samen::vault {
class Database;
}

namespace samen::documents {

/**
 * Puts imported files into the unlocked vault as attachments of a document (several pages per
 * document), named "identity-2.jpg" and so on. Reading them back is vault::DocumentRepository's.
 * Runs on the thread that owns the database.
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
