#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace samen::rules {

/** Which date a letter type's explicit date or period is. */
enum class LetterDateRole {
    /** The letter asks nothing by a date (its dates are not read as a deadline). */
    None,
    /** The date by which the user must act (answer, send papers, object, come). */
    AnswerBy,
    /** The date by which the IND decides (a receipt). */
    DecisionBy,
};

/** One outcome of a letter type that the letter's words tell apart (gegrond / ongegrond). */
struct LetterVariant
{
    /** The pack's letters[].id this outcome is, e.g. "objectionRefused". */
    QString letter;
    /** Whole words or phrases that show this outcome (matched as whole words). */
    QStringList words;
};

/** How the reader recognises one letter type. Phrases are Dutch, matched case- and accent-insensitively. */
struct LetterTypePattern
{
    /** The reader's type name ("receipt", "missingItems", …, "mvvNotice"); see letters::kindName(). */
    QString kind;
    /** The pack's letters[].id; empty when @ref variants decide it. */
    QString letter;
    /** Phrases only this type of letter carries (its headline, its legal term); each counts 3. */
    QStringList strong;
    /** Phrases that make this type more likely; each counts 1. */
    QStringList support;
    /** Phrases that rule this type out (a refusal is not an intention to refuse). */
    QStringList excludes;
    /** Outcomes the letter's words tell apart; empty when @ref letter is set. */
    QList<LetterVariant> variants;
    /** What the explicit date or period in the letter is. */
    LetterDateRole dateRole = LetterDateRole::None;
    /** Words right before an explicit date that make it the @ref dateRole date ("uiterlijk", "vóór"). */
    QStringList dateLeads;
    /** Id of the Source that shows the wording. */
    QString source;
};

/** Words that start a period: "binnen" + a number (digits or a number word) + a unit. */
struct PeriodPattern
{
    /** Words before the number, e.g. "binnen". */
    QStringList leads;
    /** Unit words and what they are: "dag"/"dagen" → "days", "week"/"weken" → "weeks", "maand(en)" →
     * "months". */
    QList<QPair<QString, QString>> units;
    /** Phrases after the unit that count it from the letter's own date ("na dagtekening"). */
    QStringList fromLetterDate;
    /** Id of the Source of the counting rule. */
    QString source;
};

/**
 * The pack's `letterReading` section: everything the letter reader (core/letters) knows about the
 * wording of IND letters, as data with sources. Empty in packs of earlier releases.
 */
struct LetterPatterns
{
    /** Dutch month names in order (12), "januari" … "december". */
    QStringList months;
    /** Short forms per month as printed ("jan", "mrt", …); each entry belongs to months[i]. */
    QList<QStringList> monthAbbreviations;
    /** Number words and their value ("twee" → 2, "vier" → 4). */
    QList<QPair<QString, int>> numberWords;
    /** Labels right before the letter's own date ("Datum", "Dagtekening"). */
    QStringList letterDateLabels;
    /** Labels before the V-number ("V-nummer", "Vreemdelingennummer"). */
    QStringList vNumberLabels;
    /** Labels before the case number ("Ons kenmerk", "Zaaknummer"). */
    QStringList caseNumberLabels;
    /** Words that show the paper comes from the IND (letterhead, the Ministry, the labels). */
    QStringList senderWords;
    /** How many of @ref senderWords must appear for the paper to look like an IND letter. */
    int senderWordsNeeded = 2;
    /** Periods. */
    PeriodPattern periods;
    /** Letter types, in the pack's order. */
    QList<LetterTypePattern> types;
    /** Id of the Source for the general wording (labels, letterhead). */
    QString source;

    /** True when the pack has the section. */
    [[nodiscard]] bool isEmpty() const { return types.isEmpty(); }
};

} // namespace samen::rules
