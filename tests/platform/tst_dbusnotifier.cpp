#include "platform/dbusnotifier.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMetaType>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace samen;
using reminders::Notification;

namespace {

const QString notificationsService = u"org.freedesktop.Notifications"_qs;

struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString icon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int timeout = 0;
};

} // namespace

/** A stand-in notification server on the private bus that records every call. */
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<NotifyCall> notifyCalls;
    QList<uint> closeCalls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        notifyCalls.append({ appName, replacesId, icon, summary, body, actions, hints, timeout });
        return replacesId != 0 ? replacesId : uint(100 + notifyCalls.size());
    }
    void CloseNotification(uint id) { closeCalls.append(id); }
};

class TestDBusNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(QStringLiteral(SAMEN_DBUS_DAEMON)).isExecutable())
            return;
        m_daemon.start(QStringLiteral(SAMEN_DBUS_DAEMON),
                       { u"--session"_qs, u"--nofork"_qs, u"--print-address=1"_qs });
        QVERIFY(m_daemon.waitForStarted());
        QTRY_VERIFY(m_daemon.canReadLine());
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
        QVERIFY(!m_address.isEmpty());
    }

    void init()
    {
        if (QLatin1String(QTest::currentTestFunction()) ==
            QLatin1String("notifyMessageHasTheFreedesktopSignature"))
            return;
        if (m_address.isEmpty())
            QSKIP("dbus-daemon not installed: only the message construction is tested");
        m_server = std::make_unique<FakeNotificationServer>();
        m_serverBus =
            std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(m_address, u"server"_qs));
        QVERIFY(m_serverBus->isConnected());
        QVERIFY(m_serverBus->registerService(notificationsService));
        QVERIFY(m_serverBus->registerObject(u"/org/freedesktop/Notifications"_qs, m_server.get(),
                                            QDBusConnection::ExportAllSlots));
        m_appBus = std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(m_address, u"app"_qs));
        QVERIFY(m_appBus->isConnected());
    }

    void cleanup()
    {
        if (m_serverBus) {
            m_serverBus->unregisterObject(u"/org/freedesktop/Notifications"_qs);
            m_serverBus->unregisterService(notificationsService);
        }
        m_serverBus.reset();
        m_appBus.reset();
        QDBusConnection::disconnectFromBus(u"server"_qs);
        QDBusConnection::disconnectFromBus(u"app"_qs);
        m_server.reset();
    }

    void cleanupTestCase()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            QVERIFY(m_daemon.waitForFinished(5000));
        }
    }

    void notifyMessageHasTheFreedesktopSignature()
    {
        const QDBusMessage message = platform::DBusNotifier::notifyMessage(notification(u"k@1"_qs, 0), 7);
        QCOMPARE(message.service(), notificationsService);
        QCOMPARE(message.path(), u"/org/freedesktop/Notifications"_qs);
        QCOMPARE(message.interface(), notificationsService);
        QCOMPARE(message.member(), u"Notify"_qs);
        const QList<QVariant> args = message.arguments();
        QCOMPARE(signatureOf(args), QByteArray("susssasa{sv}i"));
        QCOMPARE(args.at(6).toMap().value(u"urgency"_qs).metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(args.at(0).toString(), u"Samen"_qs);
        QCOMPARE(args.at(1).toUInt(), 7u);
        QCOMPARE(args.at(3).toString(), u"Samen"_qs);
        QCOMPARE(args.at(4).toString(), u"You have a date to check."_qs);
        QCOMPARE(args.at(7).toInt(), -1);
        const QDBusMessage close = platform::DBusNotifier::closeMessage(9);
        QCOMPARE(close.member(), u"CloseNotification"_qs);
        QCOMPARE(signatureOf(close.arguments()), QByteArray("u"));
    }

    void showsWhatIsDueWithTheExactCall()
    {
        reminders::ManualClock clock(start());
        platform::DBusNotifier notifier(clock, *m_appBus);
        QSignalSpy shown(&notifier, &platform::DBusNotifier::shown);
        notifier.schedule({ notification(u"b@3"_qs, 2), notification(u"a@7"_qs, 1) });
        QCOMPARE(notifier.scheduledKeys(), (QStringList { u"a@7"_qs, u"b@3"_qs }));
        QCOMPARE(notifier.msecsToNextCheck(), 3600 * 1000);
        QVERIFY(m_server->notifyCalls.isEmpty());

        clock.advance(3600);
        notifier.deliverDue();
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().toString(), u"a@7"_qs);
        QCOMPARE(m_server->notifyCalls.size(), 1);
        const NotifyCall call = m_server->notifyCalls.first();
        QCOMPARE(call.appName, u"Samen"_qs);
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.icon, QString());
        QCOMPARE(call.summary, u"Samen"_qs);
        QCOMPARE(call.body, u"You have a date to check."_qs);
        QCOMPARE(call.actions, QStringList());
        QCOMPARE(call.hints.value(u"urgency"_qs).toInt(), 1);
        QCOMPARE(call.timeout, -1);
        QCOMPARE(notifier.scheduledKeys(), QStringList { u"b@3"_qs });
    }

    void aLongWaitIsCheckedHourly()
    {
        reminders::ManualClock clock(start());
        platform::DBusNotifier notifier(clock, *m_appBus);
        notifier.schedule({ notification(u"far@60"_qs, 24 * 40) });
        QCOMPARE(notifier.msecsToNextCheck(), platform::DBusNotifier::maxTimerMsecs);
        notifier.schedule({});
        QCOMPARE(notifier.msecsToNextCheck(), -1);
    }

    void theTimerFiresOnTime()
    {
        reminders::SystemClock clock;
        platform::DBusNotifier notifier(clock, *m_appBus);
        QSignalSpy shown(&notifier, &platform::DBusNotifier::shown);
        Notification soon = notification(u"soon@0"_qs, 0);
        soon.fireTime = clock.now().addMSecs(300);
        notifier.schedule({ soon });
        QVERIFY(notifier.msecsToNextCheck() > 0);
        QVERIFY(m_server->notifyCalls.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 5000);
        QVERIFY(clock.now() >= soon.fireTime);
        QCOMPARE(notifier.msecsToNextCheck(), -1);
    }

    void cancelWithdrawsShownAndPendingReminders()
    {
        reminders::ManualClock clock(start());
        platform::DBusNotifier notifier(clock, *m_appBus);
        QSignalSpy shown(&notifier, &platform::DBusNotifier::shown);
        notifier.schedule(
            { notification(u"a@7"_qs, 0), notification(u"b@3"_qs, 5), notification(u"c@1"_qs, 6) });
        QTRY_COMPARE(shown.size(), 1);
        const uint shownId = 101;
        notifier.cancel(u"b@3"_qs);
        QCOMPARE(notifier.scheduledKeys(), QStringList { u"c@1"_qs });
        QVERIFY(m_server->closeCalls.isEmpty());
        notifier.cancel(u"a@7"_qs);
        QTRY_COMPARE(m_server->closeCalls, QList<uint> { shownId });
        notifier.cancelAll();
        QVERIFY(notifier.scheduledKeys().isEmpty());
        QCOMPARE(notifier.msecsToNextCheck(), -1);
        QTest::qWait(50);
        QCOMPARE(m_server->closeCalls.size(), 1);
    }

    void aSnoozedReminderReplacesItsNotification()
    {
        reminders::ManualClock clock(start());
        platform::DBusNotifier notifier(clock, *m_appBus);
        QSignalSpy shown(&notifier, &platform::DBusNotifier::shown);
        notifier.schedule({ notification(u"a@7"_qs, 0) });
        QTRY_COMPARE(shown.size(), 1);
        notifier.schedule({ notification(u"a@7"_qs, 2) });
        clock.advance(2 * 3600);
        notifier.deliverDue();
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(m_server->notifyCalls.size(), 2);
        QCOMPARE(m_server->notifyCalls.at(1).replacesId, 101u);
    }

    void presentsTheMostUrgentDueReminderAtStartup()
    {
        reminders::ManualClock clock(start());
        platform::DBusNotifier notifier(clock, *m_appBus);
        QSignalSpy shown(&notifier, &platform::DBusNotifier::shown);
        const QList<Notification> due { notification(u"first@1"_qs, -5, u"one"_qs),
                                        notification(u"second@3"_qs, -2, u"two"_qs) };
        notifier.presentDueAtStartup(due);
        QCOMPARE(notifier.dueAtStartup(), due);
        QTRY_COMPARE(shown.size(), 1);
        QTest::qWait(50);
        QCOMPARE(m_server->notifyCalls.size(), 1);
        QCOMPARE(m_server->notifyCalls.first().body, u"one"_qs);
        notifier.presentDueAtStartup({});
        QVERIFY(notifier.dueAtStartup().isEmpty());
    }

    void reportsAMissingServer()
    {
        m_serverBus->unregisterService(notificationsService);
        reminders::ManualClock clock(start());
        platform::DBusNotifier notifier(clock, *m_appBus);
        QSignalSpy failed(&notifier, &platform::DBusNotifier::failed);
        QTest::ignoreMessage(QtWarningMsg,
                             "notification not shown: org.freedesktop.DBus.Error.ServiceUnknown");
        notifier.schedule({ notification(u"a@7"_qs, 0) });
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), u"a@7"_qs);
    }

private:
    static QByteArray signatureOf(const QList<QVariant> &arguments)
    {
        QByteArray signature;
        for (const QVariant &argument : arguments)
            signature += QDBusMetaType::typeToSignature(argument.metaType());
        return signature;
    }

    static QDateTime start() { return QDateTime(QDate(2026, 3, 29), QTime(8, 0), Qt::UTC); }

    static Notification notification(const QString &key, int hoursFromStart,
                                     const QString &body = u"You have a date to check."_qs)
    {
        return { key, start().addSecs(hoursFromStart * 3600), u"Samen"_qs, body };
    }

    QProcess m_daemon;
    QString m_address;
    std::unique_ptr<FakeNotificationServer> m_server;
    std::unique_ptr<QDBusConnection> m_serverBus;
    std::unique_ptr<QDBusConnection> m_appBus;
};

QTEST_GUILESS_MAIN(TestDBusNotifier)
#include "tst_dbusnotifier.moc"
