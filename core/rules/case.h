#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace samen::rules {

/** The referent (sponsor): the refugee in the Netherlands. Unset fields are unknown. */
struct Sponsor
{
    /** Birth date. */
    std::optional<QDate> birthDate;
    /** "refugee" (a-status) or "subsidiary" (b-status); nullopt when unknown. */
    std::optional<QString> status;
    /** Date on the IND decision that granted asylum (D). */
    std::optional<QDate> decisionDate;
    /** Date the asylum application was signed. */
    std::optional<QDate> asylumApplicationDate;
    /** Arrived in the Netherlands without a parent. */
    std::optional<bool> arrivedUnaccompanied;
    /** Country of origin as ISO 3166 code (e.g. "SY"); empty when not given. */
    QString country;
    /** The referent's own permit came through nareis (a derived permit). */
    std::optional<bool> derivedPermit;
    /** The referent lives with a new partner in the Netherlands. */
    std::optional<bool> livesWithPartnerInNL;
    /** An unaccompanied minor who now has a partner or child of their own in the Netherlands. */
    std::optional<bool> ownFamilyInNL;
};

/** Member::parentId of a child whose other parent is not among the members of this application. */
inline const QString otherParentId = QStringLiteral("other");

/** One family member the referent wants to bring. Unset fields are unknown. */
struct Member
{
    /** Id unique within the case, e.g. "m1". */
    QString id;
    /** One of knownRelations(); nullopt when unknown. */
    std::optional<QString> relation;
    /** Birth date. */
    std::optional<QDate> birthDate;
    /** The bond (marriage, relationship, belonging to the family) existed before entry. */
    std::optional<bool> bondBeforeEntry;
    /** Named in the referent's asylum procedure. */
    std::optional<bool> mentionedInAsylum;
    /** The member is married. */
    std::optional<bool> married;
    /** The member has a partner of their own. */
    std::optional<bool> ownPartner;
    /** For spouses and partners: the one the referent chooses. */
    std::optional<bool> chosenPartner;
    /**
     * For children: the id of their other parent among the members, or otherParentId when that
     * parent is not in this application; empty when not given.
     */
    QString parentId;
    /** For minor children: a parent with custody stays behind. */
    std::optional<bool> otherParentStaysBehind;
    /** For spouses: the marriage is legally valid and registered (not only traditional or religious). */
    std::optional<bool> marriageRegistered;
};

/** The most family members a case may list (a parsed case with more is refused). */
constexpr qsizetype maxMembers = 100;

/** A household as the interview or a case file describes it. */
struct Case
{
    /** The day the case is looked at. */
    QDate today;
    /**
     * The day the application is (or will be) filed; decides the regime. When it was sent on a
     * day the user does not know (applicationDateKnown false), today: the latest it can be.
     */
    QDate applicationDate;
    /**
     * False when the application was sent (applied) but its date is not known: the facts that
     * depend on it (the regime, ages, whether a deadline had passed) are then unknown unless
     * every day from the referent's decision date to today gives the same answer.
     */
    bool applicationDateKnown = true;
    /** The referent. */
    Sponsor sponsor;
    /** Family members, in order. */
    QList<Member> members;
    /** Later procedure dates by name: refusalDate, approvalDate, mvvIssuedDate, arrivalDate, … */
    QHash<QString, QDate> procedureDates;
    /**
     * Whether the IND has decided on the application: absent from a case file means pending
     * (false) unless a decision date is given; nullopt when the user does not know.
     */
    std::optional<bool> indDecided = false;
    /** The date of the IND's decision on the application (yes or no), when known. */
    std::optional<QDate> indDecisionDate;
    /**
     * Whether the application was sent already (the interview asks this before its date);
     * nullopt when not given or not known. When false, today stands in for the application date
     * (a date given anyway is ignored).
     */
    std::optional<bool> applied;
};

/** A parsed case, or the first problem naming its field. */
struct CaseParseResult
{
    /** The case when valid. */
    std::optional<Case> value;
    /** E.g. `members[0].birthDate: after the application date`; empty when valid. */
    QString error;
};

/** Parses a case as documented in RULES-NL.md; null or absent fields are unknown. */
[[nodiscard]] CaseParseResult parseCase(const QJsonObject &object);

/** Parses case JSON text. */
[[nodiscard]] CaseParseResult parseCase(const QByteArray &json);

/** Names of the procedure dates a case may carry. */
[[nodiscard]] const QStringList &procedureDateNames();

} // namespace samen::rules
