#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace samen::rules {

/** Facts about one member of a case; a fact that is missing is unknown. */
using Facts = QHash<QString, QJsonValue>;

/** Three-valued truth: a condition on an unknown fact is Unknown, never guessed. */
enum class Truth { False, True, Unknown };

/** One test of one fact, as written in the pack: `["age", "<", 18]` or `["married", "==", true]`. */
struct Condition
{
    /** How the fact is compared with the value. */
    enum class Op { Equals, NotEquals, Less, LessOrEqual, Greater, GreaterOrEqual, In };
    /** Fact id, e.g. "age" or "window.passed". */
    QString fact;
    /** Comparison. */
    Op op = Op::Equals;
    /** Value to compare with; an array for In. */
    QJsonValue value;
};

/** The conditions of one table row or question; all must hold. */
using Conditions = QList<Condition>;

/** Evaluates @p condition against @p facts. */
[[nodiscard]] Truth evaluate(const Condition &condition, const Facts &facts);

/**
 * Evaluates all @p conditions: False as soon as one is known to be false, otherwise Unknown when
 * one is unknown (its fact is stored in @p firstUnknownFact when given), otherwise True.
 */
[[nodiscard]] Truth evaluateAll(const Conditions &conditions, const Facts &facts,
                                QString *firstUnknownFact = nullptr);

/** The operator spelled as in the pack: "==", "!=", "<", "<=", ">", ">=", "in". */
[[nodiscard]] QString operatorName(Condition::Op op);

/** The operator spelled @p name, or nullopt. */
[[nodiscard]] std::optional<Condition::Op> operatorFromName(const QString &name);

} // namespace samen::rules
