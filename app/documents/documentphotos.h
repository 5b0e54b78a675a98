#pragma once

#include "documents/attachmentmodel.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

class DocumentFiles;

/**
 * The photos and files of one paper for the page that shows them: the pages of documentId, the
 * page the viewer shows, the last message about this paper, and adding, deleting and copying
 * pages through the app-wide DocumentFiles. Created by the page
 * (`DocumentPhotos { documentId: root.documentId }`), so two pages never share what they show;
 * it follows DocumentFiles, the language and the vault: a paper removed meanwhile (or a locked
 * vault) turns `exists` false and empties the pages.
 */
class DocumentPhotos : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // Ids are qint64 in C++ and numbers in QML (qmllint of Qt 6.4 does not know qlonglong).
    /** The document whose pages are shown; 0 for none. */
    Q_PROPERTY(double documentId READ qmlDocumentId WRITE setQmlDocumentId NOTIFY documentIdChanged)
    /** True while the vault is open and holds the document. */
    Q_PROPERTY(bool exists READ exists NOTIFY documentChanged)
    /** The family member of the document (0: the referent's own or none). */
    Q_PROPERTY(double memberId READ qmlMemberId NOTIFY documentChanged)
    /** The pages of the document. */
    Q_PROPERTY(AttachmentModel *attachments READ attachments CONSTANT)
    /** The page the viewer shows (a row of attachments). */
    Q_PROPERTY(int pageIndex READ pageIndex WRITE setPageIndex NOTIFY pageIndexChanged)
    /**
     * True for a viewer: the stored picture of the page at pageIndex is read (on the GUI thread,
     * which owns the database) and held for image://picture, which decodes it on a worker.
     */
    Q_PROPERTY(bool showsPicture READ showsPicture WRITE setShowsPicture NOTIFY showsPictureChanged)
    /** True while the app's one worker converts a file or writes copies (for any page). */
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /** What happened last to this paper, in the user's language; empty when there is nothing to say. */
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /** True when message reports a success. */
    Q_PROPERTY(bool messageIsGood READ isMessageGood NOTIFY messageChanged)

public:
    /** A view through the published DocumentFiles (for QML). */
    explicit DocumentPhotos(QObject *parent = nullptr);
    /** A view through @p files, which must outlive it. */
    explicit DocumentPhotos(DocumentFiles &files, QObject *parent = nullptr);
    ~DocumentPhotos() override;

    [[nodiscard]] qint64 documentId() const { return m_documentId; }
    void setDocumentId(qint64 id);
    [[nodiscard]] bool exists() const { return m_exists; }
    [[nodiscard]] qint64 memberId() const { return m_memberId; }
    [[nodiscard]] AttachmentModel *attachments() const { return m_attachments; }
    [[nodiscard]] int pageIndex() const { return m_pageIndex; }
    void setPageIndex(int index);
    [[nodiscard]] bool showsPicture() const { return m_showsPicture; }
    void setShowsPicture(bool shows);
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool isMessageGood() const { return m_messageGood; }

    /** Adds the file at @p url (file:// or content://) as the next page; false when it cannot start. */
    Q_INVOKABLE bool importFile(const QUrl &url);
    /** Hands a camera picture to the photo check; "Use this photo" adds it as the next page. */
    Q_INVOKABLE bool checkCamera(const QImage &image);
    /** Adds a (checked) picture as the next page; false when it cannot start. */
    Q_INVOKABLE bool importCamera(const QImage &image);
    /** Deletes page @p attachmentId of this paper (the page asks for confirmation first). */
    Q_INVOKABLE bool remove(qint64 attachmentId);
    /** Writes an unencrypted copy of page @p attachmentId into @p folder. */
    Q_INVOKABLE bool exportAttachment(qint64 attachmentId, const QUrl &folder);
    /** Writes unencrypted copies of every page of every paper of this paper's member into @p folder. */
    Q_INVOKABLE bool exportMember(const QUrl &folder);
    /** Forgets the last message (a page calls it when it opens). */
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void documentIdChanged();
    /** exists or memberId changed. */
    void documentChanged();
    void pageIndexChanged();
    void showsPictureChanged();
    void busyChanged();
    void messageChanged();
    /** A photo of this paper waits in the photo check (PhotoCheck): the page opens the check. */
    void photoToCheck();
    /** "Take again" for a photo of this paper chosen as a file: the page opens the chooser again. */
    void chooseAgain();

private:
    [[nodiscard]] double qmlDocumentId() const { return double(m_documentId); }
    void setQmlDocumentId(double id) { setDocumentId(qint64(id)); }
    [[nodiscard]] double qmlMemberId() const { return double(m_memberId); }
    void readPages();
    void followPages(qint64 documentId, qint64 addedId);
    void followRemoval(qint64 memberId);
    void holdPicture();
    void setMessage(const QString &message, bool good);
    bool starting(bool started);

    QPointer<DocumentFiles> m_files;
    AttachmentModel *m_attachments;
    qint64 m_documentId = 0;
    qint64 m_memberId = 0;
    int m_pageIndex = 0;
    bool m_showsPicture = false;
    bool m_exists = false;
    bool m_messageGood = false;
    QString m_message;
};
