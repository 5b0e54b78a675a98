#include "numberformatter.h"

#include "locale/icu_support.h"

#include <unicode/numfmt.h>

#include <QRegularExpression>

namespace samen::locale {

using namespace icu_support;

struct NumberFormatter::Private
{
    std::unique_ptr<icu::NumberFormat> grouped;
    std::unique_ptr<icu::NumberFormat> plain;
    icu::Locale locale;

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
    d->locale = locale;
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

QString NumberFormatter::formatAmount(const QString &decimal, const QString &currency) const
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!number.match(decimal).hasMatch() || currency.size() != 3)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> formatter(
        icu::NumberFormat::createCurrencyInstance(d->locale, status));
    if (!succeeded(status, "NumberFormat::createCurrencyInstance"))
        return {};
    const std::u16string code = currency.toUpper().toStdU16String();
    formatter->setCurrency(code.c_str(), status);
    const bool whole =
        !decimal.contains(u'.') || decimal.section(u'.', 1).count(u'0') == decimal.section(u'.', 1).size();
    if (whole) {
        formatter->setMinimumFractionDigits(0);
        formatter->setMaximumFractionDigits(0);
    }
    const QByteArray digits = decimal.toLatin1();
    const icu::Formattable amount(icu::StringPiece(digits.constData(), int32_t(digits.size())), status);
    if (!succeeded(status, "Formattable(decimal)"))
        return {};
    icu::UnicodeString text;
    formatter->format(amount, text, status);
    if (!succeeded(status, "NumberFormat::format(amount)"))
        return {};
    return fromIcu(text);
}

} // namespace samen::locale
