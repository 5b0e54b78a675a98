#include "languages.h"

#include <QLocale>
#include <QStringList>

namespace samen::locale {

namespace {

Language make(const char *code, const char *nativeName)
{
    const QString c = QString::fromLatin1(code);
    return { c, QString::fromUtf8(nativeName), QLocale(c).textDirection() };
}

QString primarySubtag(const QString &localeName)
{
    QString name = localeName.trimmed().toLower();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name.section(QLatin1Char('_'), 0, 0);
}

} // namespace

const QList<Language> &supportedLanguages()
{
    static const QList<Language> languages = {
        make("ar", "العربية"),    make("ti", "ትግርኛ"),    make("fa_AF", "دری"),
        make("nl", "Nederlands"), make("en", "English"),
    };
    return languages;
}

bool isSupported(const QString &code)
{
    for (const Language &language : supportedLanguages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

Language languageFor(const QString &code)
{
    for (const Language &language : supportedLanguages()) {
        if (language.code == code)
            return language;
    }
    return supportedLanguages().constLast();
}

QString bestLanguageFor(const QString &localeName)
{
    const QString primary = primarySubtag(localeName);
    if (primary == QLatin1String("ar") || primary == QLatin1String("ti") || primary == QLatin1String("nl") ||
        primary == QLatin1String("en"))
        return primary;
    // Dari is Persian as written in Afghanistan; Iranian Persian readers understand it too.
    if (primary == QLatin1String("fa") || primary == QLatin1String("prs"))
        return QStringLiteral("fa_AF");
    return {};
}

QString bestLanguageFor(const QStringList &uiLanguages)
{
    for (const QString &name : uiLanguages) {
        const QString code = bestLanguageFor(name);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString isolated(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace samen::locale
