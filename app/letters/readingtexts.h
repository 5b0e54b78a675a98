#pragma once

#include "letters/readingrow.h"

#include <QCoreApplication>
#include <QString>

namespace samen::letters {
struct LetterReading;
}
namespace samen::locale {
class DateFormatter;
}

/** The letter reader's words: its readings and errors in the user's language. */
class ReadingTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReadingTexts)

public:
    /**
     * @p reading for the reader page, its dates written by @p dates; @p candidates are the pack
     * letters it can be when the reader could not tell which.
     */
    [[nodiscard]] static LetterReadingRow row(const samen::letters::LetterReading &reading,
                                              const QStringList &candidates,
                                              const samen::locale::DateFormatter &dates);
    /** Why a photo or file could not be read, for the error @p code of the reader. */
    [[nodiscard]] static QString error(const QString &code);
    /** One doubt of a reading, for its machine @p code. */
    [[nodiscard]] static QString doubt(const QString &code);
};
