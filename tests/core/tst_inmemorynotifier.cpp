#include "reminders/notifier.h"

#include <QTest>

using namespace samen::reminders;

namespace {

Notification notification(const QString &key, int hour, const QString &body = u"b"_qs)
{
    return { key, QDateTime(QDate(2026, 4, 1), QTime(hour, 0), Qt::UTC), u"Samen"_qs, body };
}

} // namespace

class TestInMemoryNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scheduleReplacesTheWholeList()
    {
        InMemoryNotifier notifier;
        notifier.schedule(
            { notification(u"b"_qs, 12), notification(u"a"_qs, 11), notification(u"c"_qs, 13) });
        QCOMPARE(notifier.scheduledKeys(), (QStringList { u"a"_qs, u"b"_qs, u"c"_qs }));
        notifier.schedule({ notification(u"c"_qs, 9, u"new"_qs), notification(u"d"_qs, 14) });
        QCOMPARE(notifier.scheduledKeys(), (QStringList { u"c"_qs, u"d"_qs }));
        QCOMPARE(notifier.cancelled(), (QStringList { u"a"_qs, u"b"_qs }));
        QCOMPARE(notifier.scheduled(u"c"_qs).body, u"new"_qs);
        QCOMPARE(notifier.scheduled(u"c"_qs).fireTime.time(), QTime(9, 0));
    }

    void aKeyIsScheduledOnce()
    {
        InMemoryNotifier notifier;
        notifier.schedule({ notification(u"a"_qs, 11), notification(u"a"_qs, 12) });
        QCOMPARE(notifier.scheduledKeys(), QStringList { u"a"_qs });
        QCOMPARE(notifier.scheduled(u"a"_qs).fireTime.time(), QTime(11, 0));
    }

    void cancelByKeyAndAll()
    {
        InMemoryNotifier notifier;
        notifier.schedule(
            { notification(u"a"_qs, 11), notification(u"b"_qs, 12), notification(u"c"_qs, 13) });
        notifier.cancel(u"b"_qs);
        notifier.cancel(u"unknown"_qs);
        QCOMPARE(notifier.scheduledKeys(), (QStringList { u"a"_qs, u"c"_qs }));
        notifier.cancelAll();
        QVERIFY(notifier.scheduledKeys().isEmpty());
        QCOMPARE(notifier.cancelled(), (QStringList { u"b"_qs, u"a"_qs, u"c"_qs }));
        QVERIFY(notifier.scheduled(u"a"_qs).key.isEmpty());
    }

    void deliversWhatIsDueInOrder()
    {
        InMemoryNotifier notifier;
        notifier.schedule(
            { notification(u"a"_qs, 11), notification(u"b"_qs, 12), notification(u"c"_qs, 13) });
        QVERIFY(notifier.deliverDue(QDateTime(QDate(2026, 4, 1), QTime(10, 59), Qt::UTC)).isEmpty());
        const QList<Notification> due =
            notifier.deliverDue(QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).key, u"a"_qs);
        QCOMPARE(due.at(1).key, u"b"_qs);
        QCOMPARE(notifier.scheduledKeys(), QStringList { u"c"_qs });
        QCOMPARE(notifier.shown(), due);
    }

    void keepsWhatWasDueAtStartup()
    {
        InMemoryNotifier notifier;
        QVERIFY(notifier.dueAtStartup().isEmpty());
        const QList<Notification> due { notification(u"x"_qs, 8) };
        notifier.presentDueAtStartup(due);
        QCOMPARE(notifier.dueAtStartup(), due);
        QCOMPARE(notifier.shown(), due);
    }
};

QTEST_GUILESS_MAIN(TestInMemoryNotifier)
#include "tst_inmemorynotifier.moc"
