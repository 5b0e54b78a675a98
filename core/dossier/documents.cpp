#include "dossier/documents.h"

#include <array>
#include <utility>

namespace samen::dossier {

namespace {
const std::array<std::pair<DocumentStatus, const char16_t *>, 5> statusNames { {
    { DocumentStatus::Missing, u"missing" },
    { DocumentStatus::Requested, u"requested" },
    { DocumentStatus::Have, u"have" },
    { DocumentStatus::Translated, u"translated" },
    { DocumentStatus::Ready, u"ready" },
} };
} // namespace

QString statusName(DocumentStatus status)
{
    for (const auto &[value, name] : statusNames) {
        if (value == status)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<DocumentStatus> documentStatusFromString(const QString &name)
{
    for (const auto &[value, known] : statusNames) {
        if (name == QString::fromUtf16(known))
            return value;
    }
    return std::nullopt;
}

} // namespace samen::dossier
