#include "ocr/pageload.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

#include <poppler-qt6.h>

#include <cmath>

namespace samen::ocr {

namespace {

QSize fitted(QSize size, qint64 maxPixels)
{
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels <= maxPixels)
        return size;
    const double scale = std::sqrt(double(maxPixels) / double(pixels));
    return QSize(std::max(1, int(size.width() * scale)), std::max(1, int(size.height() * scale)));
}

QImage grey(const QImage &image)
{
    return image.convertToFormat(QImage::Format_Grayscale8);
}

PageLoad failed(LoadError error)
{
    PageLoad load;
    load.error = error;
    return load;
}

/** Poppler's messages could quote a document's contents: they go nowhere. */
void ignorePopplerMessage(const QString &, const QVariant &)
{ }

PageLoad loadPdf(const QByteArray &bytes)
{
    Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document || document->isLocked())
        return failed(LoadError::Unreadable);
    PageLoad load;
    load.pageCount = document->numPages();
    if (load.pageCount <= 0)
        return failed(LoadError::Empty);
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    for (int i = 0; i < std::min(load.pageCount, kMaxPages); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return failed(LoadError::Unreadable);
        const QSizeF points = page->pageSizeF();
        const QSize full(int(points.width() / 72 * kPdfDpi), int(points.height() / 72 * kPdfDpi));
        const QSize size = fitted(full, kPagePixels);
        if (size.isEmpty())
            return failed(LoadError::Unreadable);
        const double dpi = kPdfDpi * double(size.width()) / std::max(1, full.width());
        load.scaledDown = load.scaledDown || size != full;
        const QImage image = page->renderToImage(dpi, dpi);
        if (image.isNull())
            return failed(LoadError::Unreadable);
        load.pages << grey(image);
    }
    if (load.pageCount > kMaxPages)
        load.error = LoadError::TooManyPages;
    return load;
}

PageLoad loadImage(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid())
        return failed(LoadError::Unreadable);
    const bool scalesWhileDecoding = reader.format() == "jpeg";
    if (!scalesWhileDecoding && qint64(size.width()) * size.height() > kMaxPixels)
        return failed(LoadError::TooLarge);
    PageLoad load;
    load.pageCount = 1;
    const QSize target = fitted(size, kPagePixels);
    if (target != size) {
        reader.setScaledSize(target);
        load.scaledDown = true;
    }
    const QImage image = reader.read();
    if (image.isNull())
        return failed(LoadError::Unreadable);
    load.pages << grey(image);
    return load;
}

} // namespace

PageLoad loadLetterBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return failed(LoadError::Empty);
    if (bytes.size() > kMaxFileBytes)
        return failed(LoadError::TooLarge);
    if (bytes.startsWith("%PDF"))
        return loadPdf(bytes);
    return loadImage(bytes);
}

PageLoad loadLetterFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(LoadError::Unreadable);
    if (file.size() > kMaxFileBytes)
        return failed(LoadError::TooLarge);
    return loadLetterBytes(file.readAll());
}

} // namespace samen::ocr
