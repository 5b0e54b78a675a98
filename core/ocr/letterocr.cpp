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

PixPtr preparedPix(const QImage &page)
{
    PixPtr grey(pixFromImage(page, kDpi));
    if (!grey)
        return {};
    if (PixPtr even(pixBackgroundNormSimple(grey.get(), nullptr, nullptr)); even)
        grey = std::move(even); // the original goes at once: one full page less in memory
    PixPtr straight(pixDeskew(grey.get(), 0));
    return straight ? std::move(straight) : std::move(grey);
}

QImage preparedPage(const QImage &page)
{
    const PixPtr prepared = preparedPix(page);
    return prepared ? imageFromPix(prepared.get()) : page;
}

OcrText readPages(const QList<QImage> &pages, OcrEngine &engine, QImage *firstPage)
{
    OcrText all;
    double sum = 0;
    for (const QImage &page : pages) {
        const PixPtr prepared = preparedPix(page);
        const OcrText text = prepared ? engine.read(prepared.get()) : engine.read(page);
        if (firstPage && firstPage->isNull())
            *firstPage = prepared ? imageFromPix(prepared.get()) : page;
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
                                  const rules::LetterPatterns &patterns, QDate today, ReadPages *seen)
{
    const OcrText text = readPages(pages, engine, seen ? &seen->firstPage : nullptr);
    if (seen)
        seen->text = text.text;
    letters::LetterReading reading = letters::readLetterText(text.text, patterns, text.confidence, today);
    checkDateWords(reading, text.words);
    return reading;
}

} // namespace samen::ocr
