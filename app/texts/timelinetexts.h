#pragma once

#include <QString>
#include <QStringList>

/**
 * The words of the procedure timeline and the deadlines list in the user's language: stage names
 * and what each stage means, deadline titles by rule id, the countdown, and the next step. The
 * English source texts live here, marked for lupdate (context "TimelineTexts").
 */
namespace TimelineTexts {

/** The name of stage @p stageId, e.g. "Application sent"; empty if unknown. */
[[nodiscard]] QString stageName(const QString &stageId);

/** What happens at stage @p stageId, in one sentence (the pack's "stage.<id>" key). */
[[nodiscard]] QString stageExplanation(const QString &stageId);

/** The short title of a deadline of rule @p ruleId ("letter" included), e.g. "Object to the refusal". */
[[nodiscard]] QString deadlineTitle(const QString &ruleId);

/** What the deadline of rule @p ruleId means, in one or two sentences (the pack's "deadline.<id>" key). */
[[nodiscard]] QString deadlineExplanation(const QString &ruleId);

/** "12 days left", "Today is the last day", "3 days ago": @p daysLeft days from today, in words. */
[[nodiscard]] QString countdown(int daysLeft);

/** What to do next after @p lastStageId (the latest stage with a date; empty when none). */
[[nodiscard]] QString nextStep(const QString &lastStageId);

/** Every stage id and rule id that has a text (for tests). */
[[nodiscard]] QStringList knownIds();

} // namespace TimelineTexts
