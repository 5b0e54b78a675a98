#pragma once

#include "reminders/reminderplanner.h"

#include <QString>

namespace samen::locale {
class DateFormatter;
}

namespace samen::reminders {

/** How much a notification or calendar entry may say. */
enum class TextDetail {
    Private, ///< the default: "You have a date to check." — no procedure, no kind, no date
    Detailed, ///< opted in: the kind of deadline, the days left and the date; never a person
};

/** A notification ready for a Notifier: what to show and when. */
struct Notification
{
    /** PlannedReminder::key: the notifier schedules and cancels by it. */
    QString key;
    /** When to show it. */
    QDateTime fireTime;
    /** The title: the app's name. */
    QString title;
    /** The text. */
    QString body;

    /** Field-wise equality. */
    [[nodiscard]] bool operator==(const Notification &other) const;
};

/**
 * The words of reminders, translated through QCoreApplication::translate() in the context
 * "Reminders" (install the translator first). Built only from a PlannedReminder, which has no
 * label, so no text can name a person.
 */
class NotificationText
{
public:
    /** Texts at @p detail; @p dates writes the date at TextDetail::Detailed (may be null: no date). */
    explicit NotificationText(TextDetail detail = TextDetail::Private,
                              const locale::DateFormatter *dates = nullptr);

    /** The detail level in use. */
    [[nodiscard]] TextDetail detail() const;
    /** The title of every notification: "Samen". */
    [[nodiscard]] static QString title();
    /**
     * The text of @p reminder. Days left are counted from @p today, or when it is null from the
     * day the reminder fires (pass today for reminders shown late, such as ReminderPlan::due).
     */
    [[nodiscard]] QString body(const PlannedReminder &reminder, QDate today = {}) const;
    /** A calendar entry's summary for a deadline of @p kind. */
    [[nodiscard]] QString summary(DeadlineKind kind) const;
    /** The translated name of @p kind, e.g. "Objection". */
    [[nodiscard]] static QString kindName(DeadlineKind kind);
    /** @p reminder as a Notification, with body(@p reminder, @p today). */
    [[nodiscard]] Notification notification(const PlannedReminder &reminder, QDate today = {}) const;
    /** notification() of each of @p reminders, in order. */
    [[nodiscard]] QList<Notification> notifications(const QList<PlannedReminder> &reminders,
                                                    QDate today = {}) const;

private:
    [[nodiscard]] QString dateText(QDate date) const;

    TextDetail m_detail;
    const locale::DateFormatter *m_dates;
};

} // namespace samen::reminders
