#include "kinds.h"

#include "rules/pack.h"

Outcome::Value Outcome::of(samen::rules::Outcome outcome)
{
    switch (outcome) {
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
