#include "documents/thumbnailcache.h"

void ThumbnailCache::replace(QHash<qint64, QByteArray> thumbnails)
{
    const QMutexLocker lock(&m_mutex);
    m_thumbnails.swap(thumbnails);
}

void ThumbnailCache::clear()
{
    replace({});
}

QByteArray ThumbnailCache::bytes(qint64 id) const
{
    const QMutexLocker lock(&m_mutex);
    return m_thumbnails.value(id);
}
