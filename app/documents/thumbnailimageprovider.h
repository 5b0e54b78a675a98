#pragma once

#include <QQuickAsyncImageProvider>

class ThumbnailCache;

/**
 * Serves image://thumbnail/<id>: the preview of a page, decoded on a worker thread from the
 * bytes DocumentFiles put in the ThumbnailCache, so a document with many photos opens without
 * stalling the GUI thread. Only rows that QML shows ask for their image. Use it with
 * Image { asynchronous: true; cache: false }, so no decoded preview stays in Qt's pixmap cache
 * after the vault locks.
 */
class ThumbnailImageProvider : public QQuickAsyncImageProvider
{
public:
    /** Reads from @p cache, which must outlive the provider. */
    explicit ThumbnailImageProvider(const ThumbnailCache &cache);

    /** Starts decoding the thumbnail of attachment @p id (decimal), scaled down to @p requestedSize if given.
     */
    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

    /** How many thumbnails were decoded on the GUI thread since start (tests: stays 0). */
    [[nodiscard]] static int decodedOnGuiThread();

private:
    const ThumbnailCache &m_cache;
};
