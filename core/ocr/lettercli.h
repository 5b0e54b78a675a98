#pragma once

#include "letters/letterreading.h"
#include "ocr/pageload.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

/** `samen-letters`: the letter reader for maintainers and tests, on the app's own code. */
namespace samen::ocr::cli {

/** Exit codes. */
enum ExitCode {
    /** The file was read (whatever the reading says). */
    Ok = 0,
    /** The OCR engine or the pack could not be loaded. */
    Broken = 1,
    /** Bad arguments, or a file that cannot be read as a letter. */
    BadInput = 2,
};

/** The usage text. */
[[nodiscard]] QString usage();

/**
 * The reading as the JSON object `samen-letters read` prints: type, packLetterId, letterDate,
 * answerBy, decisionBy (ISO dates or null), vNumber, caseNumber (or null), confidence, sure,
 * looksLikeIndLetter, doubts, words (the letter's words behind each date), pages and pageCount.
 */
[[nodiscard]] QJsonObject readingJson(const letters::LetterReading &reading, const PageLoad &load);

/** Runs `read FILE [--today YYYY-MM-DD] [--pack PACK.json]` (args without the program name). */
[[nodiscard]] int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace samen::ocr::cli
