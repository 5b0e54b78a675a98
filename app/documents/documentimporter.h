#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QImage>
#include <QString>
#include <QUrl>

namespace samen::documents {

/** Why a file or photo was refused. */
enum class ImportError {
    None,
    Unreadable, ///< the file cannot be opened
    Empty, ///< 0 bytes
    TooBig, ///< not a PDF and above imageSizeLimit bytes
    PdfTooBig, ///< a PDF above pdfSizeLimit bytes
    TooManyPixels, ///< an image whose dimensions are far beyond a phone photo
    UnknownType, ///< neither a supported image nor a PDF (by its first bytes, not its name)
    CorruptImage, ///< looks like an image but cannot be decoded
    CorruptPdf, ///< starts like a PDF but has no end
};

/** A file ready to be stored as an attachment: JPEG without metadata, or a PDF as it was. */
struct ImportedFile
{
    /** "image/jpeg" or "application/pdf". */
    QString mimeType;
    /** The bytes to store. */
    QByteArray data;
    /** A small JPEG preview; empty for a PDF. */
    QByteArray thumbnail;
};

/** Outcome of an import: a file, or the reason there is none. */
struct ImportResult
{
    /** None when file holds the result. */
    ImportError error = ImportError::None;
    /** The converted file. */
    ImportedFile file;
};

/**
 * A file read for the photo check: a PDF ready to store (file), or a photo decoded upright and at
 * most maxImageSide (photo) that goes through the check before it is stored.
 */
struct PreparedFile
{
    /** None when file or photo holds the result. */
    ImportError error = ImportError::None;
    /** A PDF, as it was. */
    ImportedFile file;
    /** A photo; null for a PDF. */
    QImage photo;
};

/** Largest image file accepted, in bytes. */
inline constexpr qint64 imageSizeLimit = 40 * 1024 * 1024;
/** Largest PDF accepted, in bytes. */
inline constexpr qint64 pdfSizeLimit = 20 * 1024 * 1024;
/** Longest side of a stored image, in pixels. */
inline constexpr int maxImageSide = 2400;
/** Longest side of a thumbnail, in pixels. */
inline constexpr int thumbnailSide = 320;
/** JPEG quality of stored images. */
inline constexpr int jpegQuality = 85;

/**
 * Turns a file the user picked into an attachment, entirely in memory: the size is checked
 * before anything is read, the type is found from the first bytes, images are decoded at a
 * reduced size where the format allows, turned upright (EXIF orientation), scaled to at most
 * maxImageSide and re-encoded as JPEG so that EXIF, GPS, comments and colour profiles are gone.
 * Safe to call from a worker thread; touches no database.
 */
class DocumentImporter
{
public:
    /** Imports the file at @p path: a local path or an Android content:// URI. */
    [[nodiscard]] static ImportResult importFile(const QString &path);
    /**
     * Everything importFile() does once the file is open: @p device is open for reading and
     * holds @p size bytes (from fstat, not from the device). The type comes from the first
     * bytes, then the image is decoded or the PDF checked. tests/fuzz/fuzz_import.cpp feeds it.
     */
    [[nodiscard]] static ImportResult importOpened(QIODevice &device, qint64 size);
    /**
     * Like importFile(), but a photo comes back decoded (upright, at most maxImageSide) instead
     * of encoded, for the photo check; a PDF comes back ready to store.
     */
    [[nodiscard]] static PreparedFile prepareFile(const QString &path);
    /** Imports a camera picture. */
    [[nodiscard]] static ImportResult importImage(const QImage &image);
};

} // namespace samen::documents
