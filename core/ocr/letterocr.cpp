#include "ocr/letterocr.h"

#include "ocr/pix.h"

#include <leptonica/allheaders.h>

#include <QRegularExpression>

#include <algorithm>

namespace samen::ocr {

namespace {

/** Below this a date's word is not trusted (Tesseract's word confidence, 0..1). */
constexpr double kUnclearWord = 0.5;
constexpr int kDpi = 300;

QString bare(const QString &word)
{
    static const QRegularExpression edges(u"^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$"_qs);
    return QString(word).remove(edges).toLower();
}

/** The lowest confidence of the OCR words that spell @p printed in a row; 1 when not found. */
double confidenceOf(const QString &printed, const QList<OcrWord> &words)
{
    QStringList tokens;
    for (const QString &token : printed.split(QRegularExpression(u"\\s+"_qs), Qt::SkipEmptyParts))
        tokens << bare(token);
    if (tokens.isEmpty())
        return 1;
    for (qsizetype i = 0; i + tokens.size() <= words.size(); ++i) {
        double lowest = 1;
        bool all = true;
        for (qsizetype j = 0; j < tokens.size() && all; ++j) {
            all = bare(words[i + j].text) == tokens[j];
            lowest = std::min(lowest, words[i + j].confidence);
        }
        if (all)
            return lowest;
    }
    return 1;
}

void checkDateWords(letters::LetterReading &reading, const QList<OcrWord> &words)
{
    for (const auto *found : { &reading.letterDate, &reading.answerBy, &reading.decisionBy }) {
        if (*found && confidenceOf((*found)->words, words) < kUnclearWord)
            letters::addDoubt(reading, u"dateUnclear"_qs);
    }
}

} // namespace

QImage preparedPage(const QImage &page)
{
    Pix *grey = pixFromImage(page, kDpi);
    if (!grey)
        return page;
    Pix *even = pixBackgroundNormSimple(grey, nullptr, nullptr);
    Pix *straight = pixDeskew(even ? even : grey, 0);
    const QImage result = straight ? imageFromPix(straight) : imageFromPix(even ? even : grey);
    pixDestroy(&straight);
    pixDestroy(&even);
    pixDestroy(&grey);
    return result;
}

OcrText readPages(const QList<QImage> &pages, OcrEngine &engine)
{
    OcrText all;
    double sum = 0;
    for (const QImage &page : pages) {
        const OcrText text = engine.read(preparedPage(page));
        if (!all.text.isEmpty())
            all.text += u"\n\f\n"_qs;
        all.text += text.text;
        all.words << text.words;
        for (const OcrWord &word : text.words)
            sum += word.confidence;
    }
    all.confidence = all.words.isEmpty() ? 0 : sum / double(all.words.size());
    return all;
}

letters::LetterReading readLetter(const QList<QImage> &pages, OcrEngine &engine,
                                  const rules::LetterPatterns &patterns, QDate today)
{
    const OcrText text = readPages(pages, engine);
    letters::LetterReading reading = letters::readLetterText(text.text, patterns, text.confidence, today);
    checkDateWords(reading, text.words);
    return reading;
}

} // namespace samen::ocr
