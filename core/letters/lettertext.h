#pragma once

#include "rules/datemath.h"
#include "rules/letterpatterns.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace samen::letters {

/** A date that follows a label or lead word, with the letter's words for it. */
struct LabelledDate
{
    /** The date. */
    QDate date;
    /** The date as printed in the letter. */
    QString words;
    /** True when other words stand between the label and the date. */
    bool far = false;
};

/** A period such as "binnen vier weken na dagtekening". */
struct FoundPeriod
{
    /** What the period counts from. */
    enum class Start {
        /** The letter's own date (the words say so). */
        LetterDate,
        /** The letter does not say. */
        NotStated,
        /** Some other date ("na de beslissing"). */
        Other,
    };
    /** The length. */
    rules::DateOffset offset;
    /** The letter's words. */
    QString words;
    /** Its start. */
    Start start = Start::NotStated;
};

/**
 * The text of one letter, folded for matching (lower case, accents removed, one character for each
 * of the original's so that found words are cut from the original), with its dates found once.
 * Phrases match as whole words, any run of spaces or punctuation between their words.
 */
class LetterText
{
public:
    /** How far after a label (Datum) its date may stand. */
    static constexpr qsizetype kLabelReach = 60;
    /** How far after a lead word (uiterlijk) its date may stand: punctuation and spaces only. */
    static constexpr qsizetype kLeadReach = 4;

    LetterText(const QString &text, const rules::LetterPatterns &patterns);

    /** True when @p phrase occurs. */
    [[nodiscard]] bool contains(const QString &phrase) const;
    /** How many of @p phrases occur. */
    [[nodiscard]] qsizetype countPresent(const QStringList &phrases) const;
    /** Dates within @p reach after any of @p labels, in text order. */
    [[nodiscard]] QList<LabelledDate> datesAfter(const QStringList &labels, qsizetype reach) const;
    /** True when a date-shaped text was not a real date (31-02-2027). */
    [[nodiscard]] bool hasInvalidDate() const { return m_invalidDate; }
    /** The periods in text order. */
    [[nodiscard]] QList<FoundPeriod> periods() const;
    /** The 10 digits after a V-number label; empty string when a label has no number; nullopt: no label. */
    [[nodiscard]] std::optional<QString> vNumber(const QStringList &labels) const;
    /** The first reference-like token (6 digits, or 4 with - / .) shortly after any of @p labels; empty if
     * none. */
    [[nodiscard]] QString tokenAfter(const QStringList &labels) const;

    /** @p text folded: lower case, accents removed, same length. */
    [[nodiscard]] static QString fold(const QString &text);

private:
    struct DateHit
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QDate date;
    };
    void findDates();
    void addDateHits(const QRegularExpression &pattern, bool named);
    [[nodiscard]] const QRegularExpression &phraseRegex(const QString &phrase) const;
    [[nodiscard]] const DateHit *dateNear(qsizetype from, qsizetype reach) const;
    [[nodiscard]] int monthOf(const QString &word) const;
    [[nodiscard]] std::optional<FoundPeriod> periodAt(const QRegularExpressionMatch &match) const;

    QString m_original;
    QString m_folded;
    const rules::LetterPatterns &m_patterns;
    QList<DateHit> m_dates;
    bool m_invalidDate = false;
};

} // namespace samen::letters
