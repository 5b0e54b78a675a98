#include "documents/attachmentmodel.h"

AttachmentModel::AttachmentModel(QObject *parent)
    : RowListModel(
          parent,
          {
              { AttachmentIdRole, "attachmentId", field<&AttachmentRow::id> },
              { MimeTypeRole, "mimeType", field<&AttachmentRow::mimeType> },
              { IsPdfRole, "isPdf",
                [](const AttachmentRow &row, int) -> QVariant {
                    return row.mimeType == QLatin1String("application/pdf");
                } },
              { PageRole, "page", [](const AttachmentRow &, int index) -> QVariant { return index + 1; } },
              { CreatedRole, "created", field<&AttachmentRow::created> },
              { ThumbnailRole, "thumbnail",
                [](const AttachmentRow &row, int) -> QVariant {
                    return QStringLiteral("image://thumbnail/%1").arg(row.id);
                } },
              { SourceRole, "source",
                [](const AttachmentRow &row, int) -> QVariant {
                    return QStringLiteral("image://picture/%1").arg(row.id);
                } },
          },
          PageRole)
{ }

void AttachmentModel::setRows(const QList<AttachmentRow> &rows)
{
    if (rows == this->rows())
        return;
    const bool countChanges = rows.size() != this->rows().size();
    resetRows(rows);
    if (countChanges)
        Q_EMIT countChanged();
}

qint64 AttachmentModel::idAt(int row) const
{
    return row >= 0 && row < rows().size() ? rowAt(row).id : 0;
}

bool AttachmentModel::isPdfAt(int row) const
{
    return data(index(row), IsPdfRole).toBool();
}

QString AttachmentModel::pictureAt(int row) const
{
    return row < 0 || row >= rows().size() || isPdfAt(row) ? QString()
                                                           : data(index(row), SourceRole).toString();
}
