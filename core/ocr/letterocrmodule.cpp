#include "ocr/letterocrmodule.h"

#include "ocr/ocrengine.h"

namespace samen::ocr {

namespace {

class TesseractSession final : public LetterOcrSession
{
public:
    explicit TesseractSession(std::unique_ptr<OcrEngine> engine)
        : m_engine(std::move(engine))
    { }

    letters::LetterReading read(const QList<QImage> &pages, const rules::LetterPatterns &patterns,
                                QDate today, ReadPages *seen) override
    {
        return readLetter(pages, *m_engine, patterns, today, seen);
    }

private:
    std::unique_ptr<OcrEngine> m_engine;
};

class TesseractLetterOcr final : public LetterOcr
{
public:
    PageLoad loadBytes(const QByteArray &bytes) const override { return loadLetterBytes(bytes); }

    std::unique_ptr<LetterOcrSession> open(QString *error) const override
    {
        auto engine = OcrEngine::open(error);
        if (!engine)
            return nullptr;
        return std::make_unique<TesseractSession>(std::move(engine));
    }
};

} // namespace

const LetterOcr &makeLetterOcr()
{
    static const TesseractLetterOcr ocr;
    return ocr;
}

} // namespace samen::ocr
