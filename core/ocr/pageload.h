#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

/** Letters as page images, text recognition and the one letter reader of the app and samen-letters. */
namespace samen::ocr {

/** Why a letter file gave no pages, or fewer than it has. */
enum class LoadError {
    /** All pages were read. */
    None,
    /** Neither an image Qt reads nor a PDF Poppler opens (corrupt, locked, random bytes). */
    Unreadable,
    /** No bytes, or a PDF without pages. */
    Empty,
    /** More than kMaxFileBytes, or an image format that cannot be scaled while decoding above kMaxPixels. */
    TooLarge,
    /** A PDF of more than kMaxPages pages: PageLoad::pages holds its first kMaxPages. */
    TooManyPages,
};

/** "unreadable", "empty", "tooLarge", "tooManyPages"; empty for None. Inline: the app uses it
 * without linking samen_ocr (ocr/letterocrmodule.h). */
[[nodiscard]] inline QString loadErrorName(LoadError error)
{
    switch (error) {
    case LoadError::None:
        return {};
    case LoadError::Unreadable:
        return QStringLiteral("unreadable");
    case LoadError::Empty:
        return QStringLiteral("empty");
    case LoadError::TooLarge:
        return QStringLiteral("tooLarge");
    case LoadError::TooManyPages:
        return QStringLiteral("tooManyPages");
    }
    return {};
}

/** Pages of a PDF read at most; a letter has one to four. */
inline constexpr int kMaxPages = 5;
/** Files larger than this are refused (a 50 MP JPEG is about 15–25 MB). */
inline constexpr qint64 kMaxFileBytes = 100LL * 1024 * 1024;
/**
 * Images that must be decoded whole (PNG, BMP, …) above this many pixels are refused: at 4 bytes a
 * pixel they stay under QImageReader's allocation limit (Qt's default 128 MB, which this code never
 * raises). JPEGs are decoded scaled, so their size has no such limit.
 */
inline constexpr qint64 kMaxPixels = 32'000'000;
/** Pages are decoded or rendered to at most this many pixels (A4 at 300 dpi is 8.7 million). */
inline constexpr qint64 kPagePixels = 12'000'000;
/** Resolution PDF pages are rendered at (less for pages larger than A4, to stay under kPagePixels). */
inline constexpr int kPdfDpi = 300;

/** The pages of one letter file. */
struct PageLoad
{
    /** The pages, 8-bit grey, in order. */
    QList<QImage> pages;
    /** None, or why pages is empty (or, for TooManyPages, shorter than the file). */
    LoadError error = LoadError::None;
    /** Pages in the file (1 for an image). */
    int pageCount = 0;
    /** True when a page was decoded or rendered smaller than its full size (more than kPagePixels). */
    bool scaledDown = false;
};

/**
 * Reads a letter from memory: a photo or scan (JPEG, PNG, and whatever else this Qt reads, HEIC
 * included where a plugin is installed) or a PDF (Poppler, first kMaxPages pages at kPdfDpi). A
 * JPEG of any size is decoded scaled to at most kPagePixels (a 50-megapixel photo is scaled, not
 * refused). Never writes a file.
 */
[[nodiscard]] PageLoad loadLetterBytes(const QByteArray &bytes);

/** loadLetterBytes() of the file at @p path; Unreadable when it cannot be opened, TooLarge above
 * kMaxFileBytes. */
[[nodiscard]] PageLoad loadLetterFile(const QString &path);

} // namespace samen::ocr
