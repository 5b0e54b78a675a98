#pragma once

#include "rules/evaluator.h"
#include "rules/pack.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace samen::vault {
class Database;
}

/** The verdicts of the saved interview, by the members' interview ids. */
struct FamilyVerdicts
{
    /** MemberResult per interview member id ("m1", …). */
    QHash<QString, samen::rules::MemberResult> members;
    /** The referent's country of origin (ISO code, e.g. "SY"); empty when not answered. */
    QString country;
    /** Birth dates by interview member id, where answered. */
    QHash<QString, QDate> birthDates;
    /**
     * The day the application is (or will be) sent; today when not answered; invalid when it was
     * sent on a day the user does not know.
     */
    QDate applicationDate;

    /**
     * The 18th birthday of member @p interviewId when it falls after @p today and within a year,
     * while the application is not sent yet: age counts on the day the application is sent.
     */
    [[nodiscard]] std::optional<QDate> turns18Soon(const QString &interviewId, QDate today) const;

    /**
     * Evaluates the interview answers saved in @p db with @p pack as on @p today, as the
     * interview's result screen does; empty when the answers cannot be evaluated.
     */
    [[nodiscard]] static FamilyVerdicts evaluate(samen::vault::Database &db,
                                                 const samen::rules::RulePack &pack, QDate today);
};
