#pragma once

#include <QList>
#include <QString>
#include <Qt>

namespace samen::locale {

/** One language the app ships, as the language chooser shows it. */
struct Language
{
    /** Code used for translation files and QLocale, e.g. "ar", "fa_AF". */
    QString code;
    /** The language's name in its own script, e.g. "العربية". */
    QString nativeName;
    /** Writing direction of the language. */
    Qt::LayoutDirection direction = Qt::LeftToRight;
};

/** The five languages Samen ships, in the order the chooser shows them. */
[[nodiscard]] const QList<Language> &supportedLanguages();

/** True when @p code is one of the codes in supportedLanguages(). */
[[nodiscard]] bool isSupported(const QString &code);

/** The language for @p code, or English when the code is not supported. */
[[nodiscard]] Language languageFor(const QString &code);

/**
 * The supported language that best fits a locale name such as "ar_SY", "fa-IR", "prs",
 * "ti_ER" or "nl_BE"; an empty string when none fits.
 */
[[nodiscard]] QString bestLanguageFor(const QString &localeName);

/** The best supported language for each of @p uiLanguages in order (QLocale::uiLanguages()). */
[[nodiscard]] QString bestLanguageFor(const QStringList &uiLanguages);

/**
 * @p text between FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069), for putting
 * user text, names or dates into a sentence: "DNA-formulier" inside an Arabic sentence then keeps
 * its own direction without reordering the words around it. Empty text stays empty.
 */
[[nodiscard]] QString isolated(const QString &text);

} // namespace samen::locale
