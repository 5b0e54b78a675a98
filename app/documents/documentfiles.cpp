#include "documents/documentfiles.h"

#include "fileplaces.h"

#include "documents/attachmentstore.h"
#include "dossierevents.h"
#include "languagecontroller.h"
#include "locale/dateformatter.h"
#include "locale/numberformatter.h"
#include "vault/documentrepository.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace samen::documents;

namespace {

QString megabytes(qint64 bytes, const QString &language)
{
    return samen::locale::NumberFormatter::forLanguage(language).formatInteger(bytes / (1024 * 1024));
}

} // namespace

DocumentFiles::DocumentFiles(const LanguageController &languages, DossierEvents &events, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_events(events)
    , m_attachments(new AttachmentModel(this))
{
    connect(&m_importWatcher, &QFutureWatcher<ImportResult>::finished, this, &DocumentFiles::importDone);
    connect(&m_exportWatcher, &QFutureWatcher<ExportOutcome>::finished, this, &DocumentFiles::exportDone);
    connect(&languages, &LanguageController::languageChanged, this, &DocumentFiles::readPages);
    connect(&languages, &LanguageController::datesChanged, this, &DocumentFiles::readPages);
    connect(&events, &DossierEvents::memberRemoved, this, &DocumentFiles::readPages);
}

DocumentFiles::~DocumentFiles()
{
    m_importWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

void DocumentFiles::setDatabase(samen::vault::Database *db)
{
    m_db = db;
    ++m_generation;
    readPages();
}

void DocumentFiles::setDocumentId(qint64 id)
{
    if (id == m_documentId)
        return;
    m_documentId = id;
    m_pageIndex = 0;
    readPages();
    Q_EMIT pageIndexChanged();
}

void DocumentFiles::setPageIndex(int index)
{
    const int bounded = std::clamp(index, 0, std::max(0, m_attachments->rowCount() - 1));
    if (bounded == m_pageIndex)
        return;
    m_pageIndex = bounded;
    Q_EMIT pageIndexChanged();
}

QByteArray DocumentFiles::imageBytes(qint64 id) const
{
    if (!m_db || QThread::currentThread() != thread() || m_attachments->rowOf(id) < 0)
        return {};
    samen::vault::DocumentRepository documents(*m_db);
    const auto attachment = documents.attachment(id);
    return attachment && attachment->mimeType == QLatin1String("image/jpeg") ? attachment->data
                                                                             : QByteArray();
}

bool DocumentFiles::importFile(const QUrl &url)
{
    const QString path = FilePlaces::pathOf(url);
    return startImport([path] { return DocumentImporter::importFile(path); });
}

bool DocumentFiles::importCamera(const QImage &image)
{
    return startImport([image] { return DocumentImporter::importImage(image); });
}

bool DocumentFiles::remove(qint64 attachmentId)
{
    if (!m_db || m_busy || m_attachments->rowOf(attachmentId) < 0)
        return false;
    if (!samen::vault::DocumentRepository(*m_db).removeAttachment(attachmentId)) {
        setMessage(tr("This page could not be deleted. Try again."), false);
        return false;
    }
    readPages();
    setPageIndex(m_pageIndex);
    Q_EMIT m_events.documentsChanged(m_memberId);
    setMessage(tr("The page is deleted."), true);
    return true;
}

bool DocumentFiles::exportAttachment(qint64 attachmentId, const QUrl &folder)
{
    if (!m_db || m_busy)
        return false;
    return startExport(AttachmentExport::itemsForAttachment(*m_db, attachmentId), folder);
}

bool DocumentFiles::exportMember(qint64 memberId, const QUrl &folder)
{
    if (!m_db || m_busy)
        return false;
    return startExport(AttachmentExport::itemsForMember(*m_db, memberId), folder);
}

QString DocumentFiles::number(int value) const
{
    return samen::locale::NumberFormatter::forLanguage(m_languages.language()).formatInteger(value);
}

void DocumentFiles::clearMessage()
{
    setMessage({}, false);
}

QString DocumentFiles::errorText(ImportError error) const
{
    const QString language = m_languages.language();
    switch (error) {
    case ImportError::None:
        return {};
    case ImportError::Unreadable:
        return tr("This file cannot be opened. Choose another file.");
    case ImportError::Empty:
        return tr("This file is empty. Choose another file.");
    case ImportError::TooBig:
        return tr("This file is too big. The limit is %1 MB.").arg(megabytes(imageSizeLimit, language));
    case ImportError::PdfTooBig:
        return tr("This file is too big. The limit is %1 MB.").arg(megabytes(pdfSizeLimit, language));
    case ImportError::TooManyPixels:
        return tr("This picture is too large. Choose a smaller picture or take a photo.");
    case ImportError::UnknownType:
        return tr("This kind of file cannot be added. Choose a photo or a PDF file.");
    case ImportError::CorruptImage:
        return tr("This picture is damaged. Choose another file or take a new photo.");
    case ImportError::CorruptPdf:
        return tr("This PDF file is damaged. Choose another file.");
    }
    return {};
}

bool DocumentFiles::startImport(std::function<ImportResult()> work)
{
    if (!m_db || m_busy || m_shownDocumentId == 0)
        return false;
    clearMessage();
    m_importTarget = m_shownDocumentId;
    m_workGeneration = m_generation;
    setBusy(true);
    m_importWatcher.setFuture(QtConcurrent::run(std::move(work)));
    return true;
}

void DocumentFiles::importDone()
{
    if (m_importWatcher.future().resultCount() == 0)
        return; // the empty future set below to free the bytes
    const ImportResult result = m_importWatcher.result();
    m_importWatcher.setFuture({});
    setBusy(false);
    if (m_workGeneration != m_generation || !m_db)
        return; // the vault locked meanwhile: drop the bytes
    if (result.error != ImportError::None) {
        setMessage(errorText(result.error), false);
        Q_EMIT finished(false);
        return;
    }
    const auto id = AttachmentStore(*m_db).add(m_importTarget, result.file, QDateTime::currentDateTimeUtc());
    if (!id) {
        setMessage(tr("The file could not be saved. Try again."), false);
        Q_EMIT finished(false);
        return;
    }
    readPages();
    setPageIndex(m_attachments->rowOf(*id));
    Q_EMIT m_events.documentsChanged(m_memberId);
    setMessage(tr("The page is added."), true);
    Q_EMIT finished(true);
}

bool DocumentFiles::startExport(const QList<ExportItem> &items, const QUrl &folder)
{
    const QString path = FilePlaces::pathOf(folder);
    if (items.isEmpty() || path.isEmpty()) {
        setMessage(items.isEmpty() ? tr("There is nothing to save yet.") : tr("Choose another folder."),
                   false);
        return false;
    }
    clearMessage();
    m_workGeneration = m_generation;
    setBusy(true);
    m_exportWatcher.setFuture(
        QtConcurrent::run([path, items] { return AttachmentExport::writeAll(path, items); }));
    return true;
}

void DocumentFiles::exportDone()
{
    if (m_exportWatcher.future().resultCount() == 0)
        return;
    const ExportOutcome outcome = m_exportWatcher.result();
    m_exportWatcher.setFuture({});
    setBusy(false);
    if (outcome.failed) {
        setMessage(tr("The copies could not be saved there. Choose another folder."), false);
        Q_EMIT finished(false);
        return;
    }
    setMessage(tr("%n copies saved. Delete them after you have uploaded them.", nullptr, outcome.written),
               true);
    Q_EMIT finished(true);
}

void DocumentFiles::readPages()
{
    const qint64 oldDocument = m_shownDocumentId;
    const qint64 oldMember = m_memberId;
    QList<AttachmentRow> rows;
    QHash<qint64, QByteArray> thumbnails;
    m_shownDocumentId = 0;
    m_memberId = 0;
    if (m_db) {
        samen::vault::DocumentRepository documents(*m_db);
        std::optional<samen::dossier::Document> document =
            m_documentId != 0 ? documents.document(m_documentId) : std::nullopt;
        if (!document)
            document = documents.document(documents.firstDocumentId());
        m_shownDocumentId = document ? document->id : 0;
        m_memberId = document ? document->memberId : 0;
        const auto &dates = m_languages.dates();
        for (const auto &summary : documents.attachmentSummaries(m_shownDocumentId)) {
            const QDate day = QDateTime::fromString(summary.createdAt, Qt::ISODate).toLocalTime().date();
            rows.append(
                { summary.id, summary.mimeType, day.isValid() ? dates.format(day).oneLine() : QString() });
            thumbnails.insert(summary.id, documents.thumbnail(summary.id));
        }
    }
    m_thumbnails.replace(std::move(thumbnails));
    m_attachments->setRows(rows);
    if (oldDocument != m_shownDocumentId || oldMember != m_memberId)
        Q_EMIT documentChanged();
}

void DocumentFiles::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void DocumentFiles::setMessage(const QString &message, bool good)
{
    if (message == m_message && good == m_messageGood)
        return;
    m_message = message;
    m_messageGood = good;
    Q_EMIT messageChanged();
}
