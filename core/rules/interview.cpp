#include "rules/interview.h"

#include "rules/case.h"
#include "rules/datemath.h"
#include "rules/facts.h"

#include <QJsonArray>

#include <algorithm>

namespace samen::rules {
namespace {

QJsonArray membersOf(const QJsonObject &answers)
{
    return answers.value(u"members"_qs).toArray();
}

std::optional<Case> caseOf(const QJsonObject &answers)
{
    return parseCase(answers).value;
}

} // namespace

Interview::Interview(const RulePack &pack)
    : m_pack(pack)
{ }

QList<const Question *> Interview::questionsFor(Question::Subject subject) const
{
    QList<const Question *> list;
    for (const auto &question : m_pack.questions) {
        if (question.subject == subject)
            list.append(&question);
    }
    return list;
}

bool Interview::applies(const Question &question, const Facts *facts)
{
    if (question.askIf.isEmpty() && question.askIfAny.isEmpty())
        return true;
    if (!facts)
        return true; // answers that do not make a case yet: ask, and let the answer be checked
    if (evaluateAll(question.askIf, *facts) == Truth::False)
        return false;
    if (question.askIfAny.isEmpty())
        return true;
    return std::any_of(
        question.askIfAny.cbegin(), question.askIfAny.cend(),
        [&](const Conditions &alternative) { return evaluateAll(alternative, *facts) != Truth::False; });
}

QList<InterviewStep> Interview::steps(const QJsonObject &answers) const
{
    // The case is parsed and its facts (and the regime) computed once per call, each member's
    // facts once per member: linear in members and questions.
    const auto input = caseOf(answers);
    const std::optional<Facts> caseFacts = input ? std::optional(caseFactsFor(m_pack, *input)) : std::nullopt;
    QList<InterviewStep> list;
    for (const auto subject : { Question::Subject::Case, Question::Subject::Sponsor }) {
        for (const Question *question : questionsFor(subject)) {
            if (applies(*question, caseFacts ? &*caseFacts : nullptr))
                list.append({ question->id, -1 });
        }
    }
    const QList<const Question *> memberQuestions = questionsFor(Question::Subject::Member);
    const int memberCount = int(membersOf(answers).size());
    for (int index = 0; index < memberCount; ++index) {
        std::optional<Facts> facts = caseFacts;
        if (facts && index < input->members.size())
            facts = withMemberFacts(std::move(*facts), *input, input->members.at(index));
        for (const Question *question : memberQuestions) {
            if (applies(*question, facts ? &*facts : nullptr))
                list.append({ question->id, index });
        }
    }
    return list;
}

std::optional<InterviewStep> Interview::nextQuestion(const QJsonObject &answers) const
{
    for (const auto &step : steps(answers)) {
        if (!isAnswered(answers, step))
            return step;
    }
    return std::nullopt;
}

std::optional<InterviewStep> Interview::previousQuestion(const QJsonObject &answers,
                                                         const InterviewStep &step) const
{
    const QList<InterviewStep> all = steps(answers);
    const auto index = all.indexOf(step);
    if (index <= 0)
        return std::nullopt;
    return all.at(index - 1);
}

QJsonValue Interview::answerOf(const QJsonObject &answers, const InterviewStep &step) const
{
    const Question *question = m_pack.question(step.questionId);
    if (!question)
        return QJsonValue(QJsonValue::Undefined);
    switch (question->subject) {
    case Question::Subject::Case:
        return answers.value(question->sets);
    case Question::Subject::Sponsor:
        return answers.value(u"sponsor"_qs).toObject().value(question->sets);
    case Question::Subject::Member:
        return membersOf(answers).at(step.memberIndex).toObject().value(question->sets);
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool Interview::isAnswered(const QJsonObject &answers, const InterviewStep &step) const
{
    return !answerOf(answers, step).isUndefined();
}

QStringList Interview::optionsFor(const QJsonObject &answers, const InterviewStep &step) const
{
    const Question *question = m_pack.question(step.questionId);
    if (!question)
        return {};
    if (question->optionsFrom != u"partners")
        return question->options;
    QStringList ids;
    for (const QJsonValue &member : membersOf(answers)) {
        const QString relation = member.toObject().value(u"relation"_qs).toString();
        if (relation == u"spouse" || relation == u"partner")
            ids.append(member.toObject().value(u"id"_qs).toString());
    }
    return ids + question->options;
}

QString Interview::valueProblem(const QJsonObject &answers, const InterviewStep &step,
                                const QJsonValue &value) const
{
    const Question *question = m_pack.question(step.questionId);
    if (!question)
        return QStringLiteral("unknown question \"%1\"").arg(step.questionId);
    if (value.isNull())
        return question->allowsUnknown ? QString() : QStringLiteral("an answer is needed");
    switch (question->kind) {
    case Question::Kind::YesNo:
        return value.isBool() ? QString() : QStringLiteral("expected yes or no");
    case Question::Kind::Date:
        return datemath::parseIsoDate(value.toString()) ? QString() : QStringLiteral("expected a date");
    case Question::Kind::Number:
        return value.isDouble() ? QString() : QStringLiteral("expected a number");
    case Question::Kind::Choice:
        return optionsFor(answers, step).contains(value.toString())
            ? QString()
            : QStringLiteral("not one of the options");
    }
    return {};
}

AnswerResult Interview::answer(const QJsonObject &answers, const InterviewStep &step,
                               const QJsonValue &value) const
{
    const Question *question = m_pack.question(step.questionId);
    const bool memberOk = question &&
        (question->subject != Question::Subject::Member ||
         (step.memberIndex >= 0 && step.memberIndex < membersOf(answers).size()));
    if (!memberOk)
        return { answers, QStringLiteral("%1: no such question or member").arg(step.questionId) };
    if (const QString problem = valueProblem(answers, step, value); !problem.isEmpty())
        return { answers, question->sets + u": "_qs + problem };
    QJsonObject updated = answers;
    if (question->subject == Question::Subject::Case) {
        updated.insert(question->sets, value);
    } else if (question->subject == Question::Subject::Sponsor) {
        QJsonObject sponsor = updated.value(u"sponsor"_qs).toObject();
        sponsor.insert(question->sets, value);
        updated.insert(u"sponsor"_qs, sponsor);
    } else {
        QJsonArray members = membersOf(updated);
        QJsonObject member = members.at(step.memberIndex).toObject();
        member.insert(question->sets, value);
        members.replace(step.memberIndex, member);
        updated.insert(u"members"_qs, members);
    }
    if (!updated.contains(u"sponsor"_qs))
        updated.insert(u"sponsor"_qs, QJsonObject());
    const CaseParseResult check = parseCase(updated);
    if (!check.value)
        return { answers, check.error };
    return { updated, QString() };
}

QJsonObject Interview::addMember(const QJsonObject &answers, const QString &id)
{
    QJsonObject updated = answers;
    QJsonArray members = membersOf(updated);
    members.append(QJsonObject { { u"id"_qs, id } });
    updated.insert(u"members"_qs, members);
    return updated;
}

} // namespace samen::rules
