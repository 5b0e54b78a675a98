#pragma once

#include "rules/letterpatterns.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

/** Reading an IND letter's text: which letter it is, its dates and numbers (issue 17). QtCore only. */
namespace samen::letters {

/** The letter types the reader tells apart. */
enum class LetterKind {
    Receipt,
    MissingItems,
    DnaOrInterview,
    IntentionToRefuse,
    Approval,
    Refusal,
    ObjectionDecision,
    MvvNotice,
    Unknown,
};

/** "receipt", "missingItems", …, "mvvNotice", "unknown" (the `type` of `samen-letters read`). */
[[nodiscard]] QString kindName(LetterKind kind);

/** The kind named @p name by kindName(); Unknown for any other text. */
[[nodiscard]] LetterKind kindFromName(const QString &name);

/** A date found in the letter and the letter's own words it came from, as read. */
struct FoundDate
{
    /** The date. */
    QDate date;
    /** The words it was read from ("12 januari 2027", or the period "binnen vier weken na dagtekening"). */
    QString words;
};

/** What the reader made of one letter. Nothing in it is a deadline until the user confirms it. */
struct LetterReading
{
    /** The letter's type; Unknown when no type's words were found or two types tie. */
    LetterKind kind = LetterKind::Unknown;
    /** The pack's letters[].id; empty when unknown or when gegrond/ongegrond cannot be told. */
    QString packLetterId;
    /** The letter's own date (dagtekening). */
    std::optional<FoundDate> letterDate;
    /** The date by which the user must act: an explicit date, or a period counted from letterDate. */
    std::optional<FoundDate> answerBy;
    /** The date by which the IND decides, as a receipt states it. */
    std::optional<FoundDate> decisionBy;
    /** The V-number, its 10 digits; empty if none. */
    QString vNumber;
    /** The case number (zaaknummer, ons kenmerk) as printed; empty if none. */
    QString caseNumber;
    /** 0..1, combining the OCR's confidence and how much of the letter's wording was found. */
    double confidence = 0;
    /** False: "This does not look like an IND letter". */
    bool looksLikeIndLetter = false;
    /**
     * Machine codes why the reading is unsure, for the UI to word: noKind, twoKinds,
     * objectionOutcomeUnclear, noLetterDate, twoLetterDates, letterDateFar, dateInFuture, letterDateOld,
     * invalidDate, noAnswerDate, noDecisionDate, severalAnswerDates, answerDatesDisagree, periodStartNotStated,
     * periodFromOtherDate, answerBeforeLetterDate, answerFarAway, decisionBeforeLetterDate,
     * vNumberUnclear, notLikeIndLetter, lowOcrConfidence, dateUnclear (core/ocr: the date's words were
     * read with low confidence).
     */
    QStringList doubts;
};

/** Confidence at or above which a reading without doubts may be offered as sure (still confirmed). */
inline constexpr double kSureConfidence = 0.7;

/** True when @p reading has no doubts and at least kSureConfidence. */
[[nodiscard]] bool isSure(const LetterReading &reading);

/** Adds the doubt @p code (once) and lowers the confidence accordingly. */
void addDoubt(LetterReading &reading, const QString &code);

/**
 * Reads the text of a letter (OCR output or typed) with the pack's @p patterns. @p ocrConfidence is
 * the OCR's mean word confidence (1 for exact text); @p today is for the plausibility checks.
 * Never guesses: what is unclear is left empty or named in doubts.
 */
[[nodiscard]] LetterReading readLetterText(const QString &text, const rules::LetterPatterns &patterns,
                                           double ocrConfidence, QDate today);

} // namespace samen::letters
