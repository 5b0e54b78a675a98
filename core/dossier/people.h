#pragma once

#include <QString>

#include <tuple>

namespace samen::dossier {

/** The refugee who holds the permit and sponsors the family (in Dutch law: the referent). */
struct Referent
{
    /** Row id; 0 before it is stored. */
    qint64 id = 0;
    /** Name in the person's own script. */
    QString name;
    /** Name in Latin letters, as in the permit. */
    QString latinName;
    /** Date of birth, ISO 8601 (yyyy-MM-dd); empty when unknown. */
    QString birthDate;
    /** Nationality, as an ISO 3166 code. */
    QString nationality;
    /** Date the asylum permit was granted, ISO 8601; empty when not yet known. */
    QString permitDate;

    friend bool operator==(const Referent &a, const Referent &b)
    {
        return std::tie(a.id, a.name, a.latinName, a.birthDate, a.nationality, a.permitDate) ==
            std::tie(b.id, b.name, b.latinName, b.birthDate, b.nationality, b.permitDate);
    }
};

/** A partner, child, parent or sibling who may join the referent. */
struct FamilyMember
{
    /** Row id; 0 before it is stored. */
    qint64 id = 0;
    /** The referent this member belongs to. */
    qint64 referentId = 0;
    /** Relation to the referent, a rule-pack relation id such as "partner" or "child". */
    QString relation;
    /** Name in the person's own script. */
    QString name;
    /** Name in Latin letters. */
    QString latinName;
    /** Date of birth, ISO 8601; empty when unknown. */
    QString birthDate;
    /** Country where the member is now, ISO 3166 code. */
    QString country;
    /** The member's id in the eligibility interview ("m1", …); empty when not linked. */
    QString interviewId;
    /** The user's own note about this member. */
    QString note;
    /**
     * The language the member reads ("ar", "ti", "fa_AF", "nl", "en"), for the kit the user sends
     * them; empty for the app's language.
     */
    QString readingLanguage = {};

    friend bool operator==(const FamilyMember &a, const FamilyMember &b)
    {
        return std::tie(a.id, a.referentId, a.relation, a.name, a.latinName, a.birthDate, a.country,
                        a.interviewId, a.note, a.readingLanguage) ==
            std::tie(b.id, b.referentId, b.relation, b.name, b.latinName, b.birthDate, b.country,
                     b.interviewId, b.note, b.readingLanguage);
    }
};

} // namespace samen::dossier
