#include "kinds.h"

#include "rules/pack.h"

Outcome::Value Outcome::fromId(const QString &id)
{
    const auto outcome = samen::rules::outcomeFromName(id);
    if (!outcome)
        return None;
    switch (*outcome) {
    case samen::rules::Outcome::Nareis:
        return Nareis;
    case samen::rules::Outcome::Regular:
        return Regular;
    case samen::rules::Outcome::Wait:
        return Wait;
    case samen::rules::Outcome::NotEligible:
        return NotEligible;
    case samen::rules::Outcome::Advice:
        return Advice;
    }
    return None;
}
