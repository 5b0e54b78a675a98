#pragma once

#include "letters/letterreading.h"
#include "ocr/ocrengine.h"
#include "ocr/pix.h"

#include <QDate>
#include <QImage>
#include <QList>

namespace samen::ocr {

/**
 * Prepares a photographed or scanned page for Tesseract with Leptonica: grey, the lighting evened
 * out (background normalisation) and the skew removed (up to about 7°). nullptr when Leptonica
 * fails. The page stays a Pix from here to Tesseract: no copy back to a QImage on the way.
 */
[[nodiscard]] PixPtr preparedPix(const QImage &page);

/** preparedPix() as a QImage (for a kept photo, the benchmark); @p page unchanged when Leptonica fails. */
[[nodiscard]] QImage preparedPage(const QImage &page);

/**
 * The pages' text, read one after another, with the mean word confidence over all of them.
 * @p firstPage (if given) gets the first page as prepared.
 */
[[nodiscard]] OcrText readPages(const QList<QImage> &pages, OcrEngine &engine, QImage *firstPage = nullptr);

/** What a reading saw, for a user who wants to keep the letter: its text and its first page as read. */
struct ReadPages
{
    /** The recognised text of all pages (pages separated by a form feed line). */
    QString text;
    /** The first page as prepared for Tesseract (grey, evened out, straightened). */
    QImage firstPage;
};

/**
 * Reads a letter: prepares and recognises each page, then letters::readLetterText() on the text.
 * A date whose words Tesseract read with low confidence gets the doubt "dateUnclear". The one
 * implementation the app and samen-letters share. Writes no file. When @p seen is given, it gets
 * the text and the prepared first page (in memory only).
 */
[[nodiscard]] letters::LetterReading readLetter(const QList<QImage> &pages, OcrEngine &engine,
                                                const rules::LetterPatterns &patterns, QDate today,
                                                ReadPages *seen = nullptr);

} // namespace samen::ocr
