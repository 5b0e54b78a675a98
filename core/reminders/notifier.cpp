#include "reminders/notifier.h"

#include <QSet>

#include <algorithm>

namespace samen::reminders {

namespace {

bool firesEarlier(const Notification &a, const Notification &b)
{
    if (a.fireTime != b.fireTime)
        return a.fireTime < b.fireTime;
    return a.key < b.key;
}

} // namespace

QList<Notification> inFireOrder(const QList<Notification> &notifications)
{
    QList<Notification> ordered;
    QSet<QString> keys;
    for (const Notification &notification : notifications) {
        if (!keys.contains(notification.key))
            ordered << notification;
        keys.insert(notification.key);
    }
    std::sort(ordered.begin(), ordered.end(), firesEarlier);
    return ordered;
}

QStringList keysOf(const QList<Notification> &notifications)
{
    QStringList keys;
    for (const Notification &notification : notifications)
        keys << notification.key;
    return keys;
}

void InMemoryNotifier::schedule(const QList<Notification> &upcoming)
{
    const QStringList keys = keysOf(upcoming);
    for (const Notification &old : std::as_const(m_scheduled)) {
        if (!keys.contains(old.key))
            m_cancelled << old.key;
    }
    m_scheduled = inFireOrder(upcoming);
}

void InMemoryNotifier::cancel(const QString &key)
{
    const auto removed = m_scheduled.removeIf([&](const Notification &n) { return n.key == key; });
    if (removed > 0)
        m_cancelled << key;
}

void InMemoryNotifier::cancelAll()
{
    for (const Notification &notification : std::as_const(m_scheduled))
        m_cancelled << notification.key;
    m_scheduled.clear();
}

QStringList InMemoryNotifier::scheduledKeys() const
{
    return keysOf(m_scheduled);
}

void InMemoryNotifier::presentDueAtStartup(const QList<Notification> &due)
{
    m_dueAtStartup = due;
    m_shown << due;
}

QList<Notification> InMemoryNotifier::dueAtStartup() const
{
    return m_dueAtStartup;
}

Notification InMemoryNotifier::scheduled(const QString &key) const
{
    for (const Notification &notification : m_scheduled) {
        if (notification.key == key)
            return notification;
    }
    return {};
}

QList<Notification> InMemoryNotifier::deliverDue(const QDateTime &now)
{
    QList<Notification> delivered;
    while (!m_scheduled.isEmpty() && m_scheduled.first().fireTime <= now)
        delivered << m_scheduled.takeFirst();
    m_shown << delivered;
    return delivered;
}

QList<Notification> InMemoryNotifier::shown() const
{
    return m_shown;
}

QStringList InMemoryNotifier::cancelled() const
{
    return m_cancelled;
}

} // namespace samen::reminders
