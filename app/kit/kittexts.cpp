#include "kit/kittexts.h"

#include "locale/languages.h"
#include "texts/journeytexts.h"
#include "texts/summarytexts.h"
#include "texts/texttable.h"

#include <QTranslator>

namespace samen::kit {

namespace {

using texts::TextEntry;
using texts::TextTable;

constexpr char context[] = "Kit";

// Written to the family member abroad, who reads it on paper or on their phone: short, "you".
constexpr TextEntry entries[] = {
    { "title", QT_TRANSLATE_NOOP("Kit", "For %1") },
    { "subtitle",
      QT_TRANSLATE_NOOP("Kit", "Family reunification in the Netherlands: what you need to know") },
    { "who", QT_TRANSLATE_NOOP("Kit", "Who") },
    { "name", QT_TRANSLATE_NOOP("Kit", "Name") },
    { "latinName", QT_TRANSLATE_NOOP("Kit", "Name in the passport (Latin letters)") },
    { "bring", QT_TRANSLATE_NOOP("Kit", "What to bring to the embassy") },
    { "dates", QT_TRANSLATE_NOOP("Kit", "Dates to keep") },
    { "appointment", QT_TRANSLATE_NOOP("Kit", "Appointment at the embassy") },
    { "appointmentUnknown", QT_TRANSLATE_NOOP("Kit", "The embassy gives you this date. Write it here:") },
    { "notKnown", QT_TRANSLATE_NOOP("Kit", "Not known yet. It is counted from this step: %1.") },
    { "done", QT_TRANSLATE_NOOP("Kit", "%1 (done)") },
    { "dnaOrInterview", QT_TRANSLATE_NOOP("Kit", "The DNA test or the interview") },
    { "footer",
      QT_TRANSLATE_NOOP("Kit",
                        "Made with the Samen app on %1. Check every date in the letters from the IND and "
                        "the embassy.") },
};

const TextTable &table()
{
    return TextTable::of<context, entries>();
}

} // namespace

KitTexts::KitTexts(const QString &language)
    : m_language(locale::isSupported(language) ? language : u"en"_qs)
{
    if (m_language == u"en")
        return;
    m_translator = std::make_unique<QTranslator>();
    if (!m_translator->load(u":/i18n/samen_%1.qm"_qs.arg(m_language)))
        qWarning("Samen: the texts of the kit in one language are missing");
}

KitTexts::~KitTexts() = default;

QString KitTexts::translate(const char *context, const char *source) const
{
    if (!source)
        return {};
    const QString translated = m_translator ? m_translator->translate(context, source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString KitTexts::kit(const QString &key) const
{
    return translate(context, table().source(key));
}

QString KitTexts::journey(const QString &key) const
{
    return translate("JourneyTexts", JourneyTexts::source(key));
}

QString KitTexts::word(const QString &key) const
{
    return translate("Summary", summary::SummaryTexts::sourceText(key));
}

QStringList KitTexts::kitKeys()
{
    return table().keys();
}

} // namespace samen::kit
