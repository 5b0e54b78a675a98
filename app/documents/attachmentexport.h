#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace samen::vault {
class Database;
}

namespace samen::documents {

/** One file to write: a safe name without extension, the extension and the bytes. */
struct ExportItem
{
    /** E.g. "Ahmed-Ali-identity-2"; letters, digits and '-' only. */
    QString baseName;
    /** ".jpg" or ".pdf". */
    QString extension;
    /** The stored bytes, unchanged. */
    QByteArray data;
};

/** What writeAll() did. */
struct ExportOutcome
{
    /** Files written. */
    int written = 0;
    /** True when a file could not be written (the folder is missing or read-only). */
    bool failed = false;
    /** Names of the files written, in order. */
    QStringList fileNames;
};

/**
 * Copies of attachments for the IND's online form, written outside the vault: these copies are
 * NOT encrypted (the screens warn first). Names are built from the member's Latin name (or
 * "member-N"), the document kind and the page number; an existing file is never overwritten.
 */
namespace AttachmentExport {

/** "<Latin name or member-N>-<kind>-<page>", reduced to ASCII letters, digits and '-'. */
[[nodiscard]] QString baseName(const QString &latinName, qint64 memberId, const QString &kind, int page);
/** The attachment @p attachmentId, ready to write; empty when it does not exist. */
[[nodiscard]] QList<ExportItem> itemsForAttachment(vault::Database &db, qint64 attachmentId);
/** Every attachment of every document of member @p memberId (0: the referent's own). */
[[nodiscard]] QList<ExportItem> itemsForMember(vault::Database &db, qint64 memberId);
/** Writes @p items into @p folder, adding "-2", "-3" … where a name is taken. Safe on a worker thread. */
[[nodiscard]] ExportOutcome writeAll(const QString &folder, const QList<ExportItem> &items);

} // namespace AttachmentExport

} // namespace samen::documents
