#include "photocheck/photocheckimageprovider.h"

#include "photocheck/photocheck.h"

PhotoCheckImageProvider::PhotoCheckImageProvider(const PhotoCheck &check)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_check(check)
{ }

QImage PhotoCheckImageProvider::requestImage(const QString &, QSize *size, const QSize &requestedSize)
{
    QImage photo = m_check.waitingPhoto();
    if (photo.isNull()) {
        // Forgotten while a page on its way out still asks (its size changed): a blank pixel.
        photo = QImage(1, 1, QImage::Format_RGB32);
        photo.fill(Qt::white);
    }
    if (size)
        *size = photo.size();
    const QSize bounds(requestedSize.width() > 0 ? requestedSize.width() : photo.width(),
                       requestedSize.height() > 0 ? requestedSize.height() : photo.height());
    if (photo.width() > bounds.width() || photo.height() > bounds.height())
        photo = photo.scaled(bounds, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return photo;
}
