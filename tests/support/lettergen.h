#pragma once

// Generated Dutch IND letters for the letter reader's tests (issue 17): every type, rendered at
// 300 dpi from templates with varied names, dates, V-numbers and layouts, and degraded as a phone
// photo would be. Deterministic: the same seed gives the same letter and the same photo.

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QString>
#include <QStringList>

#include <optional>

namespace samen::testing {

/** What a generated letter says, for checking a reading. */
struct LetterTruth
{
    /** letters::kindName() of its type. */
    QString type;
    /** The pack's letters[].id. */
    QString packLetterId;
    /** Its dagtekening. */
    QDate letterDate;
    /** The date to act by, when the letter asks something. */
    std::optional<QDate> answerBy;
    /** The IND's decision date (receipts). */
    std::optional<QDate> decisionBy;
    /** The V-number's 10 digits. */
    QString vNumber;
    /** Ons kenmerk, as printed. */
    QString caseNumber;
};

/** A generated letter: its truth, its text and its clean page. */
struct GeneratedLetter
{
    /** What it says. */
    LetterTruth truth;
    /** Its text, line by line, as printed. */
    QStringList lines;
    /** The page, A4 at 300 dpi (2480 × 3508), white. */
    QImage page;
};

/** The number of letter variants generateLetter() cycles through (every type; both objection outcomes). */
inline constexpr int kLetterVariants = 10;

/** The letter for @p seed; its variant is seed % kLetterVariants, everything else varies with the seed. */
[[nodiscard]] GeneratedLetter generateLetter(int seed);

/**
 * @p page as a phone photo of it: on a table, rotated 2–5°, mild perspective, blurred, noisy, lit
 * unevenly. Needs a QGuiApplication.
 */
[[nodiscard]] QImage photographed(const QImage &page, int seed);

/** @p image as a JPEG of @p quality. */
[[nodiscard]] QByteArray jpegBytes(const QImage &image, int quality = 70);

/** The dates the letters are dated between (inclusive); a test's "today" should be after the last. */
[[nodiscard]] QDate firstLetterDate();
[[nodiscard]] QDate lastLetterDate();

} // namespace samen::testing
