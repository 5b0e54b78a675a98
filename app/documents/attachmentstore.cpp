#include "documents/attachmentstore.h"

#include "vault/database.h"
#include "vault/documentrepository.h"

#include <QRegularExpression>

namespace samen::documents {

using dossier::DocumentStatus;

namespace {

/** @p text with every run of other characters than ASCII letters, digits and '_' as one '-', trimmed. */
QString onlySafeCharacters(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_]+"));
    text.replace(unsafe, QStringLiteral("-"));
    while (text.startsWith(QLatin1Char('-')))
        text.remove(0, 1);
    while (text.endsWith(QLatin1Char('-')))
        text.chop(1);
    return text;
}

/** The counter at the end of a stored name such as "identity-3.jpg"; 0 when there is none. */
int counterIn(const QString &fileName)
{
    static const QRegularExpression counter(QStringLiteral("-(\\d+)\\.[a-z]+$"));
    const auto match = counter.match(fileName);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

AttachmentStore::AttachmentStore(vault::Database &db)
    : m_db(db)
{ }

std::optional<qint64> AttachmentStore::add(qint64 documentId, const ImportedFile &file, const QDateTime &now)
{
    vault::DocumentRepository documents(m_db);
    vault::Transaction transaction(m_db);
    auto document = documents.document(documentId);
    if (!transaction.isActive() || !document)
        return std::nullopt;
    const QString stamp = now.toUTC().toString(Qt::ISODate);
    dossier::Attachment attachment { 0,
                                     documentId,
                                     file.mimeType,
                                     file.data,
                                     stamp,
                                     file.thumbnail,
                                     safeFileName(document->kind, nextCounter(documentId), file.mimeType) };
    if (!documents.save(attachment))
        return std::nullopt;
    if (document->status == DocumentStatus::Missing || document->status == DocumentStatus::Requested) {
        document->status = DocumentStatus::Have;
        document->updatedAt = stamp;
        if (!documents.save(*document))
            return std::nullopt;
    }
    if (!transaction.commit())
        return std::nullopt;
    return attachment.id;
}

QString AttachmentStore::safeFileName(const QString &kind, int counter, const QString &mimeType)
{
    QString base = onlySafeCharacters(kind.left(40));
    if (base.isEmpty())
        base = QStringLiteral("document");
    return base + QLatin1Char('-') + QString::number(counter) + extensionFor(mimeType);
}

QString AttachmentStore::extensionFor(const QString &mimeType)
{
    return mimeType == QLatin1String("application/pdf") ? QStringLiteral(".pdf") : QStringLiteral(".jpg");
}

int AttachmentStore::nextCounter(qint64 documentId)
{
    int highest = 0;
    for (const vault::AttachmentSummary &summary :
         vault::DocumentRepository(m_db).attachmentSummaries(documentId))
        highest = std::max(highest, counterIn(summary.fileName));
    return highest + 1;
}

} // namespace samen::documents
