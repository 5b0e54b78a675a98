#pragma once

#include <QAbstractListModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVariantMap>

#include <algorithm>
#include <initializer_list>

/** Helpers shared by the list models whose rows carry a database id. */
namespace RowList {

/** The index of the row with @p id in @p rows, or -1. */
template<typename Row> [[nodiscard]] int indexOfId(const QList<Row> &rows, qint64 id)
{
    const auto it = std::find_if(rows.cbegin(), rows.cend(), [id](const Row &row) { return row.id == id; });
    return it == rows.cend() ? -1 : int(it - rows.cbegin());
}

/** True when @p a and @p b hold the same keys (@p key of each row) in the same order. */
template<typename Row, typename Key>
[[nodiscard]] bool sameKeys(const QList<Row> &a, const QList<Row> &b, Key Row::*key)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [key](const Row &x, const Row &y) { return x.*key == y.*key; });
}

/** True when @p a and @p b hold the same ids in the same order (only data changed). */
template<typename Row> [[nodiscard]] bool sameIds(const QList<Row> &a, const QList<Row> &b)
{
    return sameKeys(a, b, &Row::id);
}

/** Row @p row of @p model as a map of its role names to values; empty for -1. */
[[nodiscard]] inline QVariantMap asMap(const QAbstractItemModel &model, int row)
{
    QVariantMap map;
    if (row < 0)
        return map;
    const auto names = model.roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), model.data(model.index(row, 0), it.key()));
    return map;
}

} // namespace RowList

/**
 * The skeleton the list models share: rows of @p Row values, rowCount(), data() and roleNames()
 * from a role table given to the constructor, and the ways to replace the rows. Not a QObject of
 * its own: a subclass keeps Q_OBJECT, QML_ELEMENT and its Role enum with Q_ENUM.
 */
template<typename Row> class RowListModel : public QAbstractListModel
{
public:
    /** How a role reads a row: from the row and its index. */
    using Reader = QVariant (*)(const Row &row, int index);

    /** One role: its number, its name in QML, and how it reads a row. */
    struct RoleSpec
    {
        int role;
        const char *name;
        Reader read;
    };

    /** The value of member @p Member of a row, for a role that shows a field as it is. */
    template<auto Member> static QVariant field(const Row &row, int)
    {
        return QVariant::fromValue(row.*Member);
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const int wanted = role == Qt::DisplayRole ? m_displayRole : role;
        for (const RoleSpec &spec : m_roles) {
            if (spec.role == wanted)
                return spec.read(m_rows.at(index.row()), index.row());
        }
        return {};
    }
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names;
        for (const RoleSpec &spec : m_roles)
            names.insert(spec.role, spec.name);
        return names;
    }

    /** The rows. */
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    /** The row at @p row (for tests and the controllers). */
    [[nodiscard]] const Row &rowAt(int row) const { return m_rows.at(row); }
    /** The index of the row whose id is @p id, or -1 (rows with an id). */
    [[nodiscard]] int indexOf(qint64 id) const { return RowList::indexOfId(m_rows, id); }
    /** The row whose id is @p id as a map of role names to values; empty when there is none. */
    [[nodiscard]] QVariantMap rowMap(qint64 id) const { return RowList::asMap(*this, indexOf(id)); }
    /** The row with @p id; a default-constructed row when there is none. */
    [[nodiscard]] Row rowWithId(qint64 id) const
    {
        const int index = indexOf(id);
        return index < 0 ? Row() : m_rows.at(index);
    }

protected:
    /** An empty model with @p roles; Qt::DisplayRole reads as @p displayRole. */
    RowListModel(QObject *parent, std::initializer_list<RoleSpec> roles, int displayRole)
        : QAbstractListModel(parent)
        , m_roles(roles)
        , m_displayRole(displayRole)
    { }

    /** Replaces all rows, with a reset. */
    void resetRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    /**
     * Replaces the rows: when @p key gives the same keys in the same order, in place, with
     * dataChanged for each row that differs (Row needs ==); otherwise with a reset.
     */
    template<typename Key> void updateRows(const QList<Row> &rows, Key Row::*key)
    {
        if (!RowList::sameKeys(m_rows, rows, key))
            return resetRows(rows);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (m_rows[i] == rows[i])
                continue;
            m_rows[i] = rows[i];
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
    }
    /**
     * Replaces the rows: when @p key gives the same keys in the same order, in place, with one
     * dataChanged over all rows; otherwise with a reset.
     */
    template<typename Key> void refreshRows(const QList<Row> &rows, Key Row::*key)
    {
        if (!RowList::sameKeys(m_rows, rows, key))
            return resetRows(rows);
        if (m_rows.isEmpty())
            return;
        m_rows = rows;
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    }

private:
    QList<Row> m_rows;
    QList<RoleSpec> m_roles;
    int m_displayRole;
};

// The base to name in a list model's class head. moc and qmltyperegistrar cannot follow a
// template base, and QML would no longer know the model as a QAbstractListModel: they are shown
// QAbstractListModel, to which RowListModel<Row> adds no meta-object data.
#ifdef Q_MOC_RUN
#define SAMEN_ROW_LIST_MODEL(Row) QAbstractListModel
#else
#define SAMEN_ROW_LIST_MODEL(Row) RowListModel<Row>
#endif
