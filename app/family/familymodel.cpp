#include "familymodel.h"

#include "rowlist.h"

#include <algorithm>

FamilyModel::FamilyModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int FamilyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FamilyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FamilyRow &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case NameRole:
        return row.name;
    case LatinNameRole:
        return row.latinName;
    case RelationRole:
        return row.relation;
    case RelationLabelRole:
        return row.relationLabel;
    case RelationIconRole:
        return row.relationIcon;
    case OutcomeRole:
        return row.outcome;
    case VerdictRole:
        return row.verdict;
    case VerdictIconRole:
        return row.verdictIcon;
    case DocumentsReadyRole:
        return row.documentsReady;
    case DocumentsTotalRole:
        return row.documentsTotal;
    case ProgressTextRole:
        return row.progressText;
    case LinkedRole:
        return row.linked;
    case InterviewIdRole:
        return row.interviewId;
    case AgeWarningRole:
        return row.ageWarning;
    case NoteRole:
        return row.note;
    }
    return {};
}

QHash<int, QByteArray> FamilyModel::roleNames() const
{
    return {
        { IdRole, "memberId" },
        { NameRole, "name" },
        { LatinNameRole, "latinName" },
        { TitleRole, "title" },
        { RelationRole, "relation" },
        { RelationLabelRole, "relationLabel" },
        { RelationIconRole, "relationIcon" },
        { OutcomeRole, "outcome" },
        { VerdictRole, "verdict" },
        { VerdictIconRole, "verdictIcon" },
        { DocumentsReadyRole, "documentsReady" },
        { DocumentsTotalRole, "documentsTotal" },
        { ProgressTextRole, "progressText" },
        { LinkedRole, "linked" },
        { InterviewIdRole, "interviewId" },
        { AgeWarningRole, "ageWarning" },
        { NoteRole, "note" },
    };
}

void FamilyModel::setRows(QList<FamilyRow> rows)
{
    // In the order added: a name typed on the member page must not move the row under the finger.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const FamilyRow &a, const FamilyRow &b) { return a.id < b.id; });

    const bool sameOrder = RowList::sameIds(rows, m_rows);
    if (!sameOrder) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (!m_rows.isEmpty()) {
        m_rows = rows;
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    }
}

int FamilyModel::indexOf(qint64 id) const
{
    return RowList::indexOfId(m_rows, id);
}

QVariantMap FamilyModel::rowMap(qint64 id) const
{
    return RowList::asMap(*this, indexOf(id));
}
