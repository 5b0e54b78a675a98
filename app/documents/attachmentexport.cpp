#include "documents/attachmentexport.h"

#include "documents/attachmentstore.h"
#include "vault/documentrepository.h"
#include "vault/peoplerepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace samen::documents::AttachmentExport {

namespace {

constexpr int maxNameLength = 40;
constexpr int maxAttempts = 1000;

/** @p text in ASCII letters and digits, other runs as one '-', e.g. "Şükrü Öz" -> "Sukru-Oz". */
QString asciiWords(const QString &text)
{
    QString ascii;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            ascii.append(c);
        else if (!c.isMark())
            ascii.append(QLatin1Char('-'));
    }
    static const QRegularExpression dashes(QStringLiteral("-+"));
    ascii.replace(dashes, QStringLiteral("-"));
    while (ascii.startsWith(QLatin1Char('-')))
        ascii.remove(0, 1);
    ascii.truncate(maxNameLength);
    while (ascii.endsWith(QLatin1Char('-')))
        ascii.chop(1);
    return ascii;
}

QString personName(vault::Database &db, qint64 memberId)
{
    vault::PeopleRepository people(db);
    if (memberId == 0) {
        const auto referents = people.referents();
        return referents.isEmpty() ? QString() : referents.constFirst().latinName;
    }
    const auto member = people.member(memberId);
    return member ? member->latinName : QString();
}

QList<ExportItem> itemsForDocument(vault::Database &db, const dossier::Document &document,
                                   const QString &latinName, qint64 onlyAttachment)
{
    vault::DocumentRepository documents(db);
    QList<ExportItem> items;
    const QList<qint64> ids = documents.attachmentIds(document.id);
    for (int i = 0; i < ids.size(); ++i) {
        if (onlyAttachment != 0 && ids.at(i) != onlyAttachment)
            continue;
        const auto attachment = documents.attachment(ids.at(i));
        if (!attachment)
            continue;
        items.append({ baseName(latinName, document.memberId, document.kind, i + 1),
                       AttachmentStore::extensionFor(attachment->mimeType), attachment->data });
    }
    return items;
}

bool writeNew(const QString &path, const QByteArray &data, bool *nameTaken)
{
    QFile file(path);
    *nameTaken = file.exists();
    // Created owner-only (0600): the copy is not encrypted (ignored where the file system has no modes).
    if (*nameTaken ||
        !file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *nameTaken = *nameTaken || file.exists();
        return false;
    }
    if (file.write(data) != data.size() || !file.flush()) {
        file.close();
        file.remove();
        return false;
    }
    return true;
}

} // namespace

QString baseName(const QString &latinName, qint64 memberId, const QString &kind, int page)
{
    QString person = asciiWords(latinName);
    if (person.isEmpty())
        person = memberId == 0 ? QStringLiteral("me") : QStringLiteral("member-%1").arg(memberId);
    QString what = asciiWords(kind);
    if (what.isEmpty())
        what = QStringLiteral("document");
    return QStringLiteral("%1-%2-%3").arg(person, what).arg(page);
}

QList<ExportItem> itemsForAttachment(vault::Database &db, qint64 attachmentId)
{
    const qint64 documentId = vault::DocumentRepository(db).documentOf(attachmentId);
    const auto document = vault::DocumentRepository(db).document(documentId);
    if (!document)
        return {};
    return itemsForDocument(db, *document, personName(db, document->memberId), attachmentId);
}

QList<ExportItem> itemsForMember(vault::Database &db, qint64 memberId)
{
    const QString latinName = personName(db, memberId);
    QList<ExportItem> items;
    for (const dossier::Document &document : vault::DocumentRepository(db).documents(memberId))
        items += itemsForDocument(db, document, latinName, 0);
    return items;
}

ExportOutcome writeAll(const QString &folder, const QList<ExportItem> &items)
{
    ExportOutcome outcome;
    const QDir dir(folder);
    for (const ExportItem &item : items) {
        bool written = false;
        bool nameTaken = true;
        for (int attempt = 1; attempt <= maxAttempts && !written && nameTaken; ++attempt) {
            const QString suffix = attempt == 1 ? QString() : QStringLiteral("-%1").arg(attempt);
            const QString name = item.baseName + suffix + item.extension;
            written = writeNew(dir.filePath(name), item.data, &nameTaken);
            if (written)
                outcome.fileNames << name;
        }
        if (!written) {
            outcome.failed = true;
            return outcome;
        }
        ++outcome.written;
    }
    return outcome;
}

} // namespace samen::documents::AttachmentExport
