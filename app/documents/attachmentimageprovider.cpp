#include "attachmentimageprovider.h"

#include "documentfiles.h"
#include "thumbnailimageprovider.h"

#include <QBuffer>
#include <QImageReader>
#include <QQmlEngine>
#include <QThread>

AttachmentImageProvider::AttachmentImageProvider(const DocumentFiles &files)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_files(files)
{ }

QImage AttachmentImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    if (QThread::currentThread() != m_files.thread()) {
        qWarning("image://attachment must be loaded synchronously (Image.asynchronous: false)");
        return {};
    }
    bool ok = false;
    const qint64 attachmentId = id.section(QLatin1Char('?'), 0, 0).toLongLong(&ok);
    QByteArray bytes = ok ? m_files.imageBytes(attachmentId) : QByteArray();
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
    if (size)
        *size = full.isValid() ? full : image.size();
    return image;
}

void AttachmentImageProvider::addTo(QQmlEngine &engine, const DocumentFiles &files)
{
    engine.addImageProvider(QStringLiteral("attachment"), new AttachmentImageProvider(files));
    engine.addImageProvider(QStringLiteral("thumbnail"), new ThumbnailImageProvider(files.thumbnails()));
}
