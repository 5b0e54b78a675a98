#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QVariantMap>

#include <algorithm>

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
