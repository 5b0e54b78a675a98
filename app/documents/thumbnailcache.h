#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

/**
 * The thumbnails of the documents on screen, as stored JPEG bytes, so that they can be decoded
 * off the GUI thread: each page's DocumentPhotos puts the thumbnails of its document here under
 * its own key on the GUI thread (which owns the database) and takes them out when it goes;
 * DocumentFiles empties it when the vault closes; ThumbnailImageProvider reads it from Qt's
 * image threads.
 */
class ThumbnailCache
{
public:
    /** Holds @p thumbnails (attachment id → JPEG bytes) for @p owner instead of what it held. */
    void replace(const void *owner, QHash<qint64, QByteArray> thumbnails);
    /** Drops the thumbnails of @p owner (its page closed). */
    void remove(const void *owner);
    /** Drops every thumbnail (the vault locked). */
    void clear();
    /** The bytes for attachment @p id; empty when it is not on screen. Any thread. */
    [[nodiscard]] QByteArray bytes(qint64 id) const;
    /** True when attachment @p id is on a page that is open. Any thread. */
    [[nodiscard]] bool contains(qint64 id) const;

private:
    mutable QMutex m_mutex;
    QHash<const void *, QHash<qint64, QByteArray>> m_byOwner;
};
