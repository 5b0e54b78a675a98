#include "platform/dbusnotifier.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <algorithm>

namespace samen::platform {

using reminders::Notification;

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

DBusNotifier::DBusNotifier(const reminders::Clock &clock, QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_bus(std::move(bus))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DBusNotifier::deliverDue);
}

void DBusNotifier::schedule(const QList<Notification> &upcoming)
{
    m_scheduled = reminders::inFireOrder(upcoming);
    deliverDue();
}

void DBusNotifier::cancel(const QString &key)
{
    m_scheduled.removeIf([&](const Notification &n) { return n.key == key; });
    close(key);
    arm();
}

void DBusNotifier::cancelAll()
{
    m_scheduled.clear();
    const QStringList shownKeys = m_serverIds.keys();
    for (const QString &key : shownKeys)
        close(key);
    arm();
}

QStringList DBusNotifier::scheduledKeys() const
{
    return reminders::keysOf(m_scheduled);
}

void DBusNotifier::presentDueAtStartup(const QList<Notification> &due)
{
    m_dueAtStartup = due;
    if (!due.isEmpty())
        show(due.first());
}

QList<Notification> DBusNotifier::dueAtStartup() const
{
    return m_dueAtStartup;
}

void DBusNotifier::deliverDue()
{
    const QDateTime now = m_clock.now();
    while (!m_scheduled.isEmpty() && m_scheduled.first().fireTime <= now)
        show(m_scheduled.takeFirst());
    arm();
}

int DBusNotifier::msecsToNextCheck() const
{
    return m_timer.isActive() ? m_timer.interval() : -1;
}

QDBusMessage DBusNotifier::notifyMessage(const Notification &notification, uint replacesId)
{
    QDBusMessage message = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1)));
    hints.insert(QStringLiteral("category"), QStringLiteral("x-samen.reminder"));
    message << QStringLiteral("Samen") << replacesId << QString() << notification.title << notification.body
            << QStringList() << hints << int(-1);
    return message;
}

QDBusMessage DBusNotifier::closeMessage(uint id)
{
    QDBusMessage message =
        QDBusMessage::createMethodCall(service, path, service, QStringLiteral("CloseNotification"));
    message << id;
    return message;
}

void DBusNotifier::show(const Notification &notification)
{
    const QString key = notification.key;
    const QDBusPendingCall call = m_bus.asyncCall(notifyMessage(notification, m_serverIds.value(key)));
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        w->deleteLater();
        if (reply.isError()) {
            qWarning("notification not shown: %s", qPrintable(reply.error().name()));
            Q_EMIT failed(key);
            return;
        }
        m_serverIds.insert(key, reply.value());
        Q_EMIT shown(key);
    });
}

void DBusNotifier::close(const QString &key)
{
    const auto id = m_serverIds.constFind(key);
    if (id == m_serverIds.constEnd())
        return;
    m_bus.asyncCall(closeMessage(*id));
    m_serverIds.erase(id);
}

void DBusNotifier::arm()
{
    if (m_scheduled.isEmpty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = m_clock.now().msecsTo(m_scheduled.first().fireTime);
    m_timer.start(int(std::clamp<qint64>(wait, 0, maxTimerMsecs)));
}

} // namespace samen::platform
