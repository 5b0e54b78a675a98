#include "documents/attachmentimageprovider.h"

#include "documents/documentfiles.h"
#include "documents/jpegdecode.h"
#include "documents/thumbnailimageprovider.h"

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
    return ok ? decodeJpeg(m_files.imageBytes(attachmentId), requestedSize, size) : QImage();
}

void AttachmentImageProvider::addTo(QQmlEngine &engine, const DocumentFiles &files)
{
    engine.addImageProvider(QStringLiteral("attachment"), new AttachmentImageProvider(files));
    engine.addImageProvider(QStringLiteral("thumbnail"), new ThumbnailImageProvider(files.thumbnails()));
    engine.addImageProvider(QStringLiteral("picture"), new ThumbnailImageProvider(files.pictures()));
}
