#pragma once

#include "rules/case.h"
#include "rules/deadlines.h"
#include "rules/pack.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samen::rules {

/** The verdict for one family member. */
struct MemberResult
{
    /** The member's id in the case. */
    QString id;
    /** What the member can expect. */
    Outcome outcome = Outcome::Advice;
    /** For Wait: the first day an application can be filed. */
    std::optional<QDate> earliest;
    /** Ids of the rules that decided the outcome (show their explanation and source). */
    QStringList rules;
    /** Ids of the documents to gather, in pack order. */
    QStringList requiredDocuments;
};

/** The verdicts and deadlines of one case. */
struct CaseResult
{
    /** Id of the regime the pack's selectors chose. */
    QString regime;
    /** The conditions that chose the regime, as the pack spells them (for maintainers). */
    QString regimeReason;
    /** Translation key of why the regime applies, in plain words. */
    QString regimeReasonKey;
    /** True when a fact the choice needs was unknown and the cautious regime was used. */
    bool regimeUncertain = false;
    /** The nareis window deadline (shifted to a working day); nullopt when the decision date is unknown. */
    std::optional<Deadline> window;
    /** All deadlines whose start date is known, in pack order. */
    QList<Deadline> deadlines;
    /** One result per member, in case order. */
    QList<MemberResult> members;
};

/** A case result, or why the case could not be evaluated. */
struct EvaluationResult
{
    /** The result when the case could be evaluated. */
    std::optional<CaseResult> value;
    /** E.g. "applicationDate: no regime of the pack applies"; empty on success. */
    QString error;
};

/** Applies a rule pack to cases. Holds a reference: the pack must outlive the evaluator. */
class Evaluator
{
public:
    /** Evaluates with @p pack. */
    explicit Evaluator(const RulePack &pack);

    /** Outcome per member, deadlines and regime for @p input. */
    [[nodiscard]] EvaluationResult evaluate(const Case &input) const;

    /** The verdict for @p member of @p input under @p regime. */
    [[nodiscard]] MemberResult evaluateMember(const Regime &regime, const Case &input,
                                              const Member &member) const;

private:
    /** evaluate() of a case whose application date is known, or taken as unknown. */
    [[nodiscard]] EvaluationResult evaluateOnce(const Case &input) const;
    /**
     * evaluate() of a case sent on a day not known: each member's verdict and the regime that
     * every day from the referent's decision date to today gives (turningDays()); a member whose
     * verdict depends on the day gets the verdict with that date unknown (advice asking for it).
     * The regime is known when every day tried gives the same one.
     */
    [[nodiscard]] EvaluationResult evaluateOverSendingDays(const Case &input) const;
    /**
     * The days from the referent's decision date to today on which a case fact that depends on
     * the application date can change (the day after each too, and each member's birthdays, are
     * tried by evaluateOverSendingDays()).
     */
    [[nodiscard]] QList<QDate> turningDays(const Case &input) const;
    /** evaluateMember() with the case facts of @p input computed once for all members. */
    [[nodiscard]] MemberResult evaluateMember(const Regime &regime, const Case &input, const Member &member,
                                              const Facts &caseFacts) const;
    [[nodiscard]] QStringList documentsFor(const Facts &facts, const QString &relation,
                                           Outcome outcome) const;
    /**
     * The rule that says what is not known when @p fact is: the pack's unknown rule of the fact,
     * except that an age or deadline that is unknown only because the application date is says
     * so, and an age unknown for want of a birth date says that.
     */
    [[nodiscard]] QString unknownRuleOf(const QString &fact, const Case &input, const Member &member) const;

    const RulePack &m_pack;
};

} // namespace samen::rules
