#pragma once

#include "dossier/timeline.h"
#include "reminders/notificationtext.h"
#include "reminders/notifier.h"
#include "reminders/reminderplanner.h"

#include <QList>
#include <QObject>

/**
 * Keeps the platform's notifications in step with the deadline table: plans with ReminderPlanner,
 * words with NotificationText (private unless the user chose detail) and hands the whole list to
 * the Notifier after every change. The first plan after the vault opens also hands over what came
 * due while the app was closed (presentDueAtStartup), which the home screen lists.
 */
class ReminderService : public QObject
{
    Q_OBJECT

public:
    /** Delivers through @p notifier with the time of @p clock; both must outlive the service. */
    ReminderService(samen::reminders::Notifier &notifier, const samen::reminders::Clock &clock,
                    QObject *parent = nullptr);

    /** The clock plans and countdowns use. */
    [[nodiscard]] const samen::reminders::Clock &clock() const { return m_clock; }
    /** Today in the Netherlands, by the clock. */
    [[nodiscard]] QDate today() const;

    /** The next replan() also presents what is due (call when the vault opens). */
    void startSession();
    /**
     * Replans for @p rows (the whole deadline table), dates written by @p dates: reminders ahead
     * go to the notifier; at the start of a session, the due ones too.
     */
    void replan(const QList<samen::dossier::Deadline> &rows, samen::reminders::TextDetail detail,
                const samen::locale::DateFormatter &dates);
    /** The deadline row ids whose reminders were due at the start of this session (not done since). */
    [[nodiscard]] QList<qint64> dueDeadlineIds() const { return m_dueIds; }

Q_SIGNALS:
    /** dueDeadlineIds() changed. */
    void dueChanged();

private:
    samen::reminders::Notifier &m_notifier;
    const samen::reminders::Clock &m_clock;
    samen::reminders::ReminderPlanner m_planner;
    QList<qint64> m_dueIds;
    bool m_sessionStarting = false;
};
