#include "reminders/notificationtext.h"

#include "locale/dateformatter.h"

#include <QCoreApplication>

namespace samen::reminders {

namespace {

const char *const context = "Reminders";

struct KindText
{
    DeadlineKind kind;
    const char *name;
};

const KindText kindTexts[] = {
    { DeadlineKind::NareisWindow, QT_TRANSLATE_NOOP("Reminders", "Family reunification application") },
    { DeadlineKind::DecisionPeriod, QT_TRANSLATE_NOOP("Reminders", "IND decision") },
    { DeadlineKind::Objection, QT_TRANSLATE_NOOP("Reminders", "Objection") },
    { DeadlineKind::MvvCollection, QT_TRANSLATE_NOOP("Reminders", "Collect the mvv") },
    { DeadlineKind::Travel, QT_TRANSLATE_NOOP("Reminders", "Travel with the mvv") },
    { DeadlineKind::GpVisit, QT_TRANSLATE_NOOP("Reminders", "First visit to the GP") },
    { DeadlineKind::Letter, QT_TRANSLATE_NOOP("Reminders", "Answer to an IND letter") },
    { DeadlineKind::WaitEnds, QT_TRANSLATE_NOOP("Reminders", "End of the waiting time") },
};

} // namespace

bool Notification::operator==(const Notification &other) const
{
    return key == other.key && fireTime == other.fireTime && title == other.title && body == other.body;
}

NotificationText::NotificationText(TextDetail detail, const locale::DateFormatter *dates)
    : m_detail(detail)
    , m_dates(dates)
{ }

TextDetail NotificationText::detail() const
{
    return m_detail;
}

QString NotificationText::title()
{
    return QStringLiteral("Samen");
}

QString NotificationText::kindName(DeadlineKind kind)
{
    for (const KindText &text : kindTexts) {
        if (text.kind == kind)
            return QCoreApplication::translate(context, text.name);
    }
    return QString();
}

QString NotificationText::body(const PlannedReminder &reminder, QDate today) const
{
    if (m_detail == TextDetail::Private)
        return QCoreApplication::translate("Reminders", "You have a date to check.");
    const QString kind = kindName(reminder.kind);
    const QString date = dateText(reminder.due);
    const QDate from = today.isValid() ? today : reminder.fireTime.date();
    const int daysLeft = int(from.daysTo(reminder.due));
    if (daysLeft <= 0) {
        if (date.isEmpty())
            return QCoreApplication::translate("Reminders", "%1: today.").arg(kind);
        return QCoreApplication::translate("Reminders", "%1: today, %2.").arg(kind, date);
    }
    if (date.isEmpty())
        return QCoreApplication::translate("Reminders", "%1: %n days left.", nullptr, daysLeft).arg(kind);
    return QCoreApplication::translate("Reminders", "%1: %n days left, until %2.", nullptr, daysLeft)
        .arg(kind, date);
}

QString NotificationText::summary(DeadlineKind kind) const
{
    if (m_detail == TextDetail::Private)
        return QCoreApplication::translate("Reminders", "Samen: a date to check");
    return kindName(kind);
}

Notification NotificationText::notification(const PlannedReminder &reminder, QDate today) const
{
    return { reminder.key, reminder.fireTime, title(), body(reminder, today) };
}

QList<Notification> NotificationText::notifications(const QList<PlannedReminder> &reminders,
                                                    QDate today) const
{
    QList<Notification> result;
    result.reserve(reminders.size());
    for (const PlannedReminder &reminder : reminders)
        result << notification(reminder, today);
    return result;
}

QString NotificationText::dateText(QDate date) const
{
    if (!m_dates)
        return QString();
    return m_dates->format(date).oneLine();
}

} // namespace samen::reminders
