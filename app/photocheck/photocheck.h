#pragma once

#include "imaging/pagequad.h"
#include "imaging/photoquality.h"
#include "kinds.h"
#include "photocheck/photoflawmodel.h"
#include "publishedsingleton.h"

#include <QFutureWatcher>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

class LanguageController;

/**
 * The check a photo of a paper goes through before it is kept: blur, glare, darkness and cut
 * edges (core/imaging's checkQuality) and the page's corners, both worked out on a worker
 * thread; then the user's corners straighten the page (perspective and deskew), also on a
 * worker, and accepted() hands the flat page to whoever keeps it.
 *
 * The photo stays in this object's memory only (never a file, never logged) from begin() until
 * accept(), retake() or cancel(), or until the vault locks. One photo at a time: a new begin()
 * replaces the one waiting.
 *
 * Who keeps what: DocumentFiles stores a "document" photo into the paper it started the check
 * for; the letter reader connects to accepted() for "letter" and decides itself. QML shows the
 * photo as image://photocheck/<n> (PhotoCheckImageProvider).
 */
class PhotoCheck : public QObject, public PublishedSingleton<PhotoCheck>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** Where the check is: Idle, Checking, Ready or Straightening. */
    Q_PROPERTY(PhotoCheckStatus::Value status READ status NOTIFY statusChanged)
    /** "document" or "letter" while a photo waits; empty when Idle. */
    Q_PROPERTY(QString purpose READ purpose NOTIFY photoChanged)
    /** The waiting photo as image://photocheck/<n>; empty when Idle. */
    Q_PROPERTY(QUrl photo READ photoUrl NOTIFY photoChanged)
    /** The waiting photo's height divided by its width (1 when Idle). */
    Q_PROPERTY(double photoAspect READ photoAspect NOTIFY photoChanged)
    /** The flaws found (empty while Checking and for a good photo). */
    Q_PROPERTY(PhotoFlawModel *flaws READ flaws CONSTANT)
    /**
     * The page's corners as four points (top left, top right, bottom right, bottom left), each
     * a fraction 0..1 of the photo's width and height; the photo's own corners when no page
     * was found.
     */
    Q_PROPERTY(QVariantList corners READ corners NOTIFY cornersChanged)
    /** True when the corners are the page's as found, false when they are the photo's own. */
    Q_PROPERTY(bool pageFound READ pageFound NOTIFY cornersChanged)

public:
    /** The purpose of a photo of a paper of the dossier. */
    static inline const QString documentPurpose = QStringLiteral("document");
    /** The purpose of a photo of a letter for the letter reader. */
    static inline const QString letterPurpose = QStringLiteral("letter");

    /** A check that writes its messages in the language of @p languages (which must outlive it). */
    PhotoCheck(const LanguageController &languages, QObject *parent);
    ~PhotoCheck() override;

    [[nodiscard]] PhotoCheckStatus::Value status() const { return m_status; }
    [[nodiscard]] QString purpose() const { return m_purpose; }
    [[nodiscard]] QUrl photoUrl() const;
    [[nodiscard]] QSize photoSize() const { return m_photo.size(); }
    [[nodiscard]] double photoAspect() const
    {
        return m_photo.isNull() ? 1.0 : double(m_photo.height()) / m_photo.width();
    }
    [[nodiscard]] PhotoFlawModel *flaws() const { return m_flaws; }
    [[nodiscard]] QVariantList corners() const;
    [[nodiscard]] bool pageFound() const { return m_pageFound; }
    /** The corners in the photo's pixels. */
    [[nodiscard]] samen::imaging::PageQuad cornersInPixels() const
    {
        return m_corners.scaled(m_photo.size());
    }
    /** The measures of the last check (for tests and the benchmark's printout). */
    [[nodiscard]] samen::imaging::QualityReport report() const { return m_report; }
    /** A copy of the waiting photo (for the image provider; any thread). */
    [[nodiscard]] QImage waitingPhoto() const;

    /**
     * Starts the check of @p image for @p purpose ("document" or "letter"): status becomes
     * Checking, then Ready with the flaws and corners. False (and nothing changes) for a null
     * image, another purpose, or while a page is being straightened.
     */
    Q_INVOKABLE bool begin(const QImage &image, const QString &purpose);
    /**
     * Straightens the waiting photo inside @p corners (four points as in `corners`; a point
     * outside 0..1 is moved onto the photo) on a worker, then emits accepted() and forgets the
     * photo. False unless the status is Ready and four points are given.
     */
    Q_INVOKABLE bool accept(const QVariantList &corners);
    /** Forgets the photo and asks for another one: emits retakeRequested(purpose). */
    Q_INVOKABLE void retake();
    /** Forgets the photo: emits cancelled(purpose) when one was waiting. */
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    /** The flat page of an accepted photo, for @p purpose; the photo is already forgotten here. */
    void accepted(QString purpose, QImage image);
    /** The user wants to take the photo for @p purpose again. */
    void retakeRequested(const QString &purpose);
    /** The photo for @p purpose was dropped without a result (cancel, or the vault locked). */
    void cancelled(const QString &purpose);
    void statusChanged();
    /** photo, photoAspect or purpose changed. */
    void photoChanged();
    /** corners or pageFound changed. */
    void cornersChanged();

private:
    void checked();
    void straightened();
    void setStatus(PhotoCheckStatus::Value status);
    void forget();
    void showFlaws();
    [[nodiscard]] PhotoFlawRow rowOf(samen::imaging::Flaw flaw) const;

    const LanguageController &m_languages;
    PhotoFlawModel *m_flaws;
    mutable QMutex m_photoLock;
    QImage m_photo;
    QString m_purpose;
    samen::imaging::QualityReport m_report;
    samen::imaging::PageQuad m_corners;
    bool m_pageFound = false;
    PhotoCheckStatus::Value m_status = PhotoCheckStatus::Idle;
    int m_generation = 0;
    int m_workGeneration = 0;
    QFutureWatcher<samen::imaging::QualityReport> m_checkWatcher;
    QFutureWatcher<QImage> m_straightenWatcher;
};
