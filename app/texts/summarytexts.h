#pragma once

#include "rules/pack.h"

#include <QDate>
#include <QString>

#include <memory>

class QTranslator;

namespace samen::summary {

/**
 * The words of the helper summary in Dutch or English, whatever the app's language: Dutch
 * through a private translator loaded from the app's Dutch translation, English from the
 * source texts. The app's own language is never switched. local() gives the same words in the
 * app's language, for the PDF's labels "in Dutch, with the user's language beside them".
 */
class SummaryTexts
{
public:
    /** Texts in @p language: "nl" for Dutch, anything else for English. */
    explicit SummaryTexts(const QString &language);
    ~SummaryTexts();
    SummaryTexts(const SummaryTexts &) = delete;
    SummaryTexts &operator=(const SummaryTexts &) = delete;

    /** "nl" or "en". */
    [[nodiscard]] QString language() const { return m_language; }
    /** The source text @p source (context "Summary") in the summary's language. */
    [[nodiscard]] QString text(const char *source) const;
    /** The source text @p source in the app's current language. */
    [[nodiscard]] static QString local(const char *source);
    /** The label with key @p key (one of labelKeys()), e.g. "members" → "Family members". */
    [[nodiscard]] QString label(const QString &key) const;
    /** The label @p key in the app's current language. */
    [[nodiscard]] static QString localLabel(const QString &key);
    /**
     * The English source text (context "Summary") of a label or word key ("document.identity",
     * "deadline.travel", "stage.granted", "relation.child"), for a translator of another
     * language (the kit for the family); nullptr if unknown.
     */
    [[nodiscard]] static const char *sourceText(const QString &key);
    /** Every label key, for the screen. */
    [[nodiscard]] static QStringList labelKeys();

    /** The relation as a noun, e.g. "Child" / "Kind". */
    [[nodiscard]] QString relation(const QString &relation) const;
    /** The verdict for a helper, e.g. "Nareis possible". */
    [[nodiscard]] QString outcome(rules::Outcome outcome) const;
    /** The verdict when the questions are not finished. */
    [[nodiscard]] QString noOutcome() const;
    /** The document kind (rule-pack document id) in words. */
    [[nodiscard]] QString document(const QString &kind) const;
    /** The document status name ("missing", …) in words. */
    [[nodiscard]] QString documentStatus(const QString &status) const;
    /** The stage id in words. */
    [[nodiscard]] QString stage(const QString &stage) const;
    /** What the deadline with rule id @p ruleId means ("letter": a date from a letter). */
    [[nodiscard]] QString deadline(const QString &ruleId) const;
    /** The referent's protection ("refugee", "subsidiary") in words; empty when unknown. */
    [[nodiscard]] QString status(const QString &status) const;

    /** A date as the Dutch write it: dd-MM-yyyy, Gregorian, Latin digits. */
    [[nodiscard]] static QString date(QDate date);

private:
    [[nodiscard]] QString lookup(const QString &key) const;

    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace samen::summary
