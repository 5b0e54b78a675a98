#pragma once

#include "documents/attachmentexport.h"
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
class PhotoCheck;

namespace samen::vault {
class Database;
}

/**
 * The app-wide part of photos and files: the one worker that converts a file or a camera picture
 * and writes copies (one job at a time, busy meanwhile), storing and deleting pages, and the
 * thumbnails of the documents on screen. What a page shows (which document, which page, the
 * last message) is in that page's DocumentPhotos. Every result names its document: the pages
 * of that document (and only those) follow it. The database is used only on this object's (the
 * GUI) thread.
 */
class DocumentFiles : public QObject, public PublishedSingleton<DocumentFiles>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** True while a file is converted or copies are written. */
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    /**
     * A service that writes in the language of @p languages and says on @p events when a
     * member's pages changed; both must outlive it.
     */
    DocumentFiles(const LanguageController &languages, DossierEvents &events, QObject *parent);
    ~DocumentFiles() override;

    /** The unlocked vault database, or nullptr when it closes (the thumbnails are dropped). */
    void setDatabase(samen::vault::Database *db);
    /**
     * The photo check that photos go through before they are stored (AppServices sets it);
     * without one (some tests) a photo is stored as it comes. @p check must outlive this.
     */
    void setPhotoCheck(PhotoCheck *check);
    /** The unlocked vault database; nullptr while locked. */
    [[nodiscard]] samen::vault::Database *database() const { return m_db; }
    [[nodiscard]] const LanguageController &languages() const { return m_languages; }
    /** The app's change signals (a page follows the removal of its paper). */
    [[nodiscard]] DossierEvents &events() const { return m_events; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    /** The stored JPEG of attachment @p id when a page shows it; empty for a PDF, a locked vault or another
     * thread. */
    [[nodiscard]] QByteArray imageBytes(qint64 id) const;
    /** The thumbnails of the documents on screen, for ThumbnailImageProvider and DocumentPhotos. */
    [[nodiscard]] const ThumbnailCache &thumbnails() const { return m_thumbnails; }
    [[nodiscard]] ThumbnailCache &thumbnails() { return m_thumbnails; }
    /**
     * The stored JPEG of the page each viewer shows, for image://picture (decoded on a worker,
     * ThumbnailImageProvider over this cache); DocumentPhotos with showsPicture puts it here.
     */
    [[nodiscard]] const ThumbnailCache &pictures() const { return m_pictures; }
    [[nodiscard]] ThumbnailCache &pictures() { return m_pictures; }

    /**
     * Adds the file at @p url (file:// or content://) as the next page of @p documentId: a PDF
     * at once, a photo after the photo check (photoToCheck(), then the user's "Use this photo");
     * false when it cannot start.
     */
    bool importFile(qint64 documentId, const QUrl &url);
    /** Hands a camera picture for @p documentId to the photo check; false when it cannot start. */
    bool checkCamera(qint64 documentId, const QImage &image);
    /** Adds a (checked) picture as the next page of @p documentId; false when it cannot start. */
    bool importCamera(qint64 documentId, const QImage &image);
    /** Deletes page @p attachmentId of @p documentId (the page asks for confirmation first). */
    bool remove(qint64 documentId, qint64 attachmentId);
    /** Writes an unencrypted copy of attachment @p attachmentId (a page of @p documentId) into @p folder. */
    bool exportAttachment(qint64 documentId, qint64 attachmentId, const QUrl &folder);
    /** Writes unencrypted copies of every page of every paper of the member of @p documentId into @p folder.
     */
    bool exportMember(qint64 documentId, const QUrl &folder);
    /** @p value in the digits of the user's language (page numbers). */
    Q_INVOKABLE [[nodiscard]] QString number(int value) const;

    /** The message for @p error, in the user's language. */
    [[nodiscard]] QString errorText(samen::documents::ImportError error) const;

Q_SIGNALS:
    void busyChanged();
    /** The vault opened or closed: every page reads its document again. */
    void databaseChanged();
    /** The pages of @p documentId changed; @p addedId is the page just added (0 after a removal). */
    void pagesChanged(qint64 documentId, qint64 addedId);
    /** Something to tell the pages of @p documentId, in the user's language (@p good: a success). */
    void said(qint64 documentId, const QString &message, bool good);
    /** An import or export for @p documentId ended; @p ok is false when said() told why. */
    void finished(qint64 documentId, bool ok);
    /** A photo for @p documentId waits in the photo check: its page opens the check. */
    void photoToCheck(qint64 documentId);
    /** "Take again" for a photo of @p documentId that came from a file: its page opens the chooser. */
    void chooseAgain(qint64 documentId);

private:
    bool startImport(qint64 documentId, std::function<samen::documents::PreparedFile()> work);
    [[nodiscard]] bool holdsDocument(qint64 documentId) const;
    void keepCheckedPhoto(const QString &purpose, const QImage &image);
    bool startExport(qint64 documentId, const QList<samen::documents::ExportItem> &items, const QUrl &folder);
    void importDone();
    void exportDone();
    void setBusy(bool busy);
    [[nodiscard]] qint64 memberOf(qint64 documentId) const;

    const LanguageController &m_languages;
    DossierEvents &m_events;
    samen::vault::Database *m_db = nullptr;
    ThumbnailCache m_thumbnails;
    ThumbnailCache m_pictures;
    PhotoCheck *m_check = nullptr;
    qint64 m_checkTarget = 0;
    bool m_checkFromFile = false;
    QFutureWatcher<samen::documents::PreparedFile> m_importWatcher;
    QFutureWatcher<samen::documents::ExportOutcome> m_exportWatcher;
    qint64 m_workTarget = 0;
    int m_generation = 0;
    int m_workGeneration = 0;
    bool m_busy = false;
};
