#pragma once

#include "letters/letterreading.h"
#include "ocr/ocrengine.h"

#include <QDate>
#include <QImage>
#include <QList>

namespace samen::ocr {

/**
 * Prepares a photographed or scanned page for Tesseract with Leptonica: grey, the lighting evened
 * out (background normalisation) and the skew removed (up to about 7°). Returns @p page unchanged
 * when Leptonica fails.
 */
[[nodiscard]] QImage preparedPage(const QImage &page);

/** The pages' text, read one after another, with the mean word confidence over all of them. */
[[nodiscard]] OcrText readPages(const QList<QImage> &pages, OcrEngine &engine);

/**
 * Reads a letter: prepares and recognises each page, then letters::readLetterText() on the text.
 * A date whose words Tesseract read with low confidence gets the doubt "dateUnclear". The one
 * implementation the app and samen-letters share. Writes no file.
 */
[[nodiscard]] letters::LetterReading readLetter(const QList<QImage> &pages, OcrEngine &engine,
                                                const rules::LetterPatterns &patterns, QDate today);

} // namespace samen::ocr
