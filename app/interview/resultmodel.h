#pragma once

#include "kinds.h"
#include "rowlist.h"

#include <QQmlEngine>
#include <QString>

/** One family member's verdict as the result screen shows it, all texts in the user's language. */
struct ResultRow
{
    /** Member id in the answers. */
    QString memberId;
    /** E.g. "Child 2". */
    QString label;
    /** Icon of the relation. */
    QString relationIcon;
    /** The verdict (the QML enum Outcome). */
    Outcome::Value outcome = Outcome::None;
    /** The verdict in words. */
    QString verdict;
    /** Icon of the verdict. */
    QString verdictIcon;
    /** Why, in one or two sentences. */
    QString reason;
    /** What to do next. */
    QString nextStep;
    /** For wait: from when an application is possible; else empty. */
    QString earliest;
    /** Title, address and date checked of the rule's source. */
    QString source;
    /** Id of the deciding rule. */
    QString ruleId;
};

/** The verdicts of the interview, one row per family member. Filled by InterviewController. */
class ResultModel : public SAMEN_ROW_LIST_MODEL(ResultRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by InterviewController")

public:
    /** The data of a row. */
    enum Role {
        MemberIdRole = Qt::UserRole,
        LabelRole,
        RelationIconRole,
        OutcomeRole,
        VerdictRole,
        VerdictIconRole,
        ReasonRole,
        NextStepRole,
        EarliestRole,
        SourceRole,
        RuleIdRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit ResultModel(QObject *parent);

    /** Replaces all rows. */
    void setRows(const QList<ResultRow> &rows) { resetRows(rows); }
};
