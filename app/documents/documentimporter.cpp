#include "documents/documentimporter.h"

#include <QBuffer>
#include <QColorSpace>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace samen::documents {

namespace {

/** Pixels a JPEG may have: decoded at a fraction of its size, so phone cameras of 200 MP pass. */
constexpr qint64 jpegPixelLimit = 250'000'000;
/** Pixels other image formats may have: they are decoded at full size. */
constexpr qint64 otherPixelLimit = 25'000'000;
/** A PDF must end with %%EOF within this many bytes of its end. */
constexpr int pdfTrailerWindow = 1024;

enum class FileType { Unknown, Jpeg, Png, Gif, Bmp, Webp, Pdf };

FileType sniff(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return FileType::Jpeg;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return FileType::Png;
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return FileType::Gif;
    if (head.startsWith("BM") && head.size() >= 14)
        return FileType::Bmp;
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return FileType::Webp;
    if (head.startsWith("%PDF-"))
        return FileType::Pdf;
    return FileType::Unknown;
}

QByteArray readerFormat(FileType type)
{
    switch (type) {
    case FileType::Jpeg:
        return "jpeg";
    case FileType::Png:
        return "png";
    case FileType::Gif:
        return "gif";
    case FileType::Bmp:
        return "bmp";
    case FileType::Webp:
        return "webp";
    default:
        return {};
    }
}

ImportResult failure(ImportError error)
{
    return { error, {} };
}

QSize fitted(QSize size, int longSide)
{
    if (std::max(size.width(), size.height()) <= longSide)
        return size;
    return size.scaled(longSide, longSide, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

/** A new image holding only the pixels of @p source (sRGB, no alpha, no text, no colour profile). */
QImage pixelsOnly(QImage source)
{
    if (source.colorSpace().isValid() && source.colorSpace() != QColorSpace(QColorSpace::SRgb))
        source.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    const QSize size = fitted(source.size(), maxImageSide);
    if (size != source.size())
        source = source.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage clean(size, QImage::Format_RGB32);
    clean.fill(Qt::white);
    QPainter painter(&clean);
    painter.drawImage(0, 0, source);
    painter.end();
    return clean;
}

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    return writer.write(image) ? bytes : QByteArray();
}

ImportResult fromDecoded(const QImage &decoded)
{
    if (decoded.isNull())
        return failure(ImportError::CorruptImage);
    const QImage clean = pixelsOnly(decoded);
    const QImage small =
        clean.scaled(fitted(clean.size(), thumbnailSide), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    ImportedFile file { QStringLiteral("image/jpeg"), encodeJpeg(clean, jpegQuality), encodeJpeg(small, 80) };
    if (file.data.isEmpty() || file.thumbnail.isEmpty())
        return failure(ImportError::CorruptImage);
    return { ImportError::None, file };
}

/** The image in @p file, upright and at most maxImageSide; null with @p error set when it cannot be read. */
QImage decodeImage(QIODevice &file, FileType type, ImportError *error)
{
    const QByteArray format = readerFormat(type);
    if (!QImageReader::supportedImageFormats().contains(format)) {
        *error = ImportError::UnknownType;
        return {};
    }
    QImageReader reader(&file, format);
    reader.setAutoTransform(true);
    const QSize raw = reader.size();
    *error = ImportError::CorruptImage;
    if (!raw.isValid())
        return {};
    const qint64 pixels = qint64(raw.width()) * raw.height();
    if (pixels > (type == FileType::Jpeg ? jpegPixelLimit : otherPixelLimit)) {
        *error = ImportError::TooManyPixels;
        return {};
    }
    const QSize target = fitted(raw, maxImageSide);
    if (target != raw)
        reader.setScaledSize(target);
    QImage image = reader.read();
    if (!image.isNull())
        *error = ImportError::None;
    return image;
}

ImportResult readImage(QIODevice &file, FileType type)
{
    ImportError error = ImportError::None;
    const QImage image = decodeImage(file, type, &error);
    return error == ImportError::None ? fromDecoded(image) : failure(error);
}

ImportResult readPdf(QIODevice &file, qint64 size)
{
    const QByteArray bytes = file.read(size + 1); // a file that grew since fstat is refused
    if (bytes.size() != size || !bytes.startsWith("%PDF-"))
        return failure(ImportError::CorruptPdf);
    if (!bytes.right(pdfTrailerWindow).contains("%%EOF"))
        return failure(ImportError::CorruptPdf);
    return { ImportError::None, { QStringLiteral("application/pdf"), bytes, {} } };
}

/**
 * Opens @p path for reading only when it is a regular file: a FIFO, device or folder could
 * block or never end. Its size comes from fstat() on the open file, not from the name.
 */
bool openRegularFile(const QString &path, QFile *file, qint64 *size)
{
    if (path.startsWith(u"content:")) { // Android document provider: only Qt's file engine opens it
        *size = file->open(QIODevice::ReadOnly) ? file->size() : -1;
        return *size >= 0;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) ||
        !file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    *size = status.st_size;
    return true;
}

/**
 * The checks importOpened() and prepareFile() share: a PDF read, or the type of a photo that
 * may be decoded (@p type), or the reason for refusing the file.
 */
ImportResult screen(QIODevice &file, qint64 size, FileType *type)
{
    if (size == 0)
        return failure(ImportError::Empty);
    *type = sniff(file.peek(16)); // the only bytes read before the size is known to be fine
    if (*type == FileType::Pdf)
        return size > pdfSizeLimit ? failure(ImportError::PdfTooBig) : readPdf(file, size);
    if (size > imageSizeLimit)
        return failure(ImportError::TooBig);
    if (*type == FileType::Unknown)
        return failure(ImportError::UnknownType);
    return {};
}

} // namespace

ImportResult DocumentImporter::importFile(const QString &path)
{
    QFile file;
    qint64 size = -1;
    if (path.isEmpty() || !openRegularFile(path, &file, &size))
        return failure(ImportError::Unreadable);
    return importOpened(file, size);
}

ImportResult DocumentImporter::importOpened(QIODevice &file, qint64 size)
{
    FileType type = FileType::Unknown;
    ImportResult screened = screen(file, size, &type);
    if (screened.error != ImportError::None || type == FileType::Pdf)
        return screened;
    return readImage(file, type);
}

PreparedFile DocumentImporter::prepareFile(const QString &path)
{
    QFile file;
    qint64 size = -1;
    if (path.isEmpty() || !openRegularFile(path, &file, &size))
        return { ImportError::Unreadable, {}, {} };
    FileType type = FileType::Unknown;
    ImportResult screened = screen(file, size, &type);
    if (screened.error != ImportError::None || type == FileType::Pdf)
        return { screened.error, screened.file, {} };
    PreparedFile prepared;
    prepared.photo = decodeImage(file, type, &prepared.error);
    return prepared;
}

ImportResult DocumentImporter::importImage(const QImage &image)
{
    return fromDecoded(image);
}

} // namespace samen::documents
