#include "deadlinemodel.h"

#include "rowlist.h"

#include <tuple>

namespace {

auto fields(const DeadlineRow &r)
{
    return std::tie(r.deadlineId, r.ruleId, r.title, r.explanation, r.who, r.dateText, r.otherDateText,
                    r.dueIso, r.countdown, r.daysLeft, r.done, r.isLetter, r.snoozed, r.fromReceiptLetter,
                    r.endsWithStep, r.forTheInd);
}

} // namespace

bool DeadlineRow::operator==(const DeadlineRow &other) const
{
    return fields(*this) == fields(other);
}

DeadlineModel::DeadlineModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DeadlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeadlineRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case DeadlineIdRole:
        return row.deadlineId;
    case RuleIdRole:
        return row.ruleId;
    case ExplanationRole:
        return row.explanation;
    case WhoRole:
        return row.who;
    case DateTextRole:
        return row.dateText;
    case OtherDateTextRole:
        return row.otherDateText;
    case DueIsoRole:
        return row.dueIso;
    case CountdownRole:
        return row.countdown;
    case DaysLeftRole:
        return row.daysLeft;
    case DoneRole:
        return row.done;
    case IsLetterRole:
        return row.isLetter;
    case SnoozedRole:
        return row.snoozed;
    case FromReceiptLetterRole:
        return row.fromReceiptLetter;
    case EndsWithStepRole:
        return row.endsWithStep;
    case ForTheIndRole:
        return row.forTheInd;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeadlineModel::roleNames() const
{
    return { { DeadlineIdRole, "deadlineId" },
             { RuleIdRole, "ruleId" },
             { TitleRole, "title" },
             { ExplanationRole, "explanation" },
             { WhoRole, "who" },
             { DateTextRole, "dateText" },
             { OtherDateTextRole, "otherDateText" },
             { DueIsoRole, "dueIso" },
             { CountdownRole, "countdown" },
             { DaysLeftRole, "daysLeft" },
             { DoneRole, "done" },
             { IsLetterRole, "isLetter" },
             { SnoozedRole, "snoozed" },
             { FromReceiptLetterRole, "fromReceiptLetter" },
             { EndsWithStepRole, "endsWithStep" },
             { ForTheIndRole, "forTheInd" } };
}

int DeadlineModel::doneCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const DeadlineRow &row) { return row.done; }));
}

void DeadlineModel::setRows(const QList<DeadlineRow> &rows)
{
    if (RowList::sameKeys(m_rows, rows, &DeadlineRow::deadlineId)) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (m_rows[i] == rows[i])
                continue;
            m_rows[i] = rows[i];
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
        Q_EMIT countChanged();
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}
