#pragma once

#include "rules/case.h"
#include "rules/condition.h"
#include "rules/pack.h"

#include <QHash>
#include <QString>

namespace samen::rules {

/**
 * The facts the evaluator computes, by id, with their type ("bool", "number", "string",
 * "date"). A pack may only declare facts from this list; deadline facts "<deadline>.passed"
 * (application date after the deadline), "<deadline>.reached" (on or after it) and the member
 * fact "<deadline>.age" (the member's age on the deadline) come on top.
 */
[[nodiscard]] const QHash<QString, QString> &knownFactTypes();

/** True for facts that describe one member (age, relation, …) rather than the case or the referent. */
[[nodiscard]] bool factIsAboutMember(const QString &id);

/**
 * Facts of @p member (nullptr: case and referent facts only) in @p input, ages on the application
 * date, with the fact "regime" set to the regime the pack selects for the case (absent if none).
 */
[[nodiscard]] Facts factsFor(const RulePack &pack, const Case &input, const Member *member);

/**
 * Every condition of @p pack on fact @p id: in the regime selectors, the decision rows, the
 * documents and the questions.
 */
[[nodiscard]] QList<Condition> conditionsOn(const RulePack &pack, const QString &id);

/** The case and referent facts of @p input with "regime": factsFor() without a member, once per case. */
[[nodiscard]] Facts caseFactsFor(const RulePack &pack, const Case &input);

/** @p caseFacts (from caseFactsFor() of @p input) with the facts of @p member added. */
[[nodiscard]] Facts withMemberFacts(Facts caseFacts, const Case &input, const Member &member);

} // namespace samen::rules
