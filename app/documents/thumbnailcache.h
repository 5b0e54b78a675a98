#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

/**
 * The thumbnails of the document on screen, as stored JPEG bytes, so that they can be decoded
 * off the GUI thread: DocumentFiles fills it on the GUI thread (which owns the database) and
 * clears it when the vault closes; ThumbnailImageProvider reads it from Qt's image threads.
 */
class ThumbnailCache
{
public:
    /** Holds @p thumbnails (attachment id → JPEG bytes) instead of what it held. */
    void replace(QHash<qint64, QByteArray> thumbnails);
    /** Drops every thumbnail (the vault locked). */
    void clear();
    /** The bytes for attachment @p id; empty when it is not on screen. Any thread. */
    [[nodiscard]] QByteArray bytes(qint64 id) const;

private:
    mutable QMutex m_mutex;
    QHash<qint64, QByteArray> m_thumbnails;
};
