#pragma once

#include "rules/condition.h"
#include "rules/pack.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samen::rules {

/** One screen of the interview: a question, and for member questions the member it is about. */
struct InterviewStep
{
    /** Id of the Question in the pack. */
    QString questionId;
    /** Index into the answers' "members" array; -1 for case and referent questions. */
    int memberIndex = -1;

    /** Equal when both name the same question about the same member. */
    friend bool operator==(const InterviewStep &a, const InterviewStep &b)
    {
        return a.questionId == b.questionId && a.memberIndex == b.memberIndex;
    }
};

/** The answers after one more answer, or why the answer was not taken. */
struct AnswerResult
{
    /** The new answers (unchanged when the answer was refused). */
    QJsonObject answers;
    /** Names the field and the problem, e.g. "members[0].birthDate: after the application date". */
    QString error;
};

/**
 * The question graph of a pack. Answers are kept as a case object in the samen-rules format
 * (see RULES-NL.md): a field that is absent is not asked yet, a field that is null was answered
 * "I don't know". The answers can be saved as they are and evaluated directly with parseCase().
 * Start from `{"today": "YYYY-MM-DD"}`; until the application date is answered, today stands in for it.
 */
class Interview
{
public:
    /** Interview driven by @p pack, which must outlive it. */
    explicit Interview(const RulePack &pack);

    /** The pack's questions about @p subject, in pack order. */
    [[nodiscard]] QList<const Question *> questionsFor(Question::Subject subject) const;

    /** Every question that applies to @p answers, in the order asked: case, referent, then each member. */
    [[nodiscard]] QList<InterviewStep> steps(const QJsonObject &answers) const;

    /** The first step of steps() that is not answered yet; nullopt when all are answered. */
    [[nodiscard]] std::optional<InterviewStep> nextQuestion(const QJsonObject &answers) const;

    /** The step before @p step in steps(), for Back; nullopt at the first step. */
    [[nodiscard]] std::optional<InterviewStep> previousQuestion(const QJsonObject &answers,
                                                                const InterviewStep &step) const;

    /** True when @p step has an answer (possibly "I don't know") in @p answers. */
    [[nodiscard]] bool isAnswered(const QJsonObject &answers, const InterviewStep &step) const;

    /** The current answer of @p step; undefined when not asked, null for "I don't know". */
    [[nodiscard]] QJsonValue answerOf(const QJsonObject &answers, const InterviewStep &step) const;

    /** The options of a choice @p step: the question's options or, for optionsFrom "partners", the partners'
     * ids. */
    [[nodiscard]] QStringList optionsFor(const QJsonObject &answers, const InterviewStep &step) const;

    /**
     * Records @p value for @p step: a bool (yesNo), an ISO date string (date), one of the
     * options (choice), a number (number), or null for "I don't know". Refused with a message
     * when the value does not fit or makes the case invalid (e.g. a birth date after the
     * application date).
     */
    [[nodiscard]] AnswerResult answer(const QJsonObject &answers, const InterviewStep &step,
                                      const QJsonValue &value) const;

    /** @p answers with a new member with id @p id appended ("who do you want to bring?"). */
    [[nodiscard]] static QJsonObject addMember(const QJsonObject &answers, const QString &id);

private:
    /** True when @p question is asked given @p facts (nullptr: the answers make no case yet). */
    [[nodiscard]] static bool applies(const Question &question, const Facts *facts);
    [[nodiscard]] QString valueProblem(const QJsonObject &answers, const InterviewStep &step,
                                       const QJsonValue &value) const;

    const RulePack &m_pack;
};

} // namespace samen::rules
