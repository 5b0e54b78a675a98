#include "namecollator.h"

#include "locale/icu_support.h"

#include <unicode/coll.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <vector>

namespace samen::locale {

using namespace icu_support;

namespace {

std::vector<int32_t> scriptsFirst(const QString &language)
{
    if (language == QLatin1String("ar") || language == QLatin1String("fa_AF"))
        return { USCRIPT_ARABIC, USCRIPT_ETHIOPIC, USCRIPT_LATIN };
    if (language == QLatin1String("ti"))
        return { USCRIPT_ETHIOPIC, USCRIPT_ARABIC, USCRIPT_LATIN };
    return { USCRIPT_LATIN, USCRIPT_ARABIC, USCRIPT_ETHIOPIC };
}

} // namespace

struct NameCollator::Private
{
    std::unique_ptr<icu::Collator> collator;
};

NameCollator::NameCollator(const QString &language)
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->collator.reset(icu::Collator::createInstance(icuLocale(language), status));
    if (!succeeded(status, "Collator::createInstance")) {
        d->collator.reset();
        return;
    }
    const std::vector<int32_t> order = scriptsFirst(language);
    d->collator->setReorderCodes(order.data(), int32_t(order.size()), status);
    static_cast<void>(succeeded(status, "Collator::setReorderCodes"));
}

NameCollator::~NameCollator() = default;

const NameCollator &NameCollator::forLanguage(const QString &language)
{
    return cachedPerThread<NameCollator>(language);
}

int NameCollator::compare(const QString &a, const QString &b) const
{
    if (!d->collator)
        return a.compare(b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result =
        d->collator->compare(reinterpret_cast<const char16_t *>(a.utf16()), int32_t(a.size()),
                             reinterpret_cast<const char16_t *>(b.utf16()), int32_t(b.size()), status);
    if (!succeeded(status, "Collator::compare"))
        return a.compare(b);
    return int(result);
}

QByteArray NameCollator::sortKey(const QString &name) const
{
    if (!d->collator)
        return name.toUtf8();
    const icu::UnicodeString text = toIcu(name);
    QByteArray key(64, Qt::Uninitialized);
    int32_t length =
        d->collator->getSortKey(text, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (length > key.size()) {
        key.resize(length);
        length = d->collator->getSortKey(text, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    // The key ends with a zero byte that QByteArray need not hold.
    key.truncate(std::max(0, length - 1));
    return key;
}

QStringList NameCollator::sorted(QStringList names) const
{
    std::stable_sort(names.begin(), names.end(),
                     [this](const QString &a, const QString &b) { return compare(a, b) < 0; });
    return names;
}

} // namespace samen::locale
