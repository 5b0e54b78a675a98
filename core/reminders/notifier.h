#pragma once

#include "reminders/notificationtext.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace samen::reminders {

/** @p notifications with only the first of each key, ordered by fire time then key. */
[[nodiscard]] QList<Notification> inFireOrder(const QList<Notification> &notifications);

/** The keys of @p notifications, in order. */
[[nodiscard]] QStringList keysOf(const QList<Notification> &notifications);

/**
 * Delivers reminders on one platform (freedesktop notifications on Linux, AlarmManager on
 * Android). The app plans with planReminders(), words with NotificationText and hands the
 * result over; after every change it calls schedule() again with the whole new list.
 */
class Notifier
{
public:
    virtual ~Notifier() = default;

    /**
     * Makes @p upcoming the complete schedule: keys not in it are cancelled, new keys are
     * added, a key whose time or text changed is replaced. A key appears at most once.
     */
    virtual void schedule(const QList<Notification> &upcoming) = 0;
    /** Cancels the reminder @p key, and withdraws it if it is on screen. Unknown keys are ignored. */
    virtual void cancel(const QString &key) = 0;
    /** Cancels and withdraws every reminder. */
    virtual void cancelAll() = 0;
    /** The keys scheduled and not yet shown, in fire-time order. */
    [[nodiscard]] virtual QStringList scheduledKeys() const = 0;
    /**
     * At start-up: @p due holds what came due while the app was closed (ReminderPlan::due,
     * worded). The notifier shows what the platform has not shown already and keeps the list.
     */
    virtual void presentDueAtStartup(const QList<Notification> &due) = 0;
    /** The list last given to presentDueAtStartup(), for the home screen. */
    [[nodiscard]] virtual QList<Notification> dueAtStartup() const = 0;
};

/** A Notifier that only records: for tests of code that drives a notifier, and for previews. */
class InMemoryNotifier final : public Notifier
{
public:
    void schedule(const QList<Notification> &upcoming) override;
    void cancel(const QString &key) override;
    void cancelAll() override;
    [[nodiscard]] QStringList scheduledKeys() const override;
    void presentDueAtStartup(const QList<Notification> &due) override;
    [[nodiscard]] QList<Notification> dueAtStartup() const override;

    /** The scheduled notification for @p key, or an empty one. */
    [[nodiscard]] Notification scheduled(const QString &key) const;
    /** Moves every scheduled notification due at or before @p now to shown(); returns them. */
    QList<Notification> deliverDue(const QDateTime &now);
    /** Everything delivered so far (by deliverDue() and presentDueAtStartup()), in order. */
    [[nodiscard]] QList<Notification> shown() const;
    /** The keys cancelled so far (by cancel(), cancelAll() and schedule()), in order. */
    [[nodiscard]] QStringList cancelled() const;

private:
    QList<Notification> m_scheduled;
    QList<Notification> m_shown;
    QList<Notification> m_dueAtStartup;
    QStringList m_cancelled;
};

} // namespace samen::reminders
