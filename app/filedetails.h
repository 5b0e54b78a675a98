#pragma once

#include <QDateTime>
#include <QString>

namespace samen::locale {
class DateFormatter;
}

/**
 * The line under a file in a chooser: its size in whole KB or MB and the day it was last changed,
 * in the user's language and digits, e.g. "٣ ك.ب · ٧ كانون الأول / ديسمبر (١٢) ٢٠٢٦". Qt's own
 * chooser writes "1.64 KiB" and an English date; Samen's dates always show the month's number.
 * A folder gets its date only (@p bytes < 0).
 */
[[nodiscard]] QString fileDetails(qint64 bytes, const QDateTime &modified,
                                  const samen::locale::DateFormatter &dates);
