#include "filedetails.h"

#include "locale/dateformatter.h"
#include "locale/numberformatter.h"

#include <QCoreApplication>

namespace {

constexpr qint64 kilobyte = 1024;
constexpr qint64 megabyte = 1024 * kilobyte;

QString sizeText(qint64 bytes, const QString &language)
{
    const auto &numbers = samen::locale::NumberFormatter::forLanguage(language);
    if (bytes < megabyte) {
        const qint64 kilobytes = std::max<qint64>(1, (bytes + kilobyte - 1) / kilobyte);
        return QCoreApplication::translate("FileDetails", "%1 KB").arg(numbers.formatInteger(kilobytes));
    }
    const qint64 megabytes = (bytes + megabyte / 2) / megabyte;
    return QCoreApplication::translate("FileDetails", "%1 MB").arg(numbers.formatInteger(megabytes));
}

} // namespace

QString fileDetails(qint64 bytes, const QDateTime &modified, const samen::locale::DateFormatter &dates)
{
    QStringList parts;
    if (bytes >= 0)
        parts.append(sizeText(bytes, dates.language()));
    const QDate day = modified.toLocalTime().date();
    if (day.isValid())
        parts.append(dates.format(day).oneLine());
    return parts.join(QStringLiteral(" · "));
}
