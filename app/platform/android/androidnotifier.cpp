#include "platform/android/androidnotifier.h"

#include "reminders/notificationtext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJniEnvironment>
#include <QJniObject>
#include <QtCore/qcoreapplication_platform.h>

#include <algorithm>

namespace samen::platform {

using reminders::Notification;

namespace {

/** The application context (SamenActivity's), as Qt hands it out. */
QJniObject context()
{
    return QJniObject(QNativeInterface::QAndroidApplication::context());
}

} // namespace

AndroidNotifier::AndroidNotifier(QObject *parent)
    : QObject(parent)
{
    const reminders::NotificationText texts(reminders::TextDetail::Private);
    const QJniObject name = QJniObject::fromString(texts.summary(reminders::DeadlineKind::Letter));
    const QJniObject description = QJniObject::fromString(texts.body(reminders::PlannedReminder {}));
    QJniObject::callStaticMethod<void>("nl/samen/app/ReminderScheduler", "setChannel",
                                       "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V",
                                       context().object(), name.object(), description.object());
    QJniEnvironment().checkAndClearExceptions();
}

int AndroidNotifier::stableId(const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    const auto byte = [&](int i) { return quint32(quint8(digest.at(i))); };
    return int((byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3)) & 0x7fffffffU);
}

int AndroidNotifier::freeId(const QString &key) const
{
    int id = stableId(key);
    while (std::find(m_ids.cbegin(), m_ids.cend(), id) != m_ids.cend())
        id = (id + 1) & 0x7fffffff;
    return id;
}

void AndroidNotifier::cancelId(int id)
{
    QJniObject::callStaticMethod<void>("nl/samen/app/ReminderScheduler", "cancel",
                                       "(Landroid/content/Context;I)V", context().object(), jint(id));
    QJniEnvironment().checkAndClearExceptions();
}

void AndroidNotifier::schedule(const QList<Notification> &upcoming)
{
    if (!m_clearedEarlierRuns) {
        cancelAll();
        m_clearedEarlierRuns = true;
    }
    const QList<Notification> ordered = reminders::inFireOrder(upcoming);
    const QStringList keys = reminders::keysOf(ordered);
    const QList<Notification> previous = m_scheduled; // cancel() edits m_scheduled
    for (const Notification &old : previous) {
        if (!keys.contains(old.key))
            cancel(old.key);
    }
    QJniEnvironment env;
    for (const Notification &notification : ordered) {
        if (m_scheduled.contains(notification))
            continue;
        if (!m_ids.contains(notification.key))
            m_ids.insert(notification.key, freeId(notification.key));
        const QJniObject title = QJniObject::fromString(notification.title);
        const QJniObject text = QJniObject::fromString(notification.body);
        QJniObject::callStaticMethod<jboolean>(
            "nl/samen/app/ReminderScheduler", "schedule",
            "(Landroid/content/Context;IJLjava/lang/String;Ljava/lang/String;)Z", context().object(),
            jint(m_ids.value(notification.key)), jlong(notification.fireTime.toMSecsSinceEpoch()),
            title.object(), text.object());
        env.checkAndClearExceptions();
    }
    m_scheduled = ordered;
}

void AndroidNotifier::cancel(const QString &key)
{
    if (!m_ids.contains(key))
        return;
    cancelId(m_ids.take(key));
    m_scheduled.removeIf([&](const Notification &n) { return n.key == key; });
}

void AndroidNotifier::cancelAll()
{
    QJniObject::callStaticMethod<void>("nl/samen/app/ReminderScheduler", "cancelAll",
                                       "(Landroid/content/Context;)V", context().object());
    QJniEnvironment().checkAndClearExceptions();
    m_scheduled.clear();
    m_ids.clear();
}

QStringList AndroidNotifier::scheduledKeys() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList keys;
    for (const Notification &notification : m_scheduled) {
        if (notification.fireTime > now)
            keys << notification.key;
    }
    return keys;
}

void AndroidNotifier::presentDueAtStartup(const QList<Notification> &due)
{
    m_dueAtStartup = due;
}

QList<Notification> AndroidNotifier::dueAtStartup() const
{
    return m_dueAtStartup;
}

} // namespace samen::platform
