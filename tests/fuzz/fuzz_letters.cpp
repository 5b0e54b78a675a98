// libFuzzer target: the letter reader's date and period extraction (letters::readLetterText) on
// fuzzed OCR text (UTF-8), OCR confidence and "today", with the NL pack's patterns (SAMEN_FUZZ_PACK).
// Besides crashes and sanitizer reports it aborts unless the reading keeps its promises:
// - every found date's words are the letter's own words (a part of the text);
// - a period date exists only with a letter date; confidence is within 0..1;
// - an unknown type has no pack letter; a sure reading has no doubts.
#include "letters/letterreading.h"
#include "rules/pack.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *why)
{
    std::fprintf(stderr, "fuzz_letters: %s\n", why);
    std::abort();
}

const samen::rules::LetterPatterns &patterns()
{
    static const samen::rules::PackLoadResult pack =
        samen::rules::loadPackFile(QString::fromLocal8Bit(qgetenv("SAMEN_FUZZ_PACK")));
    if (!pack.pack || pack.pack->journey.reading.isEmpty())
        fail("set SAMEN_FUZZ_PACK to a pack with letterReading");
    return pack.pack->journey.reading;
}

void checkWords(const std::optional<samen::letters::FoundDate> &found, const QString &text)
{
    if (!found)
        return;
    if (!found->date.isValid())
        fail("invalid date found");
    if (!text.simplified().contains(found->words.simplified()))
        fail("found words are not the letter's");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace samen::letters;
    FuzzedDataProvider input(data, size);
    const double ocr = input.ConsumeProbability<double>();
    const QDate today = QDate(2025, 1, 1).addDays(input.ConsumeIntegralInRange<int>(0, 3000));
    const std::string raw = input.ConsumeRemainingBytesAsString();
    const QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    const LetterReading reading = readLetterText(text, patterns(), ocr, today);
    checkWords(reading.letterDate, text);
    checkWords(reading.answerBy, text);
    checkWords(reading.decisionBy, text);
    if (reading.answerBy && reading.answerBy->words.startsWith(u"binnen", Qt::CaseInsensitive) &&
        !reading.letterDate)
        fail("a period counted without a letter date");
    if (reading.confidence < 0 || reading.confidence > 1)
        fail("confidence out of 0..1");
    if (reading.kind == LetterKind::Unknown && !reading.packLetterId.isEmpty())
        fail("unknown type with a pack letter");
    if (isSure(reading) && !reading.doubts.isEmpty())
        fail("sure with doubts");
    return 0;
}
