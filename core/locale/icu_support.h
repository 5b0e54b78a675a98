#pragma once

#include "locale/calendarsystem.h"

#include <QDate>
#include <QString>

#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <map>
#include <memory>

// Internal helpers shared by the ICU wrappers of samen::locale; not for the UI.
namespace samen::locale::icu_support {

/** @p text as an ICU string (UTF-16 copied as is). */
[[nodiscard]] icu::UnicodeString toIcu(const QString &text);

/** @p text as a QString (UTF-16 copied as is). */
[[nodiscard]] QString fromIcu(const icu::UnicodeString &text);

/** Milliseconds since 1970 at 00:00 UTC of @p date, as ICU counts time. */
[[nodiscard]] UDate toUDate(QDate date);

/** The UTC calendar day that contains @p time. */
[[nodiscard]] QDate fromUDate(UDate time);

/**
 * True when @p status is a success; otherwise logs what failed (never the data) and returns false.
 * Warnings such as U_USING_DEFAULT_WARNING count as success.
 */
[[nodiscard]] bool succeeded(UErrorCode status, const char *what);

/** The ICU locale for an app language code ("fa_AF" → "fa_AF"), with @p keywords such as "calendar=persian".
 */
[[nodiscard]] icu::Locale icuLocale(const QString &language, const char *keywords = nullptr);

/**
 * The ICU locale that formats dates and numbers of @p calendar for app language @p language:
 * Arabic-Indic digits for "ar", British day-month order for "en".
 */
[[nodiscard]] icu::Locale formattingLocale(const QString &language, CalendarSystem calendar);

/** One @p T per language and thread, created on first use; for classes that hold ICU objects. */
template<typename T> const T &cachedPerThread(const QString &language)
{
    thread_local std::map<QString, std::unique_ptr<T>> cache;
    std::unique_ptr<T> &slot = cache[language];
    if (!slot)
        slot = std::make_unique<T>(language);
    return *slot;
}

} // namespace samen::locale::icu_support
