#include "documents/thumbnailimageprovider.h"

#include "documents/jpegdecode.h"
#include "documents/thumbnailcache.h"

#include <QCoreApplication>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>

#include <atomic>

namespace {

std::atomic<int> guiThreadDecodes { 0 };

class ThumbnailResponse : public QQuickImageResponse, public QRunnable
{
public:
    ThumbnailResponse(QByteArray bytes, QSize requestedSize)
        : m_bytes(std::move(bytes))
        , m_requestedSize(requestedSize)
    {
        setAutoDelete(false);
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }

    void run() override
    {
        if (QCoreApplication::instance() &&
            QThread::currentThread() == QCoreApplication::instance()->thread())
            ++guiThreadDecodes;
        m_image = decodeJpeg(std::move(m_bytes), m_requestedSize);
        m_bytes.clear();
        // Queued to the thread that asked: it connects to finished() only after
        // requestImageResponse() returned, which may be after this decode is done.
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
    }

private:
    QByteArray m_bytes;
    QSize m_requestedSize;
    QImage m_image;
};

} // namespace

ThumbnailImageProvider::ThumbnailImageProvider(const ThumbnailCache &cache)
    : m_cache(cache)
{ }

QQuickImageResponse *ThumbnailImageProvider::requestImageResponse(const QString &id,
                                                                  const QSize &requestedSize)
{
    bool ok = false;
    const qint64 attachmentId = id.section(QLatin1Char('?'), 0, 0).toLongLong(&ok);
    auto *response = new ThumbnailResponse(ok ? m_cache.bytes(attachmentId) : QByteArray(), requestedSize);
    QThreadPool::globalInstance()->start(response);
    return response;
}

int ThumbnailImageProvider::decodedOnGuiThread()
{
    return guiThreadDecodes.load();
}
