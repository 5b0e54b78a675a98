#include "dossier/names.h"

#include <QList>

namespace samen::dossier {

namespace {

bool isDirectionControl(uint c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
        c == 0x061C;
}

} // namespace

QString cleanName(const QString &typed)
{
    QString kept;
    qsizetype length = 0;
    for (const uint c : typed.simplified().toUcs4()) {
        if (isDirectionControl(c))
            continue;
        if (++length > maxNameLength)
            break;
        kept += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    }
    return kept.simplified();
}

} // namespace samen::dossier
