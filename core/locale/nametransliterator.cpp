#include "nametransliterator.h"

#include "locale/commonnames.h"
#include "locale/icu_support.h"

#include <QStringList>

#include <unicode/translit.h>

namespace samen::locale {

using namespace icu_support;

namespace {

using Transliterator = std::unique_ptr<icu::Transliterator>;

// Vowel letters and context that ICU's Arabic-Latin leaves as consonants; run before it and
// before the reading rules, so that initial و stays w in both readings.
constexpr const char *arabicScriptRules = R"(
\u0640 > ;
\u200C > ;
\u200D > ;
[\u064B-\u064D \u0651 \u0652 \u0670] > ;
\u064E } [اآى] > ;
\u0650 } [يی] > ;
\u064F } و > ;
\u064E > a ;
\u0650 > i ;
\u064F > u ;
الله } $ > allah ;
^ ال > al '-' ;
ة > a ;
ى > a ;
[يی] } [اآ] > y ;
^ [يی] > y ;
[يی] > i ;
و } [اآ] > w ;
^ و > w ;
^ ع } [اآ] > ;
[اa] { ع > ;
ع > a ;
)";

// Letters with hamza, after the reading rules.
constexpr const char *hamzaRules = R"(
أ > a ;
إ > i ;
آ > a ;
ؤ > u ;
ئ > i ;
ء > ;
)";

// How Arabic readers say the letters that Persian reads differently.
constexpr const char *arabicRules = R"(
و > u ;
)";

// Dari reading: ث is s, ذ and ض are z, و is read o, final ه is a vowel.
constexpr const char *dariRules = R"(
ث > s ;
[ذض] > z ;
[اa] { ه } $ > h ;
[:L:] { ه } $ > a ;
و > o ;
)";

constexpr const char *toAscii = R"(
:: Any-Latin ;
:: Latin-ASCII ;
:: NFD ;
:: [:Nonspacing Mark:] Remove ;
:: NFC ;
)";

Transliterator fromRules(const char *name, const QByteArray &rules)
{
    UParseError where {};
    UErrorCode status = U_ZERO_ERROR;
    Transliterator result(icu::Transliterator::createFromRules(
        icu::UnicodeString(name, -1, US_INV), icu::UnicodeString::fromUTF8(rules.constData()), UTRANS_FORWARD,
        where, status));
    if (!succeeded(status, "Transliterator::createFromRules")) {
        qWarning("Rules %s: error at rule %d, offset %d", name, where.line, where.offset);
        return nullptr;
    }
    return result;
}

Transliterator arabicScript(const char *name, const char *readingRules)
{
    const QByteArray rules = QByteArray(":: NFC ;\n") + arabicScriptRules + readingRules + hamzaRules +
        ":: Arabic-Latin ;\n" + toAscii;
    return fromRules(name, rules);
}

Transliterator ethiopic()
{
    return fromRules("Samen-Ethiopic-Names", QByteArray(":: NFC ;\n:: Ethiopic-Latin/Xaleget ;\n") + toAscii);
}

bool hasPersianLetters(const QString &word)
{
    static const QString persianOnly = QStringLiteral("پچژگکی");
    for (const QChar c : word) {
        if (persianOnly.contains(c))
            return true;
    }
    return false;
}

NameScript scriptOf(char32_t codePoint)
{
    switch (QChar::script(codePoint)) {
    case QChar::Script_Latin:
        return NameScript::Latin;
    case QChar::Script_Arabic:
        return NameScript::Arabic;
    case QChar::Script_Ethiopic:
        return NameScript::Ethiopic;
    default:
        return NameScript::Other;
    }
}

QString lettersAndHyphens(const QString &text)
{
    QString kept;
    for (const QChar c : text) {
        const bool letter = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        if (letter || (c == QLatin1Char('-') && !kept.isEmpty() && !kept.endsWith(c)))
            kept += c;
    }
    while (kept.endsWith(QLatin1Char('-')))
        kept.chop(1);
    return kept;
}

QString capitalised(const QString &word)
{
    QStringList parts = word.split(QLatin1Char('-'));
    for (QString &part : parts) {
        part = part.toLower();
        if (!part.isEmpty())
            part[0] = part.at(0).toUpper();
    }
    return parts.join(QLatin1Char('-'));
}

} // namespace

struct NameTransliterator::Private
{
    QString language;
    Transliterator arabic;
    Transliterator dari;
    Transliterator ethiopic;
    Transliterator other;

    [[nodiscard]] common_names::Reading readingOf(const QString &word) const;
    [[nodiscard]] QString transliterate(const QString &word, NameScript script) const;
};

common_names::Reading NameTransliterator::Private::readingOf(const QString &word) const
{
    if (language == QLatin1String("fa_AF"))
        return common_names::Reading::Dari;
    if (language == QLatin1String("ar"))
        return common_names::Reading::Arabic;
    return hasPersianLetters(word) ? common_names::Reading::Dari : common_names::Reading::Arabic;
}

QString NameTransliterator::Private::transliterate(const QString &word, NameScript script) const
{
    const icu::Transliterator *transliterator = other.get();
    if (script == NameScript::Ethiopic) {
        transliterator = ethiopic.get();
    } else if (script == NameScript::Arabic) {
        const common_names::Reading reading = readingOf(word);
        const QString usual = common_names::usualSpelling(word, reading);
        if (!usual.isEmpty())
            return usual;
        transliterator = reading == common_names::Reading::Dari ? dari.get() : arabic.get();
    }
    if (!transliterator)
        return {};
    icu::UnicodeString text = toIcu(word);
    transliterator->transliterate(text);
    return capitalised(lettersAndHyphens(fromIcu(text)));
}

NameTransliterator::NameTransliterator(const QString &language)
    : d(std::make_unique<Private>())
{
    d->language = language;
    d->arabic = arabicScript("Samen-Arabic-Names", arabicRules);
    d->dari = arabicScript("Samen-Dari-Names", dariRules);
    d->ethiopic = ethiopic();
    d->other = fromRules("Samen-Other-Names", QByteArray(toAscii));
}

NameTransliterator::~NameTransliterator() = default;

const NameTransliterator &NameTransliterator::forLanguage(const QString &language)
{
    return cachedPerThread<NameTransliterator>(language);
}

NameScript NameTransliterator::detectScript(const QString &name)
{
    NameScript found = NameScript::Unknown;
    for (const char32_t codePoint : name.toUcs4()) {
        if (!QChar::isLetter(codePoint))
            continue;
        const NameScript script = scriptOf(codePoint);
        if (found != NameScript::Unknown && script != found)
            return NameScript::Mixed;
        found = script;
    }
    return found;
}

QString NameTransliterator::suggestLatin(const QString &name) const
{
    QStringList words;
    for (const QString &word : name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const NameScript script = detectScript(word);
        if (script == NameScript::Latin || script == NameScript::Unknown) {
            // ASCII only: accents dropped, controls (bidi overrides), digits and symbols gone.
            const QString ascii = lettersAndHyphens(word.normalized(QString::NormalizationForm_KD));
            if (!ascii.isEmpty())
                words << ascii;
            continue;
        }
        const QString latin = d->transliterate(word, script);
        if (!latin.isEmpty())
            words << latin;
    }
    return words.join(QLatin1Char(' '));
}

} // namespace samen::locale
