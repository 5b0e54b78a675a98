#pragma once

#include <QString>

#include <memory>

namespace samen::locale {

/** The script a name is written in, as far as a Latin spelling is concerned. */
enum class NameScript {
    /** No letters at all. */
    Unknown,
    /** Latin letters, kept as the user typed them. */
    Latin,
    /** Arabic script: Arabic, Dari/Persian, Pashto. */
    Arabic,
    /** Ethiopic (Ge'ez) script: Tigrinya, Amharic. */
    Ethiopic,
    /** Any other script. */
    Other,
    /** Words in more than one script. */
    Mixed,
};

/**
 * Suggests a Latin, passport-style spelling of a name written in Arabic or Ethiopic script.
 *
 * This is only a suggestion for the user to correct: Arabic script usually leaves out short
 * vowels (محمد gives "Mhmd", not "Mohammad"), and the spelling in the passport or on the IND's
 * papers is the one that counts. The UI must show the suggestion as editable and keep what
 * the user types. Latin words are kept as given, reduced to ASCII letters and hyphens.
 *
 * Arabic-script words follow the UI language: "fa_AF" spells them as Dari is read (ذ ض ظ → z,
 * ث ص → s, و → o, final ه → a), "ar" as Arabic (ث → th, ذ → dh, و → u); other UI languages use
 * Dari rules when a word has letters only Persian uses (پ چ ژ گ ک ی), else Arabic rules. Ethiopic
 * words use ICU's "Ethiopic-Latin/Xaleget", which gives Eritrean spellings such as "Tesfay".
 * Holds ICU transliterators; not thread-safe.
 */
class NameTransliterator
{
public:
    /** Transliterators for UI language @p language, one of the codes of supportedLanguages(). */
    explicit NameTransliterator(const QString &language);
    ~NameTransliterator();
    NameTransliterator(const NameTransliterator &) = delete;
    NameTransliterator &operator=(const NameTransliterator &) = delete;

    /** A transliterator for @p language kept for the calling thread, created on first use. */
    [[nodiscard]] static const NameTransliterator &forLanguage(const QString &language);

    /** The script of @p name: the one all its letters share, Mixed, or Unknown without letters. */
    [[nodiscard]] static NameScript detectScript(const QString &name);

    /**
     * A suggested Latin spelling of @p name: each word transliterated from its own script,
     * reduced to the letters A–Z, a–z and hyphens, and capitalised ("فاطمة الأحمد" → "Fatma
     * Al-Ahmd"); Latin words keep their case but are reduced the same way ("José" → "Jose"), so
     * no accent, digit, emoji or invisible control (a bidi override) reaches the passport
     * spelling; white space collapsed. Empty for an empty name.
     */
    [[nodiscard]] QString suggestLatin(const QString &name) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace samen::locale
