#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct Pix;

namespace tesseract {
class TessBaseAPI;
}

namespace samen::ocr {

/** One recognised word. */
struct OcrWord
{
    /** The word as read. */
    QString text;
    /** Tesseract's confidence in it, 0..1. */
    double confidence = 0;
};

/** What the engine read on one page. */
struct OcrText
{
    /** The page's text, lines and blocks as Tesseract laid them out. */
    QString text;
    /** Mean word confidence, 0..1 (0 when no word was found). */
    double confidence = 0;
    /** The words in reading order, with their confidence. */
    QList<OcrWord> words;
};

/**
 * Tesseract with its Dutch model. Created only when a letter is read (never at app start; the
 * app makes it on first use, on a worker thread); one engine per thread. Tesseract's debug output
 * goes to /dev/null and it writes no images or other files.
 */
class OcrEngine
{
public:
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    /**
     * Loads the Dutch model (nld.traineddata) from the first of: the folder in env SAMEN_TESSDATA;
     * tessdata/ next to the executable; on Android the package's assets:/tessdata (read into memory,
     * never copied); /usr/share/tesseract-ocr/5/tessdata. nullptr and @p error set (may be null)
     * when none has it or Tesseract refuses it.
     */
    [[nodiscard]] static std::unique_ptr<OcrEngine> open(QString *error);

    /** The folders open() looks in, in order. */
    [[nodiscard]] static QStringList modelFolders();

    /** Tesseract's value of its variable @p name ("debug_file", "tessedit_write_images"); empty if none. */
    [[nodiscard]] QString variable(const QString &name) const;

    /** Reads the text of @p page (any format; treated as 300 dpi). */
    [[nodiscard]] OcrText read(const QImage &page);
    /** Reads the text of @p page, a Leptonica image (grey or binary, treated as 300 dpi), without a copy. */
    [[nodiscard]] OcrText read(Pix *page);

private:
    OcrEngine();
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
};

} // namespace samen::ocr
