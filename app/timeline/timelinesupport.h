#pragma once

#include "locale/dateformatter.h"

#include <QDate>
#include <QString>
#include <QStringView>

/** Shared by the two halves of TimelineController (timelinecontroller.cpp, timelineview.cpp). */
namespace TimelineSupport {

/** Interview-answer subject and question under which the reminder detail setting is kept in the vault. */
inline constexpr QStringView settingsSubject = u"settings";
/** See settingsSubject. */
inline constexpr QStringView detailQuestion = u"reminderDetail";
/** The one stage whose date may lie in the future: an appointment. */
inline constexpr QStringView appointmentStage = u"zevenaarAppointment";

/** @p date as yyyy-MM-dd. */
[[nodiscard]] inline QString isoOf(QDate date)
{
    return date.toString(Qt::ISODate);
}

/** A day in the user's calendar, and in Gregorian when that differs (else empty). */
struct DateTexts
{
    QString local;
    QString gregorian;
};

/** @p date written by @p formatter. */
[[nodiscard]] inline DateTexts datesOf(const samen::locale::DateFormatter &formatter, QDate date)
{
    const samen::locale::LocalizedDate text = formatter.format(date);
    return { text.local, text.sameCalendar ? QString() : text.gregorian };
}

} // namespace TimelineSupport
