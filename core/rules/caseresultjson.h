#pragma once

#include "rules/evaluator.h"

#include <QJsonObject>

namespace samen::rules {

/** @p result in the samen-rules output shape: {"regime", "deadline", "members": [...]}. */
[[nodiscard]] QJsonObject toJson(const CaseResult &result);

/** The deadlines of @p result keyed by id; "<id>.plain" and "<id>.extended" where they differ or exist. */
[[nodiscard]] QJsonObject deadlinesToJson(const CaseResult &result);

} // namespace samen::rules
