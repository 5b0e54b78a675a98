#include "commonnames.h"

#include <QHash>

namespace samen::locale::common_names {

namespace {

struct Spelling
{
    const char *arabic;
    const char *dari;
};

// Keys are written as key() leaves them: plain alif, Persian ی and ک, ه for ة.
const QHash<QString, Spelling> &spellings()
{
    static const QHash<QString, Spelling> table = {
        { QStringLiteral("محمد"), { "Mohammad", "Mohammad" } },
        { QStringLiteral("احمد"), { "Ahmad", "Ahmad" } },
        { QStringLiteral("محمود"), { "Mahmoud", "Mahmood" } },
        { QStringLiteral("مصطفی"), { "Mustafa", "Mustafa" } },
        { QStringLiteral("علی"), { "Ali", "Ali" } },
        { QStringLiteral("حسن"), { "Hassan", "Hasan" } },
        { QStringLiteral("حسین"), { "Hussein", "Hussain" } },
        { QStringLiteral("عبدالله"), { "Abdullah", "Abdullah" } },
        { QStringLiteral("خالد"), { "Khaled", "Khalid" } },
        { QStringLiteral("عمر"), { "Omar", "Omar" } },
        { QStringLiteral("یوسف"), { "Yousef", "Yousuf" } },
        { QStringLiteral("ابراهیم"), { "Ibrahim", "Ibrahim" } },
        { QStringLiteral("اسماعیل"), { "Ismail", "Ismail" } },
        { QStringLiteral("سعید"), { "Saeed", "Saeed" } },
        { QStringLiteral("کریم"), { "Karim", "Karim" } },
        { QStringLiteral("رحیم"), { "Rahim", "Rahim" } },
        { QStringLiteral("حمید"), { "Hamid", "Hamid" } },
        { QStringLiteral("ظاهر"), { "Zaher", "Zahir" } },
        { QStringLiteral("فاطمه"), { "Fatima", "Fatima" } },
        { QStringLiteral("مریم"), { "Maryam", "Maryam" } },
        { QStringLiteral("زینب"), { "Zainab", "Zainab" } },
        { QStringLiteral("عایشه"), { "Aisha", "Aisha" } },
        { QStringLiteral("خدیجه"), { "Khadija", "Khadija" } },
        { QStringLiteral("نور"), { "Nour", "Noor" } },
    };
    return table;
}

bool isIgnorable(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x064B && u <= 0x0652) || u == 0x0670 || u == 0x0640 || u == 0x200C || u == 0x200D;
}

QChar plainLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
        return QChar(0x0627); // ا
    case 0x064A: // ي
    case 0x0649: // ى
    case 0x0626: // ئ
        return QChar(0x06CC); // ی
    case 0x0643: // ك
        return QChar(0x06A9); // ک
    case 0x0629: // ة
        return QChar(0x0647); // ه
    default:
        return c;
    }
}

QString key(const QString &word)
{
    QString plain;
    for (const QChar c : word) {
        if (!isIgnorable(c))
            plain += plainLetter(c);
    }
    return plain;
}

QString lookUp(const QString &plain, Reading reading)
{
    const auto found = spellings().constFind(plain);
    if (found == spellings().cend())
        return {};
    return QString::fromLatin1(reading == Reading::Dari ? found->dari : found->arabic);
}

} // namespace

QString usualSpelling(const QString &word, Reading reading)
{
    const QString plain = key(word);
    const QString whole = lookUp(plain, reading);
    if (!whole.isEmpty())
        return whole;
    static const QString article = QStringLiteral("ال");
    if (plain.size() > article.size() + 1 && plain.startsWith(article)) {
        const QString rest = lookUp(plain.mid(article.size()), reading);
        if (!rest.isEmpty())
            return QStringLiteral("Al-") + rest;
    }
    return {};
}

} // namespace samen::locale::common_names
