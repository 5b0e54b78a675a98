#include "reminders/calendarexport.h"

#include "reminders/icsformat.h"

#include <QCryptographicHash>
#include <QSet>

#include <utility>

namespace samen::reminders {

namespace {

QByteArray line(const QString &name, const QString &value)
{
    return ics::contentLine(name + u':' + value);
}

QString dateValue(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString utcValue(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

CalendarExport::CalendarExport(const Clock &clock, ReminderSettings settings)
    : m_clock(clock)
    , m_settings(std::move(settings))
{ }

QByteArray CalendarExport::write(const QList<Deadline> &deadlines,
                                 const QHash<QString, ReminderState> &states, const CalendarOptions &options,
                                 const locale::DateFormatter *dates) const
{
    const QDateTime now = m_clock.now();
    const QDate today = m_settings.toLocal(now).date();
    const NotificationText texts(options.detail, dates);
    QByteArray out = line(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    out += line(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    out += line(QStringLiteral("PRODID"), QStringLiteral("-//Samen//Samen reminders//EN"));
    out += line(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    out += line(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    QSet<QString> seen;
    for (const Deadline &deadline : deadlines) {
        if (seen.contains(deadline.id) || states.value(deadline.id).done || !deadline.due.isValid() ||
            deadline.due < today)
            continue;
        seen.insert(deadline.id);
        out += event(deadline, now, options, texts);
    }
    out += line(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out;
}

QString CalendarExport::uid(const Deadline &deadline)
{
    const QByteArray hash = QCryptographicHash::hash(deadline.id.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(32)) + QStringLiteral("@samen");
}

QByteArray CalendarExport::event(const Deadline &deadline, const QDateTime &now,
                                 const CalendarOptions &options, const NotificationText &texts) const
{
    QByteArray out = line(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
    out += line(QStringLiteral("UID"), uid(deadline));
    out += line(QStringLiteral("DTSTAMP"), utcValue(now));
    out += line(QStringLiteral("DTSTART;VALUE=DATE"), dateValue(deadline.due));
    out += line(QStringLiteral("DTEND;VALUE=DATE"), dateValue(deadline.due.addDays(1)));
    out += line(QStringLiteral("SUMMARY"), ics::escapeText(texts.summary(deadline.kind)));
    if (options.includeLabels && !deadline.label.isEmpty())
        out += line(QStringLiteral("DESCRIPTION"), ics::escapeText(deadline.label));
    out += line(QStringLiteral("TRANSP"), QStringLiteral("TRANSPARENT"));
    for (const PlannedReminder &reminder : scheduledReminders(deadline, m_settings)) {
        if (reminder.fireTime > now)
            out += alarm(reminder, texts);
    }
    out += line(QStringLiteral("END"), QStringLiteral("VEVENT"));
    return out;
}

QByteArray CalendarExport::alarm(const PlannedReminder &reminder, const NotificationText &texts) const
{
    QByteArray out = line(QStringLiteral("BEGIN"), QStringLiteral("VALARM"));
    out += line(QStringLiteral("ACTION"), QStringLiteral("DISPLAY"));
    out += line(QStringLiteral("DESCRIPTION"), ics::escapeText(texts.body(reminder)));
    out += line(QStringLiteral("TRIGGER"), ics::triggerBefore(reminder.daysBefore, m_settings.localTime));
    out += line(QStringLiteral("END"), QStringLiteral("VALARM"));
    return out;
}

} // namespace samen::reminders
