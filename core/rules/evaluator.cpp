#include "rules/evaluator.h"

#include "rules/facts.h"
#include "rules/regimeselection.h"

namespace samen::rules {

Evaluator::Evaluator(const RulePack &pack)
    : m_pack(pack)
{ }

EvaluationResult Evaluator::evaluate(const Case &input) const
{
    const Facts caseFacts = caseFactsFor(m_pack, input);
    const RegimeChoice choice = selectRegime(m_pack, caseFacts);
    const Regime *regime = choice.regime;
    if (!regime)
        return { std::nullopt, QStringLiteral("applicationDate: no regime of the pack applies") };
    CaseResult result;
    result.regime = regime->id;
    result.regimeReason = choice.reason;
    result.regimeReasonKey = choice.reasonKey;
    result.regimeUncertain = choice.uncertain;
    result.deadlines = computeDeadlines(m_pack, input);
    for (const auto &deadline : std::as_const(result.deadlines)) {
        if (deadline.id == m_pack.windowDeadline)
            result.window = deadline;
    }
    for (const auto &member : input.members)
        result.members.append(evaluateMember(*regime, input, member, caseFacts));
    return { result, QString() };
}

MemberResult Evaluator::evaluateMember(const Regime &regime, const Case &input, const Member &member) const
{
    return evaluateMember(regime, input, member, caseFactsFor(m_pack, input));
}

MemberResult Evaluator::evaluateMember(const Regime &regime, const Case &input, const Member &member,
                                       const Facts &caseFacts) const
{
    MemberResult result;
    result.id = member.id;
    const Facts facts = withMemberFacts(caseFacts, input, member);
    if (!member.relation) {
        result.rules = QStringList { m_pack.unknownRuleOf(u"relation"_qs) };
        return result;
    }
    for (const auto &row : regime.relations.value(*member.relation)) {
        QString unknownFact;
        const Truth truth = evaluateAll(row.when, facts, &unknownFact);
        if (truth == Truth::False)
            continue;
        if (truth == Truth::Unknown) {
            result.rules = QStringList { m_pack.unknownRuleOf(unknownFact) };
            break;
        }
        result.outcome = row.outcome;
        result.rules = QStringList { row.rule };
        if (row.outcome == Outcome::Wait) {
            const auto deadline = computeDeadline(*m_pack.deadline(row.earliest), input, m_pack.holidays);
            if (deadline) {
                result.earliest = deadline->date;
            } else {
                result.outcome = Outcome::Advice;
                result.rules = QStringList { m_pack.unknownRuleOf(m_pack.deadline(row.earliest)->from) };
            }
        }
        break;
    }
    if (m_pack.documentOutcomes.contains(result.outcome))
        result.requiredDocuments = documentsFor(facts, *member.relation, result.outcome);
    return result;
}

QStringList Evaluator::documentsFor(const Facts &facts, const QString &relation, Outcome outcome) const
{
    QStringList ids;
    for (const auto &document : m_pack.documents) {
        const bool forOutcome = document.outcomes.isEmpty() || document.outcomes.contains(outcome);
        if (forOutcome && document.relations.contains(relation) &&
            evaluateAll(document.when, facts) != Truth::False)
            ids.append(document.id);
    }
    return ids;
}

} // namespace samen::rules
