#include "documents/documentfiles.h"

#include "fileplaces.h"

#include "documents/attachmentstore.h"
#include "dossierevents.h"
#include "languagecontroller.h"
#include "locale/dateformatter.h"
#include "locale/numberformatter.h"
#include "photocheck/photocheck.h"
#include "vault/documentrepository.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

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
{
    connect(&m_importWatcher, &QFutureWatcher<PreparedFile>::finished, this, &DocumentFiles::importDone);
    connect(&m_exportWatcher, &QFutureWatcher<ExportOutcome>::finished, this, &DocumentFiles::exportDone);
}

DocumentFiles::~DocumentFiles()
{
    m_importWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

void DocumentFiles::setPhotoCheck(PhotoCheck *check)
{
    if (m_check)
        disconnect(m_check, nullptr, this, nullptr);
    m_check = check;
    m_checkTarget = 0;
    if (!check)
        return;
    connect(check, &PhotoCheck::accepted, this, &DocumentFiles::keepCheckedPhoto);
    connect(check, &PhotoCheck::cancelled, this, [this](const QString &purpose) {
        if (purpose == PhotoCheck::documentPurpose)
            m_checkTarget = 0;
    });
    connect(check, &PhotoCheck::retakeRequested, this, [this](const QString &purpose) {
        const qint64 documentId = std::exchange(m_checkTarget, 0);
        if (purpose == PhotoCheck::documentPurpose && documentId != 0 && m_checkFromFile)
            Q_EMIT chooseAgain(documentId);
    });
}

void DocumentFiles::setDatabase(samen::vault::Database *db)
{
    m_db = db;
    ++m_generation;
    if (!db) {
        m_thumbnails.clear();
        m_pictures.clear();
    }
    Q_EMIT databaseChanged();
}

QByteArray DocumentFiles::imageBytes(qint64 id) const
{
    if (!m_db || QThread::currentThread() != thread() || !m_thumbnails.contains(id))
        return {};
    samen::vault::DocumentRepository documents(*m_db);
    const auto attachment = documents.attachment(id);
    return attachment && attachment->mimeType == QLatin1String("image/jpeg") ? attachment->data
                                                                             : QByteArray();
}

bool DocumentFiles::importFile(qint64 documentId, const QUrl &url)
{
    const QString path = FilePlaces::pathOf(url);
    if (m_check)
        return startImport(documentId, [path] { return DocumentImporter::prepareFile(path); });
    return startImport(documentId, [path] {
        ImportResult imported = DocumentImporter::importFile(path);
        return PreparedFile { imported.error, std::move(imported.file), {} };
    });
}

bool DocumentFiles::checkCamera(qint64 documentId, const QImage &image)
{
    if (!m_check)
        return importCamera(documentId, image);
    if (m_busy || !holdsDocument(documentId) || !m_check->begin(image, PhotoCheck::documentPurpose))
        return false;
    m_checkTarget = documentId;
    m_checkFromFile = false;
    return true;
}

bool DocumentFiles::importCamera(qint64 documentId, const QImage &image)
{
    return startImport(documentId, [image] {
        ImportResult imported = DocumentImporter::importImage(image);
        return PreparedFile { imported.error, std::move(imported.file), {} };
    });
}

void DocumentFiles::keepCheckedPhoto(const QString &purpose, const QImage &image)
{
    if (purpose != PhotoCheck::documentPurpose || m_checkTarget == 0)
        return;
    const qint64 documentId = std::exchange(m_checkTarget, 0);
    if (!importCamera(documentId, image))
        Q_EMIT said(documentId, tr("The file could not be saved. Try again."), false);
}

bool DocumentFiles::holdsDocument(qint64 documentId) const
{
    return m_db && documentId != 0 && samen::vault::DocumentRepository(*m_db).document(documentId);
}

bool DocumentFiles::remove(qint64 documentId, qint64 attachmentId)
{
    if (!m_db || m_busy || documentId == 0)
        return false;
    samen::vault::DocumentRepository documents(*m_db);
    if (documents.documentOf(attachmentId) != documentId)
        return false;
    if (!documents.removeAttachment(attachmentId)) {
        Q_EMIT said(documentId, tr("This page could not be deleted. Try again."), false);
        return false;
    }
    Q_EMIT pagesChanged(documentId, 0);
    Q_EMIT m_events.documentsChanged(memberOf(documentId));
    Q_EMIT said(documentId, tr("The page is deleted."), true);
    return true;
}

bool DocumentFiles::exportAttachment(qint64 documentId, qint64 attachmentId, const QUrl &folder)
{
    if (!m_db || m_busy || samen::vault::DocumentRepository(*m_db).documentOf(attachmentId) != documentId)
        return false;
    return startExport(documentId, AttachmentExport::itemsForAttachment(*m_db, attachmentId), folder);
}

bool DocumentFiles::exportMember(qint64 documentId, const QUrl &folder)
{
    if (!m_db || m_busy)
        return false;
    const auto document = samen::vault::DocumentRepository(*m_db).document(documentId);
    if (!document)
        return false;
    return startExport(documentId, AttachmentExport::itemsForMember(*m_db, document->memberId), folder);
}

QString DocumentFiles::number(int value) const
{
    return samen::locale::NumberFormatter::forLanguage(m_languages.language()).formatInteger(value);
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

bool DocumentFiles::startImport(qint64 documentId, std::function<PreparedFile()> work)
{
    if (m_busy || !holdsDocument(documentId))
        return false;
    m_workTarget = documentId;
    m_workGeneration = m_generation;
    setBusy(true);
    m_importWatcher.setFuture(QtConcurrent::run(std::move(work)));
    return true;
}

void DocumentFiles::importDone()
{
    if (m_importWatcher.future().resultCount() == 0)
        return; // the empty future set below to free the bytes
    const PreparedFile result = m_importWatcher.result();
    m_importWatcher.setFuture({});
    setBusy(false);
    if (m_workGeneration != m_generation || !m_db)
        return; // the vault locked meanwhile: drop the bytes
    const qint64 documentId = m_workTarget;
    if (result.error != ImportError::None) {
        Q_EMIT said(documentId, errorText(result.error), false);
        Q_EMIT finished(documentId, false);
        return;
    }
    if (!result.photo.isNull()) {
        if (!m_check || !m_check->begin(result.photo, PhotoCheck::documentPurpose)) {
            Q_EMIT said(documentId, tr("The file could not be saved. Try again."), false);
            Q_EMIT finished(documentId, false);
            return;
        }
        m_checkTarget = documentId;
        m_checkFromFile = true;
        Q_EMIT photoToCheck(documentId);
        Q_EMIT finished(documentId, true);
        return;
    }
    const auto id = AttachmentStore(*m_db).add(documentId, result.file, QDateTime::currentDateTimeUtc());
    if (!id) {
        Q_EMIT said(documentId, tr("The file could not be saved. Try again."), false);
        Q_EMIT finished(documentId, false);
        return;
    }
    Q_EMIT pagesChanged(documentId, *id);
    Q_EMIT m_events.documentsChanged(memberOf(documentId));
    Q_EMIT said(documentId, tr("The page is added."), true);
    Q_EMIT finished(documentId, true);
}

bool DocumentFiles::startExport(qint64 documentId, const QList<ExportItem> &items, const QUrl &folder)
{
    const QString path = FilePlaces::pathOf(folder);
    if (items.isEmpty() || path.isEmpty()) {
        Q_EMIT said(documentId,
                    items.isEmpty() ? tr("There is nothing to save yet.") : tr("Choose another folder."),
                    false);
        return false;
    }
    m_workTarget = documentId;
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
        Q_EMIT said(m_workTarget, tr("The copies could not be saved there. Choose another folder."), false);
        Q_EMIT finished(m_workTarget, false);
        return;
    }
    Q_EMIT said(m_workTarget,
                tr("%n copies saved. Delete them after you have uploaded them.", nullptr, outcome.written),
                true);
    Q_EMIT finished(m_workTarget, true);
}

qint64 DocumentFiles::memberOf(qint64 documentId) const
{
    const auto document = m_db ? samen::vault::DocumentRepository(*m_db).document(documentId) : std::nullopt;
    return document ? document->memberId : 0;
}

void DocumentFiles::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}
