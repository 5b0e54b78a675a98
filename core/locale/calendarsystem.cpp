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

// The Gregorian months as Eritreans name them (ጥሪ = January … ታሕሳስ = December). CLDR has the
// same names; they are given here so that no ICU update can swap in the Ethiopic reading.
QStringList tigrinyaGregorianMonths()
{
    return {
        QStringLiteral("ጥሪ"),    QStringLiteral("ለካቲት"), QStringLiteral("መጋቢት"), QStringLiteral("ሚያዝያ"),
        QStringLiteral("ግንቦት"),  QStringLiteral("ሰነ"),   QStringLiteral("ሓምለ"),  QStringLiteral("ነሓሰ"),
        QStringLiteral("መስከረም"), QStringLiteral("ጥቅምቲ"), QStringLiteral("ሕዳር"),  QStringLiteral("ታሕሳስ")
    };
}

// Both families of Arabic month names: the Syriac ones of Syria and Iraq (تشرين الثاني), then
// the ones of Egypt and the Gulf that CLDR gives for "ar" (نوفمبر).
QStringList arabicGregorianMonths()
{
    return { QStringLiteral("كانون الثاني / يناير"),  QStringLiteral("شباط / فبراير"),
             QStringLiteral("آذار / مارس"),           QStringLiteral("نيسان / أبريل"),
             QStringLiteral("أيار / مايو"),           QStringLiteral("حزيران / يونيو"),
             QStringLiteral("تموز / يوليو"),          QStringLiteral("آب / أغسطس"),
             QStringLiteral("أيلول / سبتمبر"),        QStringLiteral("تشرين الأول / أكتوبر"),
             QStringLiteral("تشرين الثاني / نوفمبر"), QStringLiteral("كانون الأول / ديسمبر") };
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

CalendarSystem secondCalendarFor(const QString &language, bool ethiopianChosen)
{
    if (language == QLatin1String("fa_AF"))
        return CalendarSystem::Persian;
    if (language == QLatin1String("ti") && ethiopianChosen)
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
    if (system == CalendarSystem::Gregorian && language == QLatin1String("ti"))
        return tigrinyaGregorianMonths();
    if (system == CalendarSystem::Gregorian && language == QLatin1String("ar"))
        return arabicGregorianMonths();
    return {};
}

} // namespace samen::locale
