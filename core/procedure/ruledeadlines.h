#pragma once

#include "rules/pack.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/** The procedure after the interview: stage dates, the deadlines they open, the deadline table. */
namespace samen::procedure {

/** The rule id of deadlines the user enters from an IND letter (deadline.rule_id). */
inline constexpr QStringView letterRule = u"letter";

/**
 * True for a deadline from a letter: "letter" (the user's own words) or "letter.<id>" (a letter
 * type of the pack, e.g. "letter.missingItems": the date the letter asks an answer by). The rule
 * pack never sets these; the user does, and only the user removes them.
 */
[[nodiscard]] inline bool isLetterRule(QStringView ruleId)
{
    return ruleId == letterRule || ruleId.startsWith(u"letter.");
}

/** The rule id of the answer deadline of pack letter @p letterId ("letter.<id>"). */
[[nodiscard]] inline QString letterRuleFor(const QString &letterId)
{
    return letterRule.toString() + u'.' + letterId;
}

/** The pack letter id of rule id @p ruleId ("missingItems" for "letter.missingItems"); else empty. */
[[nodiscard]] inline QString letterIdOf(const QString &ruleId)
{
    return ruleId.startsWith(u"letter.") ? ruleId.mid(7) : QString();
}

/** What the materialisation needs from the interview's case. */
struct CaseDates
{
    /** The date of the IND decision that granted asylum (D); nullopt when unknown. */
    std::optional<QDate> decisionDate;
    /** The referent's status, "refugee" or "subsidiary"; empty when unknown. */
    QString status;
    /** True when the user answered that the application for the family is sent. */
    bool applied = false;
    /** The day it was sent, when the user gave it (nullopt: not sent, or sent on a day not known). */
    std::optional<QDate> applicationDate;
};

/**
 * The dates the procedure needs from the saved interview answers @p answers (AnswerStore::load():
 * "sponsor" with "decisionDate" and "status", and the case's "applied" and "applicationDate").
 */
[[nodiscard]] CaseDates caseDatesFrom(const QJsonObject &answers);

/** One family member's stage dates, by stage id. */
struct MemberStages
{
    /** The family_member row id. */
    qint64 memberId = 0;
    /** Stage id (StageSpec::id) → the date the user entered. */
    QHash<QString, QDate> dates;
};

/** One deadline a rule of the pack sets for the case or a member. */
struct RuleDeadline
{
    /** The member it concerns; 0 for the whole case (the nareis window, the b-status wait). */
    qint64 memberId = 0;
    /** DeadlineSpec::id, e.g. "objection". */
    QString ruleId;
    /** The legal last day (DeadlineSpec applied, moved past holidays where the pack says so). */
    QDate due;
    /** True when a later stage with a date closes it (StageSpec::closes): nothing left to do. */
    bool closed = false;
    /**
     * True when a stage of the pack can close it: then it is done exactly while it is closed (the
     * user cannot tick it away, and it opens again when that stage loses its date).
     */
    bool closable = false;

    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const RuleDeadline &other) const;
};

/**
 * The stage of @p pack whose date is the application date (StageSpec::sets "applicationDate",
 * "applicationFiled" in the Dutch pack); null when the pack has none.
 */
[[nodiscard]] const rules::StageSpec *applicationStage(const rules::RulePack &pack);

/**
 * @p stages with the application's stage dated from the interview: where the user answered that
 * the application is sent and on which day (@p dates), and @p stages has no date of its own for
 * that stage, it gets that day. A date entered on the steps page always wins.
 */
[[nodiscard]] QHash<QString, QDate>
withInterviewApplication(const rules::RulePack &pack, const CaseDates &dates, QHash<QString, QDate> stages);

/**
 * Every rule deadline that follows from @p dates and @p members with @p pack: per member, each
 * deadline counting from a date a stage of theirs sets; for the case, the nareis window from the
 * decision date, and the end of the 2-year wait when the referent has subsidiary protection
 * (b-status). The application's day from the interview counts as that stage's date where a member
 * has none (withInterviewApplication()); an application sent on a day the user does not know still
 * closes what that stage closes (the window). Case-wide deadlines come first, then members in the given
 * order, each in pack order.
 */
[[nodiscard]] QList<RuleDeadline> ruleDeadlines(const rules::RulePack &pack, const CaseDates &dates,
                                                const QList<MemberStages> &members);

} // namespace samen::procedure
