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
/** The deadline the IND itself must meet (its decision): shown, but never as the user's countdown. */
inline constexpr QStringView indDecisionRule = u"decision";

/** @p date as yyyy-MM-dd. */
[[nodiscard]] inline QString isoOf(QDate date)
{
    return date.toString(Qt::ISODate);
}

/** A day in Gregorian, and in the user's second calendar when there is one (else empty). */
struct DateTexts
{
    QString gregorian;
    QString other;
};

/** @p date written by @p formatter. */
[[nodiscard]] inline DateTexts datesOf(const samen::locale::DateFormatter &formatter, QDate date)
{
    const samen::locale::LocalizedDate text = formatter.format(date);
    return { text.gregorian, text.other };
}

} // namespace TimelineSupport
