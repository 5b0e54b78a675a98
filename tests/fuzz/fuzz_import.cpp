// libFuzzer target: the attachment import after the file is open (DocumentImporter::importOpened):
// type sniffing from the first bytes, the size and pixel limits, Qt's image decoders (jpeg, png,
// gif, bmp; their plugins are not instrumented, so coverage guides only the importer itself), the
// re-encoding as JPEG and the PDF checks. Besides crashes and sanitizer reports it aborts when
// - the outcome contradicts the first bytes (an image from a non-image, no PDF from "%PDF-"),
// - a refused file carries bytes, or a PDF is not stored byte for byte,
// - a stored image or thumbnail is not a JPEG within its size, or keeps any metadata segment
//   (APP1 EXIF/XMP, APP2 ICC, APP13, COM …): only JFIF APP0 and the image's own segments.
#include "documents/documentimporter.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace samen::documents;

namespace {

bool startsWith(const QByteArray &bytes, const char *prefix)
{
    return bytes.startsWith(QByteArray(prefix));
}

bool looksLikeImage(const QByteArray &bytes)
{
    return startsWith(bytes, "\xFF\xD8\xFF") || startsWith(bytes, "\x89PNG\r\n\x1A\n") ||
        startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a") ||
        (startsWith(bytes, "BM") && bytes.size() >= 14) ||
        (startsWith(bytes, "RIFF") && bytes.mid(8, 4) == "WEBP");
}

/** True when every marker segment before the scan is one a metadata-free JPEG needs. */
bool onlyImageSegments(const QByteArray &jpeg)
{
    if (!jpeg.startsWith("\xFF\xD8"))
        return false;
    qsizetype at = 2;
    while (at + 4 <= jpeg.size()) {
        if (quint8(jpeg.at(at)) != 0xFF)
            return false;
        const quint8 marker = quint8(jpeg.at(at + 1));
        if (marker == 0xDA) // start of scan: entropy-coded data follows
            return true;
        const bool allowed = marker == 0xE0 /* JFIF */ || marker == 0xDB /* DQT */ ||
            marker == 0xC4 /* DHT */ || marker == 0xDD /* DRI */ ||
            (marker >= 0xC0 && marker <= 0xCF && marker != 0xC8);
        if (!allowed)
            return false;
        at += 2 + ((quint8(jpeg.at(at + 2)) << 8) | quint8(jpeg.at(at + 3)));
    }
    return false;
}

bool isJpegWithin(const QByteArray &bytes, int longSide)
{
    const QImage image = QImage::fromData(bytes, "jpeg");
    return !image.isNull() && image.width() <= longSide && image.height() <= longSide &&
        onlyImageSegments(bytes);
}

/** A 24×16 JPEG with an EXIF segment and a comment, the metadata the import must drop. */
QByteArray seedJpeg()
{
    QImage image(24, 16, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 10, y * 15, 128));
    }
    QByteArray plain;
    QBuffer buffer(&plain);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(20);
    writer.setText(QStringLiteral("Description"), QStringLiteral("SeedCanary")); // written as COM
    if (!writer.write(image))
        return {};
    const QByteArray exif("Exif\0\0MM\0*\0\0\0\x08\0\0", 16);
    QByteArray app1("\xFF\xE1", 2);
    app1 += char((exif.size() + 2) >> 8);
    app1 += char((exif.size() + 2) & 0xFF);
    return plain.left(2) + app1 + exif + plain.mid(2);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const char *path = std::getenv("SAMEN_FUZZ_WRITE_SEED");
    if (path) { // run-fuzz-files.sh adds this JPEG to the corpus in the repository
        const QByteArray seed = seedJpeg();
        QFile out(QString::fromLocal8Bit(path));
        const bool written =
            !seed.isEmpty() && out.open(QIODevice::WriteOnly) && out.write(seed) == seed.size();
        out.close();
        std::exit(written ? 0 : 1);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    const ImportResult result = DocumentImporter::importOpened(device, qint64(size));

    const bool pdf = startsWith(bytes, "%PDF-");
    if (size == 0 && result.error != ImportError::Empty)
        std::abort();
    if (result.error != ImportError::None) {
        if (!result.file.data.isEmpty() || !result.file.thumbnail.isEmpty() ||
            !result.file.mimeType.isEmpty())
            std::abort();
        if (size > 0 && !pdf && !looksLikeImage(bytes) && result.error != ImportError::UnknownType)
            std::abort();
        if (pdf && result.error != ImportError::CorruptPdf && result.error != ImportError::PdfTooBig)
            std::abort();
        return 0;
    }
    if (result.file.mimeType == QLatin1String("application/pdf")) {
        if (!pdf || result.file.data != bytes || !result.file.thumbnail.isEmpty())
            std::abort();
    } else if (result.file.mimeType == QLatin1String("image/jpeg")) {
        if (pdf || !looksLikeImage(bytes) || !isJpegWithin(result.file.data, maxImageSide) ||
            !isJpegWithin(result.file.thumbnail, thumbnailSide))
            std::abort();
    } else {
        std::abort();
    }
    return 0;
}
