#include "resultmodel.h"

ResultModel::ResultModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResultRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case MemberIdRole:
        return row.memberId;
    case RelationIconRole:
        return row.relationIcon;
    case OutcomeRole:
        return row.outcome;
    case VerdictRole:
        return row.verdict;
    case VerdictIconRole:
        return row.verdictIcon;
    case ReasonRole:
        return row.reason;
    case NextStepRole:
        return row.nextStep;
    case EarliestRole:
        return row.earliest;
    case SourceRole:
        return row.source;
    case RuleIdRole:
        return row.ruleId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ResultModel::roleNames() const
{
    return {
        { MemberIdRole, "memberId" }, { LabelRole, "label" },       { RelationIconRole, "relationIcon" },
        { OutcomeRole, "outcome" },   { VerdictRole, "verdict" },   { VerdictIconRole, "verdictIcon" },
        { ReasonRole, "reason" },     { NextStepRole, "nextStep" }, { EarliestRole, "earliest" },
        { SourceRole, "source" },     { RuleIdRole, "ruleId" },
    };
}

void ResultModel::setRows(const QList<ResultRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}
