#include "numberformatter.h"

#include "locale/icu_support.h"

#include <unicode/numfmt.h>

namespace samen::locale {

using namespace icu_support;

struct NumberFormatter::Private
{
    std::unique_ptr<icu::NumberFormat> grouped;
    std::unique_ptr<icu::NumberFormat> plain;

    static QString format(const icu::NumberFormat *formatter, qint64 value);
};

QString NumberFormatter::Private::format(const icu::NumberFormat *formatter, qint64 value)
{
    if (!formatter)
        return QString::number(value);
    icu::UnicodeString text;
    formatter->format(int64_t(value), text);
    return fromIcu(text);
}

NumberFormatter::NumberFormatter(const QString &language)
    : d(std::make_unique<Private>())
{
    const icu::Locale locale = formattingLocale(language, CalendarSystem::Gregorian);
    UErrorCode status = U_ZERO_ERROR;
    d->grouped.reset(icu::NumberFormat::createInstance(locale, status));
    if (!succeeded(status, "NumberFormat::createInstance")) {
        d->grouped.reset();
        return;
    }
    d->plain.reset(d->grouped->clone());
    if (d->plain)
        d->plain->setGroupingUsed(false);
}

NumberFormatter::~NumberFormatter() = default;

const NumberFormatter &NumberFormatter::forLanguage(const QString &language)
{
    return cachedPerThread<NumberFormatter>(language);
}

QString NumberFormatter::formatInteger(qint64 value) const
{
    return Private::format(d->grouped.get(), value);
}

QString NumberFormatter::formatDigits(qint64 value) const
{
    return Private::format(d->plain.get(), value);
}

} // namespace samen::locale
