#include "rules/evaluator.h"

#include "rules/facts.h"
#include "rules/regimeselection.h"

#include <QSet>

#include <algorithm>

namespace samen::rules {

Evaluator::Evaluator(const RulePack &pack)
    : m_pack(pack)
{ }

EvaluationResult Evaluator::evaluate(const Case &input) const
{
    if (!input.applicationDateKnown && input.sponsor.decisionDate)
        return evaluateOverSendingDays(input);
    return evaluateOnce(input);
}

namespace {

// The birthday in @p year of someone born on @p birth (28 February for 29 February in other years).
QDate birthdayIn(QDate birth, int year)
{
    return QDate(year, birth.month(), std::min(birth.day(), QDate(year, birth.month(), 1).daysInMonth()));
}

// @p turns and the days on either side of each, within [@p first, @p last], once each.
QList<QDate> aroundEach(const QList<QDate> &turns, QDate first, QDate last)
{
    QList<QDate> days;
    for (const QDate &turn : turns) {
        for (const QDate &day : { turn.addDays(-1), turn, turn.addDays(1) }) {
            if (day.isValid() && day >= first && day <= last && !days.contains(day))
                days << day;
        }
    }
    return days;
}

// @p input as if its application was sent on @p day.
Case sentOn(const Case &input, QDate day)
{
    Case sent = input;
    sent.applicationDate = day;
    sent.applicationDateKnown = true;
    return sent;
}

QList<QDate> birthdaysBetween(const std::optional<QDate> &birth, QDate first, QDate last)
{
    QList<QDate> days;
    for (int year = first.year(); birth && year <= last.year(); ++year)
        days << birthdayIn(*birth, year);
    return days;
}

} // namespace

QList<QDate> Evaluator::turningDays(const Case &input) const
{
    // Every case fact that depends on the application date changes only on one of these days or
    // the day after: the days the pack compares it with, deadlines passed or reached, the
    // referent's birthdays (age).
    const QDate first = *input.sponsor.decisionDate;
    const QDate last = input.applicationDate;
    QList<QDate> turns = { first, last };
    for (const Condition &condition : conditionsOn(m_pack, u"applicationDate"_qs))
        turns << QDate::fromString(condition.value.toString(), Qt::ISODate);
    for (const auto &deadline : computeDeadlines(m_pack, input))
        turns << deadline.date;
    return turns << birthdaysBetween(input.sponsor.birthDate, first, last);
}

EvaluationResult Evaluator::evaluateOverSendingDays(const Case &input) const
{
    // Sent on a day the user does not know, between the referent's decision and today: a verdict
    // that every such day gives holds; one that depends on the day is the verdict with the day
    // unknown (advice that asks for it).
    EvaluationResult unknownDay = evaluateOnce(input);
    if (!unknownDay.value)
        return unknownDay;
    CaseResult &result = *unknownDay.value;
    QHash<QDate, std::pair<RegimeChoice, Facts>> onDays; // the regime and case facts of each day tried
    const auto onDay = [&](QDate day) -> const std::pair<RegimeChoice, Facts> & {
        auto it = onDays.find(day);
        if (it == onDays.end()) {
            Facts facts = caseFactsFor(m_pack, sentOn(input, day));
            it = onDays.insert(day, { selectRegime(m_pack, facts), std::move(facts) });
        }
        return *it;
    };
    QSet<const Regime *> regimes;
    const QDate first = *input.sponsor.decisionDate;
    const QDate last = input.applicationDate;
    const QList<QDate> turns = turningDays(input);
    for (qsizetype i = 0; i < input.members.size(); ++i) {
        const Member &member = input.members.at(i);
        std::optional<MemberResult> agreed;
        // The member's age changes on their birthdays too.
        for (const QDate &day :
             aroundEach(turns + birthdaysBetween(member.birthDate, first, last), first, last)) {
            const auto &[choice, facts] = onDay(day);
            if (!choice.regime)
                return unknownDay;
            regimes.insert(choice.regime);
            const MemberResult verdict = evaluateMember(*choice.regime, sentOn(input, day), member, facts);
            const bool same = !agreed ||
                (verdict.outcome == agreed->outcome && verdict.rules == agreed->rules &&
                 verdict.earliest == agreed->earliest);
            if (!same) {
                agreed.reset();
                break;
            }
            agreed = verdict;
        }
        if (agreed)
            result.members[i] = *agreed;
    }
    if (regimes.size() == 1) {
        const RegimeChoice &choice = onDays.constBegin()->first;
        result.regime = choice.regime->id;
        result.regimeReason = choice.reason;
        result.regimeReasonKey = choice.reasonKey;
        result.regimeUncertain = false;
    }
    return unknownDay;
}

EvaluationResult Evaluator::evaluateOnce(const Case &input) const
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
            result.rules = QStringList { unknownRuleOf(unknownFact, input, member) };
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

QString Evaluator::unknownRuleOf(const QString &fact, const Case &input, const Member &member) const
{
    const bool aboutAge = fact == u"age" || fact.endsWith(u".age");
    if (aboutAge && !member.birthDate)
        return m_pack.unknownRuleOf(u"age"_qs);
    // An age, the referent's age or a deadline compared with an application date not known:
    // that date is what the user can look up, not the birth date or the deadline.
    const bool onApplicationDate =
        fact == u"age" || fact == u"sponsorAge" || fact.endsWith(u".passed") || fact.endsWith(u".reached");
    if (!input.applicationDateKnown && onApplicationDate) {
        const bool birthKnown = fact == u"sponsorAge" ? input.sponsor.birthDate.has_value() : true;
        const QString deadline = fact.section(u'.', 0, -2);
        const bool deadlineKnown = deadline.isEmpty() || m_pack.deadline(deadline) == nullptr ||
            computeDeadline(*m_pack.deadline(deadline), input, m_pack.holidays).has_value();
        if (birthKnown && deadlineKnown)
            return m_pack.unknownRuleOf(u"applicationDate"_qs);
    }
    return m_pack.unknownRuleOf(fact);
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
