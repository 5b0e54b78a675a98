#pragma once

#include <QString>

#include <tuple>

namespace samen::dossier {

/** One step of the procedure for a family member (filed, extra questions, decision, mvv, …). */
struct StageEvent
{
    /** Row id; 0 before it is stored. */
    qint64 id = 0;
    /** The family member. */
    qint64 memberId = 0;
    /** Rule-pack stage id, e.g. "application-filed". */
    QString stage;
    /** When it happened, ISO 8601 date. */
    QString date;
    /** The user's own note. */
    QString note;

    friend bool operator==(const StageEvent &a, const StageEvent &b)
    {
        return std::tie(a.id, a.memberId, a.stage, a.date, a.note) ==
            std::tie(b.id, b.memberId, b.stage, b.date, b.note);
    }
};

/** A deadline computed from the rule pack and the dates the user entered. */
struct Deadline
{
    /** Row id; 0 before it is stored. */
    qint64 id = 0;
    /** The family member it concerns; 0 when it concerns the whole case. */
    qint64 memberId = 0;
    /** Id of the rule that sets it. */
    QString ruleId;
    /** Last day, ISO 8601 date. */
    QString dueDate;
    /** True once the user marked it as dealt with. */
    bool done = false;
    /** The user's own words (for a deadline from an IND letter); private, never in a notification. */
    QString label;
    /** No reminder before this ISO 8601 date-time (UTC); empty when not snoozed. */
    QString snoozedUntil;

    friend bool operator==(const Deadline &a, const Deadline &b)
    {
        return std::tie(a.id, a.memberId, a.ruleId, a.dueDate, a.done, a.label, a.snoozedUntil) ==
            std::tie(b.id, b.memberId, b.ruleId, b.dueDate, b.done, b.label, b.snoozedUntil);
    }
};

/** A planned local notification for a deadline (its text reveals nothing private). */
struct Reminder
{
    /** Row id; 0 before it is stored. */
    qint64 id = 0;
    /** The deadline it reminds of. */
    qint64 deadlineId = 0;
    /** When to notify, ISO 8601 date-time (UTC). */
    QString fireAt;
    /** True once shown or dismissed. */
    bool dismissed = false;

    friend bool operator==(const Reminder &a, const Reminder &b)
    {
        return std::tie(a.id, a.deadlineId, a.fireAt, a.dismissed) ==
            std::tie(b.id, b.deadlineId, b.fireAt, b.dismissed);
    }
};

} // namespace samen::dossier
