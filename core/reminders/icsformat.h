#pragma once

#include <QByteArray>
#include <QString>
#include <QTime>

/** The pieces of RFC 5545 text the calendar export needs. */
namespace samen::reminders::ics {

/** The longest content line in octets, without its CRLF (RFC 5545 section 3.1). */
inline constexpr int maxLineOctets = 75;

/**
 * @p text with backslash, semicolon, comma and newline escaped for a TEXT value; CR and every other
 * control character but HTAB dropped (RFC 5545 3.3.11 allows none: a NUL or ESC from a pasted label
 * would otherwise reach the calendar app).
 */
[[nodiscard]] QString escapeText(const QString &text);

/**
 * One content line: UTF-8, folded into lines of at most maxLineOctets octets (continuations
 * start with a space), never inside a UTF-8 sequence, each line ending in CRLF.
 */
[[nodiscard]] QByteArray contentLine(const QString &line);

/**
 * A relative TRIGGER value for an alarm @p daysBefore days before an all-day event, at
 * @p localTime of that day: "-P6DT14H" for 7 days at 10:00, "PT10H" for the day itself.
 */
[[nodiscard]] QString triggerBefore(int daysBefore, QTime localTime);

} // namespace samen::reminders::ics
