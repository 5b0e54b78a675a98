#pragma once

#include "documents/attachmentexport.h"
#include "documents/attachmentmodel.h"
#include "documents/documentimporter.h"
#include "documents/thumbnailcache.h"
#include "publishedsingleton.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <functional>

class DossierEvents;
class LanguageController;

namespace samen::vault {
class Database;
}

/**
 * The photos and files of one document for QML: the pages of documentId (or of the first
 * document in the vault while none is chosen), adding a file or a camera picture, removing a
 * page, and exporting copies for the IND's online form. Decoding and writing run on a worker
 * thread while busy is true; the database is used only on this object's (the GUI) thread.
 */
class DocumentFiles : public QObject, public PublishedSingleton<DocumentFiles>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Ids are qint64 in C++ and numbers in QML (qmllint of Qt 6.4 does not know qlonglong).
    /** The document chosen by another page; 0 shows the first document in the vault. */
    Q_PROPERTY(double documentId READ documentId WRITE setDocumentId NOTIFY documentChanged)
    /** The document whose pages are shown; 0 when the vault is locked or holds no document. */
    Q_PROPERTY(double shownDocumentId READ shownDocumentId NOTIFY documentChanged)
    /** The family member of the shown document (0: the referent's own). */
    Q_PROPERTY(double memberId READ memberId NOTIFY documentChanged)
    /** The pages of the shown document. */
    Q_PROPERTY(AttachmentModel *attachments READ attachments CONSTANT)
    /** The page the viewer shows (a row of attachments). */
    Q_PROPERTY(int pageIndex READ pageIndex WRITE setPageIndex NOTIFY pageIndexChanged)
    /** True while a file is converted or copies are written. */
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /** What happened last, in the user's language; empty when there is nothing to say. */
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /** True when message reports a success. */
    Q_PROPERTY(bool messageIsGood READ isMessageGood NOTIFY messageChanged)

public:
    /**
     * A service that writes dates in the language of @p languages and says on @p events when a
     * member's pages changed; both must outlive it.
     */
    DocumentFiles(const LanguageController &languages, DossierEvents &events, QObject *parent);
    ~DocumentFiles() override;

    /** The unlocked vault database, or nullptr when it closes (everything read from it is dropped). */
    void setDatabase(samen::vault::Database *db);

    [[nodiscard]] qint64 documentId() const { return m_documentId; }
    void setDocumentId(qint64 id);
    [[nodiscard]] qint64 shownDocumentId() const { return m_shownDocumentId; }
    [[nodiscard]] qint64 memberId() const { return m_memberId; }
    [[nodiscard]] AttachmentModel *attachments() const { return m_attachments; }
    [[nodiscard]] int pageIndex() const { return m_pageIndex; }
    void setPageIndex(int index);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool isMessageGood() const { return m_messageGood; }

    /** The stored JPEG of attachment @p id; empty for a PDF, a locked vault or another thread. */
    [[nodiscard]] QByteArray imageBytes(qint64 id) const;
    /** The thumbnails of the shown document, for ThumbnailImageProvider (emptied when the vault closes). */
    [[nodiscard]] const ThumbnailCache &thumbnails() const { return m_thumbnails; }

    /** Adds the file at @p url (file:// or content://) as the next page; false when it cannot start. */
    Q_INVOKABLE bool importFile(const QUrl &url);
    /** Adds a camera picture as the next page; false when it cannot start. */
    Q_INVOKABLE bool importCamera(const QImage &image);
    /** Deletes page @p attachmentId of the shown document (the page asks for confirmation first). */
    Q_INVOKABLE bool remove(qint64 attachmentId);
    /** Writes an unencrypted copy of attachment @p attachmentId into @p folder. */
    Q_INVOKABLE bool exportAttachment(qint64 attachmentId, const QUrl &folder);
    /** Writes unencrypted copies of every page of every document of member @p memberId into @p folder. */
    Q_INVOKABLE bool exportMember(qint64 memberId, const QUrl &folder);
    /** @p value in the digits of the user's language (page numbers). */
    Q_INVOKABLE [[nodiscard]] QString number(int value) const;
    /** Forgets the last message (a page calls it when it opens). */
    Q_INVOKABLE void clearMessage();

    /** The message for @p error, in the user's language. */
    [[nodiscard]] QString errorText(samen::documents::ImportError error) const;

Q_SIGNALS:
    void documentChanged();
    void pageIndexChanged();
    void busyChanged();
    void messageChanged();
    /** An import or export ended; @p ok is false when message says why. */
    void finished(bool ok);

private:
    bool startImport(std::function<samen::documents::ImportResult()> work);
    bool startExport(const QList<samen::documents::ExportItem> &items, const QUrl &folder);
    void importDone();
    void exportDone();
    void readPages();
    void setBusy(bool busy);
    void setMessage(const QString &message, bool good);

    const LanguageController &m_languages;
    DossierEvents &m_events;
    samen::vault::Database *m_db = nullptr;
    ThumbnailCache m_thumbnails;
    AttachmentModel *m_attachments;
    QFutureWatcher<samen::documents::ImportResult> m_importWatcher;
    QFutureWatcher<samen::documents::ExportOutcome> m_exportWatcher;
    qint64 m_documentId = 0;
    qint64 m_shownDocumentId = 0;
    qint64 m_memberId = 0;
    qint64 m_importTarget = 0;
    int m_generation = 0;
    int m_workGeneration = 0;
    int m_pageIndex = 0;
    bool m_busy = false;
    bool m_messageGood = false;
    QString m_message;
};
