#pragma once

#include "reminders/notificationtext.h"
#include "reminders/reminderplanner.h"

#include <QByteArray>

namespace samen::reminders {

/** What a calendar export may reveal. */
struct CalendarOptions
{
    /** Summaries and alarm texts: private ("Samen: a date to check") by default. */
    TextDetail detail = TextDetail::Private;
    /** Writes each deadline's own label as its DESCRIPTION; off by default (labels may name people). */
    bool includeLabels = false;
};

/**
 * Writes deadlines as an iCalendar file (RFC 5545) for the phone's calendar: one all-day
 * VEVENT per open deadline, with a UID that stays the same for the same deadline (a hash of
 * its id, so re-importing updates rather than duplicates) and a VALARM for each reminder of
 * its schedule still ahead. UTF-8, CRLF, folded lines, escaped text.
 */
class CalendarExport
{
public:
    /** Exports with DTSTAMP and "still ahead" taken from @p clock, which must outlive this. */
    explicit CalendarExport(const Clock &clock, ReminderSettings settings = {});

    /**
     * The .ics file for @p deadlines; deadlines marked done in @p states, and deadlines whose
     * day has passed, are left out. @p dates writes dates in detailed alarm texts (may be null).
     */
    [[nodiscard]] QByteArray write(const QList<Deadline> &deadlines,
                                   const QHash<QString, ReminderState> &states,
                                   const CalendarOptions &options = {},
                                   const locale::DateFormatter *dates = nullptr) const;

    /** The UID of @p deadline's event: stable, and revealing nothing of the id. */
    [[nodiscard]] static QString uid(const Deadline &deadline);

private:
    [[nodiscard]] QByteArray event(const Deadline &deadline, const QDateTime &now,
                                   const CalendarOptions &options, const NotificationText &texts) const;
    [[nodiscard]] QByteArray alarm(const PlannedReminder &reminder, const NotificationText &texts) const;

    const Clock &m_clock;
    ReminderSettings m_settings;
};

} // namespace samen::reminders
