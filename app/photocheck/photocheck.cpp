#include "photocheck/photocheck.h"

#include "engines/enginemodule.h"
#include "imaging/photoimagingmodule.h"
#include "languagecontroller.h"

#include <QPointF>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace samen::imaging;

namespace {

const PageQuad wholePhoto { { QPointF(0, 0), QPointF(1, 0), QPointF(1, 1), QPointF(0, 1) } };

/** The OpenCV module (loaded on the first call, on a worker); nullptr when it is missing. */
const PhotoImaging *photoImaging()
{
    static const auto *const loaded =
        samen::engines::engine<PhotoImaging>(QStringLiteral("samen_photoimaging"), kPhotoImagingEntry);
    return loaded;
}

/** The check of @p photo; without the module, no flaw and no page (the user's corners decide). */
QualityReport checkedPhoto(const QImage &photo)
{
    const PhotoImaging *imaging = photoImaging();
    return imaging ? imaging->check(photo) : QualityReport {};
}

/** The page in @p corners, flat; without the module, the photo as taken (nothing is lost). */
QImage straightenedPhoto(const QImage &photo, const PageQuad &corners)
{
    const PhotoImaging *imaging = photoImaging();
    return imaging ? imaging->straightened(photo, corners) : photo;
}

PhotoFlaw::Value kindOf(Flaw flaw)
{
    switch (flaw) {
    case Flaw::Blurred:
        return PhotoFlaw::Blurred;
    case Flaw::Glare:
        return PhotoFlaw::Glare;
    case Flaw::TooDark:
        return PhotoFlaw::TooDark;
    case Flaw::CutEdges:
        break;
    }
    return PhotoFlaw::CutEdges;
}

} // namespace

