#include "rules/regimeselection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace samen::rules {
namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

QString describeConditions(const Conditions &conditions)
{
    QStringList parts;
    for (const auto &condition : conditions)
        parts << QStringLiteral("%1 %2 %3")
                     .arg(condition.fact, operatorName(condition.op), valueText(condition.value));
    return parts.join(u" and ");
}

RegimeChoice selectRegime(const RulePack &pack, const Facts &facts)
{
    bool undecided = false;
    for (const auto &regime : pack.regimes) {
        for (const auto &selector : regime.selectWhen) {
            const Truth truth = evaluateAll(selector.when, facts);
            if (truth == Truth::True)
                return { &regime, selector.reasonKey, describeConditions(selector.when), false };
            undecided = undecided || truth == Truth::Unknown;
        }
    }
    if (!undecided)
        return {};
    return { pack.regime(pack.regimeIfUnknown), pack.regimeIfUnknownReasonKey,
             QStringLiteral("not known which regime applies; the cautious one is used"), true };
}

} // namespace samen::rules
