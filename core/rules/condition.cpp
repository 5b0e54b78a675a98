#include "rules/condition.h"

#include <QJsonArray>

namespace samen::rules {
namespace {

bool compareNumbers(Condition::Op op, double fact, double value)
{
    switch (op) {
    case Condition::Op::Less:
        return fact < value;
    case Condition::Op::LessOrEqual:
        return fact <= value;
    case Condition::Op::Greater:
        return fact > value;
    case Condition::Op::GreaterOrEqual:
        return fact >= value;
    case Condition::Op::Equals:
        return fact == value;
    case Condition::Op::NotEquals:
        return fact != value;
    case Condition::Op::In:
        break;
    }
    return false;
}

} // namespace

Truth evaluate(const Condition &condition, const Facts &facts)
{
    const QJsonValue fact = facts.value(condition.fact);
    if (fact.isUndefined() || fact.isNull())
        return Truth::Unknown;
    bool holds = false;
    if (condition.op == Condition::Op::In)
        holds = condition.value.toArray().contains(fact);
    else if (fact.isDouble() && condition.value.isDouble())
        holds = compareNumbers(condition.op, fact.toDouble(), condition.value.toDouble());
    else if (fact.isString() && condition.value.isString())
        holds = compareNumbers(condition.op, fact.toString().compare(condition.value.toString()), 0);
    else if (condition.op == Condition::Op::Equals)
        holds = fact == condition.value;
    else if (condition.op == Condition::Op::NotEquals)
        holds = fact != condition.value;
    return holds ? Truth::True : Truth::False;
}

Truth evaluateAll(const Conditions &conditions, const Facts &facts, QString *firstUnknownFact)
{
    QString unknownFact;
    for (const auto &condition : conditions) {
        const Truth truth = evaluate(condition, facts);
        if (truth == Truth::False)
            return Truth::False;
        if (truth == Truth::Unknown && unknownFact.isEmpty())
            unknownFact = condition.fact;
    }
    if (unknownFact.isEmpty())
        return Truth::True;
    if (firstUnknownFact)
        *firstUnknownFact = unknownFact;
    return Truth::Unknown;
}

QString operatorName(Condition::Op op)
{
    switch (op) {
    case Condition::Op::Equals:
        return QStringLiteral("==");
    case Condition::Op::NotEquals:
        return QStringLiteral("!=");
    case Condition::Op::Less:
        return QStringLiteral("<");
    case Condition::Op::LessOrEqual:
        return QStringLiteral("<=");
    case Condition::Op::Greater:
        return QStringLiteral(">");
    case Condition::Op::GreaterOrEqual:
        return QStringLiteral(">=");
    case Condition::Op::In:
        return QStringLiteral("in");
    }
    return {};
}

std::optional<Condition::Op> operatorFromName(const QString &name)
{
    for (const auto op :
         { Condition::Op::Equals, Condition::Op::NotEquals, Condition::Op::Less, Condition::Op::LessOrEqual,
           Condition::Op::Greater, Condition::Op::GreaterOrEqual, Condition::Op::In }) {
        if (operatorName(op) == name)
            return op;
    }
    return std::nullopt;
}

} // namespace samen::rules
