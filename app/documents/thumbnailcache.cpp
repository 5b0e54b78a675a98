#include "documents/thumbnailcache.h"

void ThumbnailCache::replace(const void *owner, QHash<qint64, QByteArray> thumbnails)
{
    const QMutexLocker lock(&m_mutex);
    if (thumbnails.isEmpty())
        m_byOwner.remove(owner);
    else
        m_byOwner.insert(owner, std::move(thumbnails));
}

void ThumbnailCache::remove(const void *owner)
{
    const QMutexLocker lock(&m_mutex);
    m_byOwner.remove(owner);
}

void ThumbnailCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_byOwner.clear();
}

QByteArray ThumbnailCache::bytes(qint64 id) const
{
    const QMutexLocker lock(&m_mutex);
    for (const auto &thumbnails : m_byOwner) {
        const auto found = thumbnails.constFind(id);
        if (found != thumbnails.cend())
            return *found;
    }
    return {};
}

bool ThumbnailCache::contains(qint64 id) const
{
    const QMutexLocker lock(&m_mutex);
    return std::any_of(m_byOwner.cbegin(), m_byOwner.cend(),
                       [id](const QHash<qint64, QByteArray> &thumbnails) { return thumbnails.contains(id); });
}
