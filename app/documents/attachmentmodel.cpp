#include "attachmentmodel.h"

AttachmentModel::AttachmentModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int AttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AttachmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttachmentRow &row = m_rows.at(index.row());
    switch (role) {
    case AttachmentIdRole:
        return row.id;
    case MimeTypeRole:
        return row.mimeType;
    case IsPdfRole:
        return row.mimeType == QLatin1String("application/pdf");
    case PageRole:
    case Qt::DisplayRole:
        return index.row() + 1;
    case CreatedRole:
        return row.created;
    case ThumbnailRole:
        return QStringLiteral("image://thumbnail/%1").arg(row.id);
    case SourceRole:
        return QStringLiteral("image://attachment/%1").arg(row.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> AttachmentModel::roleNames() const
{
    return { { AttachmentIdRole, "attachmentId" },
             { MimeTypeRole, "mimeType" },
             { IsPdfRole, "isPdf" },
             { PageRole, "page" },
             { CreatedRole, "created" },
             { ThumbnailRole, "thumbnail" },
             { SourceRole, "source" } };
}

void AttachmentModel::setRows(const QList<AttachmentRow> &rows)
{
    if (rows == m_rows)
        return;
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

qint64 AttachmentModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

bool AttachmentModel::isPdfAt(int row) const
{
    return data(index(row), IsPdfRole).toBool();
}

QString AttachmentModel::pictureAt(int row) const
{
    return row < 0 || row >= m_rows.size() || isPdfAt(row) ? QString()
                                                           : data(index(row), SourceRole).toString();
}

int AttachmentModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}
