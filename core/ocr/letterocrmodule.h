#pragma once

#include "letters/letterreading.h"
#include "ocr/letterocr.h"
#include "ocr/pageload.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace samen::ocr {

/** One Tesseract engine with its Dutch model loaded; one per thread, like OcrEngine. */
class LetterOcrSession
{
public:
    virtual ~LetterOcrSession() = default;
    /** readLetter() of @p pages with this session's engine. */
    [[nodiscard]] virtual letters::LetterReading
    read(const QList<QImage> &pages, const rules::LetterPatterns &patterns, QDate today, ReadPages *seen) = 0;
};

/**
 * What the app's letter reader needs of Tesseract, Leptonica and Poppler, behind an interface
 * with nothing but inline code, so that the app can load them as a module on the first reading
 * instead of at start (issue 19: the first frame waits for nothing it does not show). The module
 * (app/engines) exports kLetterOcrEntry; samen-letters and the tests link samen_ocr directly and
 * get the same object from makeLetterOcr().
 */
class LetterOcr
{
public:
    virtual ~LetterOcr() = default;
    /** loadLetterBytes() (Poppler for PDFs). */
    [[nodiscard]] virtual PageLoad loadBytes(const QByteArray &bytes) const = 0;
    /** A session with the Dutch model (OcrEngine::open()); nullptr and @p error set when it cannot. */
    [[nodiscard]] virtual std::unique_ptr<LetterOcrSession> open(QString *error) const = 0;
};

/** The one LetterOcr of the process (in samen_ocr: the code that calls Tesseract and Poppler). */
[[nodiscard]] const LetterOcr &makeLetterOcr();

/** The name of the module's entry point, `extern "C" const LetterOcr *samen_letter_ocr()`. */
inline constexpr char kLetterOcrEntry[] = "samen_letter_ocr";

} // namespace samen::ocr
