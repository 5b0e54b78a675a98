#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace samen::kit {

/**
 * The words of the kit in the language a family member reads, whatever the app's language: a
 * private translator loaded from the app's translation of that language (English: the source
 * texts). The app's language is never switched. Reads three contexts: the kit's own texts, the
 * journey texts (JourneyTexts keys) and the summary's words (SummaryTexts keys).
 */
class KitTexts
{
public:
    /** Texts in @p language, one of the app's five; anything else reads as English. */
    explicit KitTexts(const QString &language);
    ~KitTexts();
    KitTexts(const KitTexts &) = delete;
    KitTexts &operator=(const KitTexts &) = delete;

    /** The language code the texts are in. */
    [[nodiscard]] QString language() const { return m_language; }
    /** A text of the kit (context "Kit") by its key; see kittexts.cpp. */
    [[nodiscard]] QString kit(const QString &key) const;
    /** A journey text by its pack key, e.g. "glossary.gehoor"; empty if unknown. */
    [[nodiscard]] QString journey(const QString &key) const;
    /** A summary word by its key, e.g. "document.identity"; empty if unknown. */
    [[nodiscard]] QString word(const QString &key) const;
    /** Every key kit() knows, for tests. */
    [[nodiscard]] static QStringList kitKeys();

private:
    [[nodiscard]] QString translate(const char *context, const char *source) const;

    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace samen::kit
