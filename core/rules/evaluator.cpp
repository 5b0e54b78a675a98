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

QList<QDate> birthdaysBetween(const std::optional<QDate> &birth, QDate first, QDate last)
{
    QList<QDate> days;
    for (int year = first.year(); birth && year <= last.year(); ++year)
        days << birthdayIn(*birth, year);
    return days;
}

} // namespace

QList<QDate> Evaluator::sendingDays(const Case &input, const Member &member) const
{
    // Every fact that depends on the application date changes only on one of these days or the
    // day after: the regime selectors' days, deadlines passed or reached, the member's and the
    // referent's birthdays (ages).
    const QDate first = *input.sponsor.decisionDate;
    const QDate last = input.applicationDate;
    QList<QDate> turns = { first, last };
    for (const auto &regime : m_pack.regimes) {
        for (const auto &selector : regime.selectWhen) {
            for (const auto &condition : selector.when) {
                if (condition.fact == u"applicationDate")
                    turns << QDate::fromString(condition.value.toString(), Qt::ISODate);
            }
        }
    }
    for (const auto &deadline : computeDeadlines(m_pack, input))
        turns << deadline.date;
    turns << birthdaysBetween(input.sponsor.birthDate, first, last);
    turns << birthdaysBetween(member.birthDate, first, last);
    return aroundEach(turns, first, last);
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
    QHash<QDate, std::pair<const Regime *, Facts>> onDays; // the case facts of each day tried
    const auto onDay = [&](QDate day) -> const std::pair<const Regime *, Facts> & {
        auto it = onDays.find(day);
        if (it == onDays.end()) {
            Case sent = input;
            sent.applicationDate = day;
            sent.applicationDateKnown = true;
            Facts facts = caseFactsFor(m_pack, sent);
            it = onDays.insert(day, { selectRegime(m_pack, facts).regime, std::move(facts) });
        }
        return *it;
    };
    QSet<const Regime *> regimes;
    for (qsizetype i = 0; i < input.members.size(); ++i) {
        const Member &member = input.members.at(i);
        std::optional<MemberResult> agreed;
        for (const QDate &day : sendingDays(input, member)) {
            const auto &[regime, facts] = onDay(day);
            if (!regime)
                return unknownDay;
            regimes.insert(regime);
            Case sent = input;
            sent.applicationDate = day;
            sent.applicationDateKnown = true;
            const MemberResult verdict = evaluateMember(*regime, sent, member, facts);
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
    if (regimes.size() == 1 && input.members.size() > 0) {
        const QDate day = onDays.constBegin().key();
        const RegimeChoice choice = selectRegime(m_pack, onDays.value(day).second);
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