PhotoCheck::PhotoCheck(const LanguageController &languages, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_flaws(new PhotoFlawModel(this))
    , m_corners(wholePhoto)
{
    connect(&m_checkWatcher, &QFutureWatcher<QualityReport>::finished, this, &PhotoCheck::checked);
    connect(&m_straightenWatcher, &QFutureWatcher<QImage>::finished, this, &PhotoCheck::straightened);
    connect(&languages, &LanguageController::languageChanged, this, &PhotoCheck::showFlaws);
}

PhotoCheck::~PhotoCheck()
{
    m_checkWatcher.waitForFinished();
    m_straightenWatcher.waitForFinished();
}

QUrl PhotoCheck::photoUrl() const
{
    return m_status == PhotoCheckStatus::Idle
        ? QUrl()
        : QUrl(QStringLiteral("image://photocheck/%1").arg(m_generation));
}

QVariantList PhotoCheck::corners() const
{
    QVariantList out;
    for (const QPointF &corner : m_corners.corners)
        out.append(corner);
    return out;
}

QImage PhotoCheck::waitingPhoto() const
{
    const QMutexLocker locker(&m_photoLock);
    return m_photo;
}

bool PhotoCheck::begin(const QImage &image, const QString &purpose)
{
    if (image.isNull() || (purpose != documentPurpose && purpose != letterPurpose) ||
        m_status == PhotoCheckStatus::Straightening)
        return false;
    {
        const QMutexLocker locker(&m_photoLock);
        m_photo = image;
    }
    m_purpose = purpose;
    m_workGeneration = ++m_generation;
    m_report = {};
    m_corners = wholePhoto;
    m_pageFound = false;
    m_flaws->setRows({});
    setStatus(PhotoCheckStatus::Checking);
    Q_EMIT photoChanged();
    Q_EMIT cornersChanged();
    m_checkWatcher.setFuture(QtConcurrent::run([image] { return checkedPhoto(image); }));
    return true;
}

void PhotoCheck::checked()
{
    if (m_checkWatcher.future().resultCount() == 0)
        return;
    const QualityReport report = m_checkWatcher.result();
    m_checkWatcher.setFuture({});
    if (m_workGeneration != m_generation || m_status != PhotoCheckStatus::Checking)
        return; // another photo, or none, since
    m_report = report;
    m_pageFound = report.page.has_value();
    m_corners = m_pageFound ? report.page->normalised(m_photo.size()) : wholePhoto;
    showFlaws();
    Q_EMIT cornersChanged();
    setStatus(PhotoCheckStatus::Ready);
}

bool PhotoCheck::accept(const QVariantList &corners)
{
    if (m_status != PhotoCheckStatus::Ready || corners.size() != 4)
        return false;
    PageQuad chosen;
    for (int i = 0; i < 4; ++i) {
        const QPointF p = corners.at(i).toPointF();
        chosen.corners[i] = QPointF(std::clamp(p.x(), 0.0, 1.0), std::clamp(p.y(), 0.0, 1.0));
    }
    m_corners = chosen;
    Q_EMIT cornersChanged();
    const QImage photo = m_photo;
    const PageQuad inPixels = chosen.scaled(QSizeF(photo.size()));
    m_workGeneration = m_generation;
    setStatus(PhotoCheckStatus::Straightening);
    m_straightenWatcher.setFuture(
        QtConcurrent::run([photo, inPixels] { return straightenedPhoto(photo, inPixels); }));
    return true;
}

void PhotoCheck::straightened()
{
    if (m_straightenWatcher.future().resultCount() == 0)
        return;
    const QImage flat = m_straightenWatcher.result();
    m_straightenWatcher.setFuture({});
    if (m_workGeneration != m_generation || m_status != PhotoCheckStatus::Straightening)
        return; // forgotten meanwhile (the vault locked)
    const QString purpose = m_purpose;
    forget();
    if (flat.isNull()) {
        Q_EMIT cancelled(purpose);
        return;
    }
    Q_EMIT accepted(purpose, flat);
}

void PhotoCheck::retake()
{
    const QString purpose = m_purpose;
    forget();
    Q_EMIT retakeRequested(purpose);
}

void PhotoCheck::cancel()
{
    if (m_status == PhotoCheckStatus::Idle)
        return;
    const QString purpose = m_purpose;
    forget();
    Q_EMIT cancelled(purpose);
}

void PhotoCheck::forget()
{
    ++m_generation;
    {
        const QMutexLocker locker(&m_photoLock);
        m_photo = QImage();
    }
    m_purpose.clear();
    m_report = {};
    m_corners = wholePhoto;
    m_pageFound = false;
    Q_EMIT photoChanged(); // first: no Image asks for the forgotten photo while the page changes
    m_flaws->setRows({});
    setStatus(PhotoCheckStatus::Idle);
    Q_EMIT cornersChanged();
}

void PhotoCheck::showFlaws()
{
    QList<PhotoFlawRow> rows;
    for (const Flaw flaw : m_report.flaws())
        rows.append(rowOf(flaw));
    m_flaws->setRows(rows);
}

PhotoFlawRow PhotoCheck::rowOf(Flaw flaw) const
{
    switch (flaw) {
    case Flaw::Blurred:
        return { kindOf(flaw), tr("The photo is blurred. Hold the phone still and take it again."),
                 QStringLiteral("photo-blurred") };
    case Flaw::Glare:
        return { kindOf(flaw),
                 tr("A light shines on the paper and hides part of it. Move the paper or the light and take "
                    "the photo again."),
                 QStringLiteral("photo-glare") };
    case Flaw::TooDark:
        return { kindOf(flaw), tr("The photo is too dark. Take it again in more light."),
                 QStringLiteral("photo-dark") };
    case Flaw::CutEdges:
        break;
    }
    return {
        kindOf(flaw),
        tr("Part of the paper is cut off. Take the photo again with all four corners of the paper in it."),
        QStringLiteral("photo-cut")
    };
}

void PhotoCheck::setStatus(PhotoCheckStatus::Value status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}
