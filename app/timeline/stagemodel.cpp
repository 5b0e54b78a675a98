#include "stagemodel.h"

#include "rowlist.h"

#include <tuple>

namespace {

auto fields(const StageRow &r)
{
    return std::tie(r.stageId, r.name, r.explanation, r.opens, r.dateIso, r.dateText, r.otherDateText,
                    r.mayBeFuture);
}

} // namespace

bool StageRow::operator==(const StageRow &other) const
{
    return fields(*this) == fields(other);
}

StageModel::StageModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int StageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StageRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case StageIdRole:
        return row.stageId;
    case ExplanationRole:
        return row.explanation;
    case OpensRole:
        return row.opens;
    case DateIsoRole:
        return row.dateIso;
    case DateTextRole:
        return row.dateText;
    case OtherDateTextRole:
        return row.otherDateText;
    case HasDateRole:
        return !row.dateIso.isEmpty();
    case MayBeFutureRole:
        return row.mayBeFuture;
    default:
        return {};
    }
}

QHash<int, QByteArray> StageModel::roleNames() const
{
    return { { StageIdRole, "stageId" },
             { NameRole, "name" },
             { ExplanationRole, "explanation" },
             { OpensRole, "opens" },
             { DateIsoRole, "dateIso" },
             { DateTextRole, "dateText" },
             { OtherDateTextRole, "otherDateText" },
             { HasDateRole, "hasDate" },
             { MayBeFutureRole, "mayBeFuture" } };
}

void StageModel::setRows(const QList<StageRow> &rows)
{
    const bool sameStages = RowList::sameKeys(rows, m_rows, &StageRow::stageId);
    if (!sameStages) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (m_rows[i] == rows[i])
            continue;
        m_rows[i] = rows[i];
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
}
