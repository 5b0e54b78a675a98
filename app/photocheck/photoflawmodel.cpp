#include "photocheck/photoflawmodel.h"

PhotoFlawModel::PhotoFlawModel(QObject *parent)
    : RowListModel(
          parent,
          {
              { KindRole, "kind", [](const PhotoFlawRow &row, int) -> QVariant { return int(row.kind); } },
              { MessageRole, "message", field<&PhotoFlawRow::message> },
              { IconNameRole, "icon", field<&PhotoFlawRow::iconName> },
          },
          MessageRole)
{ }

void PhotoFlawModel::setRows(const QList<PhotoFlawRow> &rows)
{
    if (rows == this->rows())
        return;
    const bool countChanges = rows.size() != this->rows().size();
    resetRows(rows);
    if (countChanges)
        Q_EMIT countChanged();
}

QList<PhotoFlaw::Value> PhotoFlawModel::kinds() const
{
    QList<PhotoFlaw::Value> out;
    for (const PhotoFlawRow &row : rows())
        out.append(row.kind);
    return out;
}
