#include "rowlist.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {

struct Fruit
{
    qint64 id = 0;
    QString name;
    bool ripe = false;

    friend bool operator==(const Fruit &a, const Fruit &b)
    {
        return a.id == b.id && a.name == b.name && a.ripe == b.ripe;
    }
};

} // namespace

class FruitModel : public SAMEN_ROW_LIST_MODEL(Fruit)
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, NameRole, RipeRole, PositionRole };
    Q_ENUM(Role)

    FruitModel()
        : RowListModel(
              nullptr,
              { { IdRole, "fruitId", field<&Fruit::id> },
                { NameRole, "name", field<&Fruit::name> },
                { RipeRole, "ripe", field<&Fruit::ripe> },
                { PositionRole, "position", [](const Fruit &, int index) -> QVariant { return index; } } },
              NameRole)
    { }

    using RowListModel::refreshRows;
    using RowListModel::resetRows;
    using RowListModel::updateRows;
};

class TestRowListModel : public QObject
{
    Q_OBJECT
private:
    const QList<Fruit> m_fruits { { 3, u"Fig"_qs, true }, { 7, u"Date"_qs, false } };

private Q_SLOTS:
    void readsRolesFromTheTable()
    {
        FruitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetRows(m_fruits);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0)), 0);
        const QModelIndex second = model.index(1);
        QCOMPARE(model.data(second, FruitModel::IdRole), QVariant(qint64(7)));
        QCOMPARE(model.data(second, FruitModel::NameRole), QVariant(u"Date"_qs));
        QCOMPARE(model.data(second, FruitModel::RipeRole), QVariant(false));
        QCOMPARE(model.data(second, FruitModel::PositionRole), QVariant(1));
        QCOMPARE(model.data(second, Qt::DisplayRole), QVariant(u"Date"_qs));
        QVERIFY(!model.data(second, Qt::DecorationRole).isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is not valid"_qs));
        QVERIFY(!model.data(model.index(2), FruitModel::NameRole).isValid());
        QCOMPARE(model.roleNames(),
                 (QHash<int, QByteArray> { { FruitModel::IdRole, "fruitId" },
                                           { FruitModel::NameRole, "name" },
                                           { FruitModel::RipeRole, "ripe" },
                                           { FruitModel::PositionRole, "position" } }));
        QCOMPARE(model.indexOf(7), 1);
        QCOMPARE(model.indexOf(8), -1);
        QCOMPARE(model.rowMap(3).value(u"name"_qs), QVariant(u"Fig"_qs));
        QVERIFY(model.rowMap(8).isEmpty());
    }

    void updateRowsSignalsOnlyTheRowsThatChanged()
    {
        FruitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetRows(m_fruits);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<Fruit> riper = m_fruits;
        riper[1].ripe = true;
        model.updateRows(riper, &Fruit::id);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.rowAt(1).ripe, true);

        model.updateRows({ riper[1], riper[0] }, &Fruit::id); // other order: a reset
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rows().first().id, 7);
    }

    void refreshRowsSignalsAllRows()
    {
        FruitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refreshRows(m_fruits, &Fruit::id); // from empty: a reset
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshRows(m_fruits, &Fruit::id);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);

        model.refreshRows({ m_fruits.first() }, &Fruit::id);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRowListModel)
#include "tst_rowlistmodel.moc"
