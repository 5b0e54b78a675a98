#pragma once

#include "kinds.h"
#include "rowlist.h"
#include "timeline/stagemodel.h"

#include <QQmlEngine>
#include <QString>

/** One row of the steps page's list: a member to choose, the chosen member's phase, or one of their steps. */
struct StepListRow
{
    /** What the row is. */
    StepRowKind::Value kind = StepRowKind::Member;
    /** Member rows: the family row id of the member. */
    qint64 memberId = 0;
    /** Member rows: the member's name (or relation). */
    QString memberName;
    /** Stage rows: the step. */
    StageRow stage;
    /** Stage rows: true for the member's last step (the line ends there). */
    bool last = false;

    /** Names the row across reads: "m<id>", "phase" or "s<stageId>". */
    QString key;
    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const StepListRow &other) const;
};

/**
 * The rows of the steps page as one list, so that only the rows on screen exist however large
 * the family is: the members to choose from, then the chosen member's phase, then their steps.
 */
class StepListModel : public SAMEN_ROW_LIST_MODEL(StepListRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by StagesView")

public:
    /** The data of a row (stage roles are empty on other rows). */
    enum Role {
        KindRole = Qt::UserRole,
        MemberIdRole,
        MemberNameRole,
        StageIdRole,
        NameRole,
        ExplanationRole,
        OpensRole,
        DateIsoRole,
        DateTextRole,
        OtherDateTextRole,
        HasDateRole,
        MayBeFutureRole,
        LastRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit StepListModel(QObject *parent);

    /**
     * Replaces the rows with @p members (id and name), then, when @p withPhase, the phase row
     * and @p stages: in place when the rows are the same ones, else a reset.
     */
    void setRows(const QList<std::pair<qint64, QString>> &members, bool withPhase,
                 const QList<StageRow> &stages);
};
