#pragma once

#include "kinds.h"
#include "rowlist.h"

#include <QQmlEngine>
#include <QString>

/** One deadline as the deadlines page shows it, all texts in the user's language. */
struct DeadlineRow
{
    /** The deadline row id. */
    qint64 deadlineId = 0;
    /** The family member it concerns; 0 for the whole family. */
    qint64 memberId = 0;
    /** Pack rule id, or "letter". */
    QString ruleId;
    /** What it is about, e.g. "Object to the no"; for a letter the user's words when given. */
    QString title;
    /** What the deadline means. */
    QString explanation;
    /** For whom: a name, or "Whole family". */
    QString who;
    /** The day in Gregorian with its month number, e.g. "25 ጥሪ (1) 2027": shown first. */
    QString dateText;
    /** The same day in the user's second calendar, with its era; empty when there is none. */
    QString otherDateText;
    /** The last day as ISO date. */
    QString dueIso;
    /** "12 days left", "Today is the last day", "Passed 3 days ago". */
    QString countdown;
    /** Days from today to the last day (negative when passed). */
    int daysLeft = 0;
    /** The user marked it as dealt with (or a later stage closed it). */
    bool done = false;
    /** A deadline the user entered from an IND letter (can be removed). */
    bool isLetter = false;
    /** Reminders are snoozed. */
    bool snoozed = false;
    /** A decision deadline taken from the IND's receipt letter. */
    bool fromReceiptLetter = false;
    /** A step of the procedure ends it (the window: the application), not a tick. */
    bool endsWithStep = false;
    /** The IND's own time limit (its decision), not something the user must do. */
    bool forTheInd = false;
    /** What the date means to the user: the last day, or the first day something is possible. */
    DeadlineKind::Value kind = DeadlineKind::LastDay;
    /** Sending the application ends it (the nareis window). */
    bool endsWithApplication = false;
    /**
     * Ended by the user's answer in the questions that the application is sent: only changing
     * that answer opens it again (no Undo here).
     */
    bool sentByAnswer = false;

    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const DeadlineRow &other) const;
};

/** The deadlines of the whole family, soonest first; done ones stay in their place. */
class DeadlineModel : public SAMEN_ROW_LIST_MODEL(DeadlineRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TimelineController")
    /** Number of rows. */
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** Number of rows marked done. */
    Q_PROPERTY(int doneCount READ doneCount NOTIFY countChanged)

public:
    /** The data of a row. */
    enum Role {
        DeadlineIdRole = Qt::UserRole,
        RuleIdRole,
        TitleRole,
        ExplanationRole,
        WhoRole,
        DateTextRole,
        OtherDateTextRole,
        DueIsoRole,
        CountdownRole,
        DaysLeftRole,
        DoneRole,
        IsLetterRole,
        SnoozedRole,
        FromReceiptLetterRole,
        EndsWithStepRole,
        ForTheIndRole,
        KindRole,
        EndsWithApplicationRole,
        SentByAnswerRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit DeadlineModel(QObject *parent);

    [[nodiscard]] int count() const { return int(rows().size()); }
    [[nodiscard]] int doneCount() const;

    /** Replaces the rows: changed rows are updated in place when the ids are the same, else it resets. */
    void setRows(const QList<DeadlineRow> &rows);

Q_SIGNALS:
    void countChanged();
};
