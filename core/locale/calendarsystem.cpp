#include "calendarsystem.h"

namespace samen::locale {

namespace {

// Tigrinya names of the Ethiopic months, spelled as CLDR spells the same names for the
// Gregorian months in Tigrinya (ጥሪ … ታሕሳስ); ጳጉሜን is the 13th month of 5 or 6 days.
QStringList tigrinyaEthiopicMonths()
{
    return { QStringLiteral("መስከረም"), QStringLiteral("ጥቅምቲ"), QStringLiteral("ሕዳር"),  QStringLiteral("ታሕሳስ"),
             QStringLiteral("ጥሪ"),    QStringLiteral("ለካቲት"), QStringLiteral("መጋቢት"), QStringLiteral("ሚያዝያ"),
             QStringLiteral("ግንቦት"),  QStringLiteral("ሰነ"),   QStringLiteral("ሓምለ"),  QStringLiteral("ነሓሰ"),
             QStringLiteral("ጳጉሜን") };
}

// Dari names of the solar months (Hamal … Hut), as Afghanistan uses them.
QStringList dariPersianMonths(bool standAlone)
{
    return { QStringLiteral("حمل"),   QStringLiteral("ثور"),
             QStringLiteral("جوزا"),  QStringLiteral("سرطان"),
             QStringLiteral("اسد"),   standAlone ? QStringLiteral("سنبله") : QStringLiteral("سنبلهٔ"),
             QStringLiteral("میزان"), QStringLiteral("عقرب"),
             QStringLiteral("قوس"),   QStringLiteral("جدی"),
             QStringLiteral("دلو"),   QStringLiteral("حوت") };
}

} // namespace

CalendarSystem calendarFor(const QString &language)
{
    if (language == QLatin1String("fa_AF"))
        return CalendarSystem::Persian;
    if (language == QLatin1String("ti"))
        return CalendarSystem::Ethiopic;
    return CalendarSystem::Gregorian;
}

const char *icuCalendarName(CalendarSystem system)
{
    switch (system) {
    case CalendarSystem::Persian:
        return "persian";
    case CalendarSystem::Ethiopic:
        return "ethiopic";
    case CalendarSystem::Gregorian:
        break;
    }
    return "gregorian";
}

QStringList suppliedMonthNames(CalendarSystem system, const QString &language, bool standAlone)
{
    if (system == CalendarSystem::Ethiopic && language == QLatin1String("ti"))
        return tigrinyaEthiopicMonths();
    if (system == CalendarSystem::Persian && language == QLatin1String("fa_AF"))
        return dariPersianMonths(standAlone);
    return {};
}

} // namespace samen::locale
