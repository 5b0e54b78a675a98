#include "documents/documentphotos.h"

#include "documents/documentfiles.h"
#include "dossierevents.h"
#include "languagecontroller.h"
#include "locale/dateformatter.h"
#include "vault/documentrepository.h"

DocumentPhotos::DocumentPhotos(QObject *parent)
    : DocumentPhotos(*DocumentFiles::published(), parent)
{ }

DocumentPhotos::DocumentPhotos(DocumentFiles &files, QObject *parent)
    : QObject(parent)
    , m_files(&files)
    , m_attachments(new AttachmentModel(this))
{
    const LanguageController &languages = files.languages();
    connect(&files, &DocumentFiles::databaseChanged, this, &DocumentPhotos::readPages);
    connect(&files, &DocumentFiles::pagesChanged, this, &DocumentPhotos::followPages);
    connect(&files, &DocumentFiles::busyChanged, this, &DocumentPhotos::busyChanged);
    connect(&files, &DocumentFiles::said, this, [this](qint64 documentId, const QString &message, bool good) {
        if (documentId == m_documentId)
            setMessage(message, good);
    });
    connect(&files, &DocumentFiles::photoToCheck, this, [this](qint64 documentId) {
        if (documentId == m_documentId)
            Q_EMIT photoToCheck();
    });
    connect(&files, &DocumentFiles::chooseAgain, this, [this](qint64 documentId) {
        if (documentId == m_documentId)
            Q_EMIT chooseAgain();
    });
    connect(&languages, &LanguageController::languageChanged, this, &DocumentPhotos::readPages);
    connect(&languages, &LanguageController::datesChanged, this, &DocumentPhotos::readPages);
    // A paper goes when its member is removed or the answers no longer ask for it.
    connect(&files.events(), &DossierEvents::memberRemoved, this, &DocumentPhotos::followRemoval);
    connect(&files.events(), &DossierEvents::documentsChanged, this, &DocumentPhotos::followRemoval);
}

DocumentPhotos::~DocumentPhotos()
{
    if (m_files) {
        m_files->thumbnails().remove(this);
        m_files->pictures().remove(this);
    }
}

void DocumentPhotos::setShowsPicture(bool shows)
{
    if (shows == m_showsPicture)
        return;
    m_showsPicture = shows;
    holdPicture();
    Q_EMIT showsPictureChanged();
}

void DocumentPhotos::holdPicture()
{
    if (!m_files)
        return;
    const qint64 id = m_showsPicture ? m_attachments->idAt(m_pageIndex) : 0;
    const QByteArray bytes = id != 0 ? m_files->imageBytes(id) : QByteArray();
    if (bytes.isEmpty())
        m_files->pictures().remove(this);
    else
        m_files->pictures().replace(this, { { id, bytes } });
}

void DocumentPhotos::setDocumentId(qint64 id)
{
    if (id == m_documentId)
        return;
    m_documentId = id;
    m_pageIndex = 0;
    Q_EMIT documentIdChanged();
    readPages();
    Q_EMIT pageIndexChanged();
}

void DocumentPhotos::setPageIndex(int index)
{
    const int bounded = std::clamp(index, 0, std::max(0, m_attachments->rowCount() - 1));
    if (bounded == m_pageIndex)
        return;
    m_pageIndex = bounded;
    holdPicture();
    Q_EMIT pageIndexChanged();
}

bool DocumentPhotos::isBusy() const
{
    return m_files && m_files->isBusy();
}

bool DocumentPhotos::importFile(const QUrl &url)
{
    clearMessage();
    return m_files && m_exists && m_files->importFile(m_documentId, url);
}

bool DocumentPhotos::checkCamera(const QImage &image)
{
    clearMessage();
    return m_files && m_exists && m_files->checkCamera(m_documentId, image);
}

bool DocumentPhotos::importCamera(const QImage &image)
{
    clearMessage();
    return m_files && m_exists && m_files->importCamera(m_documentId, image);
}

bool DocumentPhotos::remove(qint64 attachmentId)
{
    return m_files && m_attachments->rowOf(attachmentId) >= 0 && m_files->remove(m_documentId, attachmentId);
}

bool DocumentPhotos::exportAttachment(qint64 attachmentId, const QUrl &folder)
{
    if (!m_files || m_attachments->rowOf(attachmentId) < 0)
        return false;
    clearMessage();
    return m_files->exportAttachment(m_documentId, attachmentId, folder);
}

bool DocumentPhotos::exportMember(const QUrl &folder)
{
    if (!m_files || !m_exists)
        return false;
    clearMessage();
    return m_files->exportMember(m_documentId, folder);
}

void DocumentPhotos::clearMessage()
{
    setMessage({}, false);
}

void DocumentPhotos::followPages(qint64 documentId, qint64 addedId)
{
    if (documentId != m_documentId)
        return;
    readPages();
    setPageIndex(addedId != 0 ? m_attachments->rowOf(addedId) : m_pageIndex);
}

void DocumentPhotos::followRemoval(qint64 memberId)
{
    samen::vault::Database *db = m_files ? m_files->database() : nullptr;
    if (m_exists && (memberId == m_memberId || memberId == 0) &&
        !(db && samen::vault::DocumentRepository(*db).document(m_documentId)))
        readPages();
}

void DocumentPhotos::readPages()
{
    const bool oldExists = m_exists;
    const qint64 oldMember = m_memberId;
    QList<AttachmentRow> rows;
    QHash<qint64, QByteArray> thumbnails;
    samen::vault::Database *db = m_files ? m_files->database() : nullptr;
    const auto document =
        db && m_documentId != 0 ? samen::vault::DocumentRepository(*db).document(m_documentId) : std::nullopt;
    m_exists = document.has_value();
    m_memberId = document ? document->memberId : 0;
    if (document) {
        samen::vault::DocumentRepository documents(*db);
        const auto &dates = m_files->languages().dates();
        for (const auto &summary : documents.attachmentSummaries(m_documentId)) {
            const QDate day = QDateTime::fromString(summary.createdAt, Qt::ISODate).toLocalTime().date();
            rows.append(
                { summary.id, summary.mimeType, day.isValid() ? dates.format(day).oneLine() : QString() });
            thumbnails.insert(summary.id, documents.thumbnail(summary.id));
        }
    }
    if (m_files)
        m_files->thumbnails().replace(this, std::move(thumbnails));
    m_attachments->setRows(rows);
    holdPicture();
    if (oldExists != m_exists || oldMember != m_memberId)
        Q_EMIT documentChanged();
}

void DocumentPhotos::setMessage(const QString &message, bool good)
{
    if (message == m_message && good == m_messageGood)
        return;
    m_message = message;
    m_messageGood = good;
    Q_EMIT messageChanged();
}
