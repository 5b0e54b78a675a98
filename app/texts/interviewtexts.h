#pragma once

#include "rules/pack.h"

#include <QString>
#include <QStringList>

/**
 * The words of the eligibility interview in the user's language: question texts, "why we ask"
 * texts, option labels and rule explanations by their rule-pack key, and the fixed sentences of
 * the result screen. The English source texts live here, marked for lupdate; the pack holds keys only.
 */
namespace InterviewTexts {

/** The translated text of pack key @p key (a question text, why key, rule or deadline explanation); empty if
 * unknown. */
[[nodiscard]] QString text(const QString &key);

/** True when @p key has a text. */
[[nodiscard]] bool hasText(const QString &key);

/** Extra help under a question: where to find the answer (e.g. on the IND letter); empty if none. */
[[nodiscard]] QString help(const QString &questionId);

/** The label of option @p value of the choice question @p questionId (relations, status, countries). */
[[nodiscard]] QString optionLabel(const QString &questionId, const QString &value);

/** The relation @p relation as a short noun, e.g. "Child". */
[[nodiscard]] QString relationNoun(const QString &relation);

/** The icon name (assets/icons) of @p relation. */
[[nodiscard]] QString relationIcon(const QString &relation);

/** The verdict in a few words, e.g. "Can come with nareis". */
[[nodiscard]] QString outcomeTitle(samen::rules::Outcome outcome);

/**
 * What to do next for @p outcome, in one or two sentences; @p applied when the user said the
 * application is already sent (then "apply before the deadline" is no longer the step).
 */
[[nodiscard]] QString outcomeNextStep(samen::rules::Outcome outcome, bool applied);

/** The icon name (assets/icons) of @p outcome. */
[[nodiscard]] QString outcomeIcon(samen::rules::Outcome outcome);

/** A plain message for an answer the interview refused (its English @p error names the field). */
[[nodiscard]] QString answerProblem(const QString &error);

/** Every pack key of @p pack that needs a text: question texts and why keys, option values, rule
 * explanations.
 */
[[nodiscard]] QStringList keysOf(const samen::rules::RulePack &pack);

} // namespace InterviewTexts
