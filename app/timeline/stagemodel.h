#pragma once

#include "rowlist.h"

#include <QQmlEngine>
#include <QString>

/** One stage of the procedure for one family member, as the timeline shows it. */
struct StageRow
{
    /** Pack stage id, e.g. "granted". */
    QString stageId;
    /** Its name, e.g. "Yes from the IND". */
    QString name;
    /** What happens at this stage. */
    QString explanation;
    /** What its date starts, e.g. "Starts: Collect the visa (mvv)"; empty when nothing. */
    QString opens;
    /** The date as ISO; empty when not entered. */
    QString dateIso;
    /** The day in Gregorian with its month number, e.g. "25 ጥሪ (1) 2027": shown first. */
    QString dateText;
    /** The same day in the user's second calendar, with its era; empty when there is none. */
    QString otherDateText;
    /** True when a future date is allowed (an appointment). */
    bool mayBeFuture = false;

    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const StageRow &other) const;
};

/** The stages of the current family member, in the order they happen. */
class StageModel : public SAMEN_ROW_LIST_MODEL(StageRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TimelineController")

public:
    /** The data of a row. */
    enum Role {
        StageIdRole = Qt::UserRole,
        NameRole,
        ExplanationRole,
        OpensRole,
        DateIsoRole,
        DateTextRole,
        OtherDateTextRole,
        HasDateRole,
        MayBeFutureRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit StageModel(QObject *parent);

    /** Replaces the rows: in place when the stage ids are the same, else a reset. */
    void setRows(const QList<StageRow> &rows) { updateRows(rows, &StageRow::stageId); }
};
