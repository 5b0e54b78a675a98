#pragma once

#include <QQuickImageProvider>

class PhotoCheck;

/**
 * Serves image://photocheck/<n>: the photo PhotoCheck holds, from memory, scaled down to the
 * requested size. Nothing is written to disk. QML uses it with `cache: false`, so no copy stays
 * in Qt's pixmap cache once the photo is forgotten.
 */
class PhotoCheckImageProvider : public QQuickImageProvider
{
public:
    /** Reads from @p check, which must outlive the provider. */
    explicit PhotoCheckImageProvider(const PhotoCheck &check);

    /**
     * The waiting photo (whatever @p id), scaled down to fit @p requestedSize if one is given; a
     * white pixel once it is forgotten.
     */
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    const PhotoCheck &m_check;
};
