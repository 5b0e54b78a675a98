#include "icu_support.h"

#include <QLoggingCategory>

#include <cmath>

namespace samen::locale::icu_support {

namespace {
Q_LOGGING_CATEGORY(lcIcu, "samen.locale.icu")

constexpr double millisecondsPerDay = 86400000.0;

QDate epoch()
{
    return QDate(1970, 1, 1);
}
} // namespace

icu::UnicodeString toIcu(const QString &text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
}

QString fromIcu(const icu::UnicodeString &text)
{
    if (text.isBogus())
        return {};
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

UDate toUDate(QDate date)
{
    return double(epoch().daysTo(date)) * millisecondsPerDay;
}

QDate fromUDate(UDate time)
{
    return epoch().addDays(qint64(std::floor(time / millisecondsPerDay)));
}

bool succeeded(UErrorCode status, const char *what)
{
    if (U_SUCCESS(status))
        return true;
    qCWarning(lcIcu, "%s failed: %s", what, u_errorName(status));
    return false;
}

icu::Locale icuLocale(const QString &language, const char *keywords)
{
    QByteArray name = language.toLatin1();
    if (keywords) {
        name += '@';
        name += keywords;
    }
    return icu::Locale(name.constData());
}

icu::Locale formattingLocale(const QString &language, CalendarSystem calendar)
{
    QByteArray keywords = QByteArrayLiteral("calendar=") + icuCalendarName(calendar);
    if (language == QLatin1String("ar"))
        keywords += ";numbers=arab";
    const QString base = language == QLatin1String("en") ? QStringLiteral("en_GB") : language;
    return icuLocale(base, keywords.constData());
}

} // namespace samen::locale::icu_support
