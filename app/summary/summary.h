#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace samen::summary {

/** A note the user wrote; shown as theirs, never as a fact. */
struct OwnNote
{
    /** What it is about (a document), in the summary's language; empty for a note on the member. */
    QString about;
    /** The user's words as typed. */
    QString text;
};

/** One family member as the helper sees them. */
struct MemberSummary
{
    /** The family_member row id: for the screen's list, never shown. */
    qint64 id = 0;
    /**
     * The heading the helper reads: the Latin name, else the own-script name, else the relation
     * with a number when there are more of it ("Kind 1"): never blank.
     */
    QString title;
    /** Name in the member's own script. */
    QString name;
    /** Name in Latin letters. */
    QString latinName;
    /** Relation to the referent, in words. */
    QString relation;
    /** Date of birth from the questions, dd-MM-yyyy; empty when not answered. */
    QString birthDate;
    /** The verdict in words. */
    QString outcome;
    /** The verdict's pack spelling ("nareis", …); empty when there is none. */
    QString outcomeId;
    /** Id of the rule that decided it: for tests and logs, never shown. */
    QString ruleId;
    /** Title of the public source of that rule. */
    QString ruleSource;
    /** The latest stage in words, with its date; "not applied yet" when there is none. */
    QString stage;
    /** Documents that are ready, in words. */
    QStringList documentsReady;
    /** Documents not ready yet, in words with their status. */
    QStringList documentsMissing;
    /** The user's notes on the member and on their documents. */
    QList<OwnNote> notes;
};

/** One open deadline, once: the same deadline of several members is one line naming them all. */
struct DeadlineSummary
{
    /** What it is, in words. */
    QString what;
    /** Whom it concerns (member titles, comma-separated), or "whole family". */
    QString whom;
    /** The last day, dd-MM-yyyy. */
    QString date;
    /** The user's own words for a deadline from a letter; empty otherwise. */
    QString ownLabel;
};

/** The dossier in one glance, in Dutch or English, for a volunteer, lawyer or official. */
struct Summary
{
    /** "nl" or "en". */
    QString language;
    /** The referent's name in their own script. */
    QString referentName;
    /** The referent's name in Latin letters. */
    QString referentLatinName;
    /** Refugee status or subsidiary protection, in words; empty when unknown. */
    QString protection;
    /** Date of the IND decision, dd-MM-yyyy; empty when unknown. */
    QString decisionDate;
    /** The family members, in the order they were entered. */
    QList<MemberSummary> members;
    /** Open deadlines, soonest first. */
    QList<DeadlineSummary> deadlines;
    /** The rule pack's "rules as of" date, dd-MM-yyyy. */
    QString rulesAsOf;
    /** The day the summary was made, dd-MM-yyyy. */
    QString exportDate;
};

} // namespace samen::summary
