#pragma once

#include <QQuickImageProvider>

class DocumentFiles;

/**
 * Serves image://attachment/<id> (the stored picture) straight from the vault, decoded in
 * memory; nothing is written to disk. Previews (image://thumbnail/<id>) and the viewer's page
 * (image://picture/<id>) come from ThumbnailImageProvider, decoded off the GUI thread.
 *
 * The vault's database is not thread-safe and may close at any moment (auto-lock), so the bytes
 * are read only on the thread that owns DocumentFiles (the GUI thread). QML must therefore use
 * these URLs with Image { asynchronous: false; cache: false }: Qt then calls requestImage() on
 * the GUI thread, and no decoded page stays in Qt's pixmap cache after the vault locks. A call
 * from any other thread gets an empty image instead of touching the database.
 */
class AttachmentImageProvider : public QQuickImageProvider
{
public:
    /** Reads through @p files, which must outlive the provider. */
    explicit AttachmentImageProvider(const DocumentFiles &files);

    /** The image of attachment @p id (decimal), scaled down to @p requestedSize if one is given. */
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    /**
     * Registers "attachment", and "thumbnail" and "picture" (ThumbnailImageProvider over the
     * thumbnails and the viewers' pictures) on @p engine, which takes ownership.
     */
    static void addTo(QQmlEngine &engine, const DocumentFiles &files);

private:
    const DocumentFiles &m_files;
};
