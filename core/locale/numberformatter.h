#pragma once

#include <QString>

#include <memory>

namespace samen::locale {

/**
 * Writes whole numbers in the digits of a UI language: Arabic-Indic (٤١) for "ar", Persian (۴۱)
 * for "fa_AF", European (41) for "ti", "nl" and "en". Keeps its ICU formatters; not thread-safe.
 */
class NumberFormatter
{
public:
    /** Formatters for @p language, one of the codes of supportedLanguages(). */
    explicit NumberFormatter(const QString &language);
    ~NumberFormatter();
    NumberFormatter(const NumberFormatter &) = delete;
    NumberFormatter &operator=(const NumberFormatter &) = delete;

    /** A formatter for @p language kept for the calling thread, created on first use. */
    [[nodiscard]] static const NumberFormatter &forLanguage(const QString &language);

    /** @p value with the language's digits and thousands separator, e.g. "١٬٢٣٤" for counts. */
    [[nodiscard]] QString formatInteger(qint64 value) const;
    /** @p value with the language's digits and no separator, e.g. "۱۴۰۵" for years and days. */
    [[nodiscard]] QString formatDigits(qint64 value) const;
    /**
     * The amount @p decimal ("12.50", "0") of ISO 4217 @p currency ("EUR") as the language writes
     * money, in its digits, with the currency's symbol, e.g. "€ 12,50" for "nl"; whole amounts
     * without decimals ("€ 0"). Empty when @p decimal is not a decimal number.
     */
    [[nodiscard]] QString formatAmount(const QString &decimal, const QString &currency) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace samen::locale
