#pragma once

#include "reminders/notifier.h"

#include <QHash>
#include <QObject>

namespace samen::platform {

/**
 * Delivers reminders through AlarmManager and NotificationManager (nl.samen.app.ReminderScheduler):
 * Android shows them even while the app is closed, and its boot receiver sets them again after a
 * restart. The texts come worded and generic from C++; the Java side stores only them and the
 * times. The first schedule() of a run cancels everything Java still holds from earlier runs.
 */
class AndroidNotifier final : public QObject, public reminders::Notifier
{
    Q_OBJECT
public:
    /** Registers the notification channel with the generic, translated reminder texts. */
    explicit AndroidNotifier(QObject *parent = nullptr);

    void schedule(const QList<reminders::Notification> &upcoming) override;
    void cancel(const QString &key) override;
    void cancelAll() override;
    /** The keys whose time has not come yet: Android shows the others without telling the app. */
    [[nodiscard]] QStringList scheduledKeys() const override;
    /**
     * Keeps @p due for the home screen. Shows nothing: Android fired those alarms itself (also
     * after a restart, through the boot receiver), so showing them again would double them.
     */
    void presentDueAtStartup(const QList<reminders::Notification> &due) override;
    [[nodiscard]] QList<reminders::Notification> dueAtStartup() const override;

    /** The notification id of @p key: the same on every run, from SHA-256 of the key, never negative. */
    [[nodiscard]] static int stableId(const QString &key);

private:
    [[nodiscard]] int freeId(const QString &key) const;
    void cancelId(int id);

    QList<reminders::Notification> m_scheduled;
    QList<reminders::Notification> m_dueAtStartup;
    QHash<QString, int> m_ids;
    bool m_clearedEarlierRuns = false;
};

} // namespace samen::platform
