#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace samen::locale {

/**
 * Orders names as readers of a UI language expect (ICU collation for "ar", "ti", "fa_AF", "nl",
 * "en"): for "ar" and "fa_AF" Arabic-script names come before Latin ones, for "ti" Ethiopic
 * ones do; case and accents matter only when names are otherwise equal. Usable as the less-than
 * of std::sort or, through sortKey(), by a QSortFilterProxyModel. compare() and sortKey() may be
 * called from several threads at once.
 */
class NameCollator
{
public:
    /** A collator for UI language @p language, one of the codes of supportedLanguages(). */
    explicit NameCollator(const QString &language);
    ~NameCollator();
    NameCollator(const NameCollator &) = delete;
    NameCollator &operator=(const NameCollator &) = delete;

    /** A collator for @p language kept for the calling thread, created on first use. */
    [[nodiscard]] static const NameCollator &forLanguage(const QString &language);

    /** Negative, zero or positive as @p a sorts before, with or after @p b. */
    [[nodiscard]] int compare(const QString &a, const QString &b) const;
    /** True when @p a sorts before @p b: pass std::cref(collator) to std::sort. */
    [[nodiscard]] bool operator()(const QString &a, const QString &b) const { return compare(a, b) < 0; }
    /** Bytes that sort (memcmp, QByteArray::operator<) as @p name sorts; for caching in models. */
    [[nodiscard]] QByteArray sortKey(const QString &name) const;
    /** @p names in collation order. */
    [[nodiscard]] QStringList sorted(QStringList names) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace samen::locale
