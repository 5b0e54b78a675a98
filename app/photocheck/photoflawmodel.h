#pragma once

#include "kinds.h"
#include "rowlist.h"

#include <QQmlEngine>

/** One flaw of the photo being checked. */
struct PhotoFlawRow
{
    PhotoFlaw::Value kind = PhotoFlaw::Blurred;
    /** What is wrong and what to do, in the user's language. */
    QString message;
    /** The icon's name under qrc:/icons/ (without .svg). */
    QString iconName;

    friend bool operator==(const PhotoFlawRow &a, const PhotoFlawRow &b)
    {
        return a.kind == b.kind && a.message == b.message && a.iconName == b.iconName;
    }
};

/** The flaws of the photo PhotoCheck holds, in a fixed order (blur, glare, dark, cut). */
class PhotoFlawModel : public SAMEN_ROW_LIST_MODEL(PhotoFlawRow)
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Filled by PhotoCheck")
    /** Number of flaws. */
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    /** The data each row offers. */
    enum Role {
        KindRole = Qt::UserRole + 1,
        MessageRole,
        IconNameRole,
    };
    Q_ENUM(Role)

    /** An empty model. */
    explicit PhotoFlawModel(QObject *parent = nullptr);

    /** Replaces the rows (a reset only when they differ). */
    void setRows(const QList<PhotoFlawRow> &rows);
    /** The kinds of all rows, in order. */
    [[nodiscard]] QList<PhotoFlaw::Value> kinds() const;

Q_SIGNALS:
    /** The number of rows changed. */
    void countChanged();
};
