#pragma once

#include "rowlist.h"

#include <QQmlEngine>

/** One row of AttachmentModel. */
struct AttachmentRow
{
    /** Attachment id. */
    qint64 id = 0;
    /** "image/jpeg" or "application/pdf". */
    QString mimeType;
    /** The date it was added, in the user's language and calendar. */
    QString created;

    friend bool operator==(const AttachmentRow &a, const AttachmentRow &b)
    {
        return a.id == b.id && a.mimeType == b.mimeType && a.created == b.created;
    }
};

/** The pages (photos and files) of one document, page 1 first. Filled by DocumentFiles. */
class AttachmentModel : public SAMEN_ROW_LIST_MODEL(AttachmentRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Filled by DocumentFiles")
    /** Number of pages. */
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    /** The data each row offers. */
    enum Role {
        AttachmentIdRole = Qt::UserRole + 1,
        MimeTypeRole,
        IsPdfRole,
        PageRole,
        CreatedRole,
        ThumbnailRole,
        SourceRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit AttachmentModel(QObject *parent = nullptr);

    /** Replaces the rows (a reset only when they differ). */
    void setRows(const QList<AttachmentRow> &rows);
    /** The attachment id in row @p row; 0 when out of range. */
    Q_INVOKABLE [[nodiscard]] qint64 idAt(int row) const;
    /** True when row @p row is a PDF. */
    Q_INVOKABLE [[nodiscard]] bool isPdfAt(int row) const;
    /**
     * "image://picture/<id>" for the picture in row @p row (decoded on a worker from the bytes a
     * DocumentPhotos with showsPicture holds); empty for a PDF or when out of range.
     */
    Q_INVOKABLE [[nodiscard]] QString pictureAt(int row) const;
    /** The row of attachment @p id; -1 when it is not here. */
    [[nodiscard]] int rowOf(qint64 id) const { return indexOf(id); }

Q_SIGNALS:
    /** The number of rows changed. */
    void countChanged();
};
