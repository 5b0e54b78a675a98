#include "documents/jpegdecode.h"

#include <QBuffer>
#include <QImageReader>

QImage decodeJpeg(QByteArray bytes, const QSize &requestedSize, QSize *fullSize)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    const QSize full = reader.size();
    if (requestedSize.isValid() && full.isValid() &&
        (requestedSize.width() < full.width() || requestedSize.height() < full.height()))
        reader.setScaledSize(full.scaled(requestedSize, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (fullSize)
        *fullSize = full.isValid() ? full : image.size();
    return image;
}
