#pragma once

#include "reminders/clock.h"
#include "reminders/notifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace samen::platform {

/**
 * Shows reminders as freedesktop notifications (org.freedesktop.Notifications over the
 * session bus) while the app runs: one timer, armed for the next reminder, re-checked at least
 * hourly so sleep and clock changes cannot make it late by more than that. Nothing fires while
 * the app is closed; at start-up the app passes what came due meanwhile to presentDueAtStartup().
 * schedule() drops pending reminders only; cancel() and cancelAll() also withdraw shown ones.
 */
class DBusNotifier final : public QObject, public reminders::Notifier
{
    Q_OBJECT
public:
    /** Fires by @p clock (which must outlive this) and talks over @p bus. */
    explicit DBusNotifier(const reminders::Clock &clock, QDBusConnection bus = QDBusConnection::sessionBus(),
                          QObject *parent = nullptr);

    void schedule(const QList<reminders::Notification> &upcoming) override;
    void cancel(const QString &key) override;
    void cancelAll() override;
    [[nodiscard]] QStringList scheduledKeys() const override;
    /** Keeps @p due and shows its first (most urgent) entry: one notification, not a pile of identical ones.
     */
    void presentDueAtStartup(const QList<reminders::Notification> &due) override;
    [[nodiscard]] QList<reminders::Notification> dueAtStartup() const override;

    /** Shows every scheduled reminder whose time has come by the clock, then re-arms the timer. */
    void deliverDue();
    /** Milliseconds until the timer next checks, or -1 when nothing is scheduled. */
    [[nodiscard]] int msecsToNextCheck() const;

    /** The Notify call for @p notification, replacing the notification @p replacesId (0: none). */
    [[nodiscard]] static QDBusMessage notifyMessage(const reminders::Notification &notification,
                                                    uint replacesId);
    /** The CloseNotification call for the server's notification @p id. */
    [[nodiscard]] static QDBusMessage closeMessage(uint id);

    /** The longest the timer waits before checking again. */
    static constexpr int maxTimerMsecs = 60 * 60 * 1000;

Q_SIGNALS:
    /** The notification server accepted the reminder @p key. */
    void shown(const QString &key);
    /** The notification server could not be reached for the reminder @p key. */
    void failed(const QString &key);

private:
    void show(const reminders::Notification &notification);
    void close(const QString &key);
    void arm();

    const reminders::Clock &m_clock;
    QDBusConnection m_bus;
    QTimer m_timer;
    QList<reminders::Notification> m_scheduled;
    QList<reminders::Notification> m_dueAtStartup;
    QHash<QString, uint> m_serverIds;
};

} // namespace samen::platform
