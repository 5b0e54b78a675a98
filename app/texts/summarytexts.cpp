#include "texts/summarytexts.h"

#include "texts/texttable.h"

#include <QCoreApplication>
#include <QTranslator>

namespace samen::summary {

namespace {

using texts::TextEntry;
using texts::TextTable;

constexpr char context[] = "Summary";

constexpr TextEntry labels[] = {
    { "title", QT_TRANSLATE_NOOP("Summary", "Family reunification: summary") },
    { "referent", QT_TRANSLATE_NOOP("Summary", "Person in the Netherlands (referent)") },
    { "name", QT_TRANSLATE_NOOP("Summary", "Name") },
    { "latinName", QT_TRANSLATE_NOOP("Summary", "Name in Latin letters") },
    { "protection", QT_TRANSLATE_NOOP("Summary", "Protection") },
    { "decisionDate", QT_TRANSLATE_NOOP("Summary", "Date of the IND decision") },
    { "members", QT_TRANSLATE_NOOP("Summary", "Family members") },
    { "relation", QT_TRANSLATE_NOOP("Summary", "Relation") },
    { "birthDate", QT_TRANSLATE_NOOP("Summary", "Date of birth") },
    { "verdict", QT_TRANSLATE_NOOP("Summary", "Outcome") },
    { "rule", QT_TRANSLATE_NOOP("Summary", "Rule") },
    { "source", QT_TRANSLATE_NOOP("Summary", "Source") },
    { "stage", QT_TRANSLATE_NOOP("Summary", "Latest step") },
    { "documentsReady", QT_TRANSLATE_NOOP("Summary", "Papers ready") },
    { "documentsMissing", QT_TRANSLATE_NOOP("Summary", "Papers not ready yet") },
    { "deadlines", QT_TRANSLATE_NOOP("Summary", "Deadlines") },
    { "whom", QT_TRANSLATE_NOOP("Summary", "For") },
    { "everyone", QT_TRANSLATE_NOOP("Summary", "Whole family") },
    { "ownNote", QT_TRANSLATE_NOOP("Summary", "Note by the user (own words, not checked)") },
    { "none", QT_TRANSLATE_NOOP("Summary", "None") },
    { "noMembers", QT_TRANSLATE_NOOP("Summary", "No family members entered yet.") },
    { "noDeadlines", QT_TRANSLATE_NOOP("Summary", "No open deadlines.") },
    { "rulesAsOf", QT_TRANSLATE_NOOP("Summary", "Rules as of") },
    { "exported", QT_TRANSLATE_NOOP("Summary", "Made on") },
    { "page", QT_TRANSLATE_NOOP("Summary", "Page") },
    { "disclaimer",
      QT_TRANSLATE_NOOP("Summary",
                        "Made with the Samen app from the user's own answers. Not an official document: "
                        "check the facts with the IND letters.") },
};

constexpr TextEntry words[] = {
    { "relation.spouse", QT_TRANSLATE_NOOP("Summary", "Husband or wife") },
    { "relation.partner", QT_TRANSLATE_NOOP("Summary", "Partner (not married)") },
    { "relation.child", QT_TRANSLATE_NOOP("Summary", "Child") },
    { "relation.adopted_child", QT_TRANSLATE_NOOP("Summary", "Adopted child") },
    { "relation.foster_child", QT_TRANSLATE_NOOP("Summary", "Foster child") },
    { "relation.partner_child", QT_TRANSLATE_NOOP("Summary", "Child of the partner") },
    { "relation.parent", QT_TRANSLATE_NOOP("Summary", "Father or mother") },
    { "relation.sibling", QT_TRANSLATE_NOOP("Summary", "Brother or sister") },
    { "outcome.nareis", QT_TRANSLATE_NOOP("Summary", "Nareis possible") },
    { "outcome.regular", QT_TRANSLATE_NOOP("Summary", "Regular route only (income requirement)") },
    { "outcome.wait", QT_TRANSLATE_NOOP("Summary", "Must wait (b-status)") },
    { "outcome.not_eligible", QT_TRANSLATE_NOOP("Summary", "Not eligible for nareis") },
    { "outcome.advice", QT_TRANSLATE_NOOP("Summary", "Unclear: needs advice from a lawyer") },
    { "outcome.none", QT_TRANSLATE_NOOP("Summary", "Not known: the questions are not finished") },
    { "document.identity", QT_TRANSLATE_NOOP("Summary", "Passport or ID card") },
    { "document.marriageCertificate", QT_TRANSLATE_NOOP("Summary", "Marriage certificate") },
    { "document.relationshipEvidence", QT_TRANSLATE_NOOP("Summary", "Proof of the relationship") },
    { "document.livingTogether", QT_TRANSLATE_NOOP("Summary", "Proof of living together") },
    { "document.birthCertificate", QT_TRANSLATE_NOOP("Summary", "Birth certificate") },
    { "document.adoptionPapers", QT_TRANSLATE_NOOP("Summary", "Adoption papers") },
    { "document.fosterEvidence", QT_TRANSLATE_NOOP("Summary", "Proof of foster care") },
    { "document.parentConsent", QT_TRANSLATE_NOOP("Summary", "Consent of the other parent") },
    { "document.policeRecord", QT_TRANSLATE_NOOP("Summary", "Police record statement") },
    { "document.maritalStatus", QT_TRANSLATE_NOOP("Summary", "Marital status statement") },
    { "document.swornTranslation", QT_TRANSLATE_NOOP("Summary", "Sworn translation") },
    { "document.regular.fee", QT_TRANSLATE_NOOP("Summary", "Regular route: fee (leges)") },
    { "document.regular.integrationExam",
      QT_TRANSLATE_NOOP("Summary", "Regular route: civic integration exam abroad") },
    { "document.regular.incomeHousing",
      QT_TRANSLATE_NOOP("Summary", "Regular route: proof of income and housing") },
    { "document.regular.healthInsurance", QT_TRANSLATE_NOOP("Summary", "Regular route: health insurance") },
    { "document.regular.legalisedDocuments",
      QT_TRANSLATE_NOOP("Summary", "Regular route: legalised documents") },
    { "status.missing", QT_TRANSLATE_NOOP("Summary", "missing") },
    { "status.requested", QT_TRANSLATE_NOOP("Summary", "requested") },
    { "status.have", QT_TRANSLATE_NOOP("Summary", "in hand, not translated") },
    { "status.translated", QT_TRANSLATE_NOOP("Summary", "translated") },
    { "status.ready", QT_TRANSLATE_NOOP("Summary", "ready") },
    { "stage.applicationFiled", QT_TRANSLATE_NOOP("Summary", "Application filed") },
    { "stage.moreQuestions", QT_TRANSLATE_NOOP("Summary", "Extra questions from the IND") },
    { "stage.granted", QT_TRANSLATE_NOOP("Summary", "Application approved") },
    { "stage.refused", QT_TRANSLATE_NOOP("Summary", "Application refused") },
    { "stage.objectionFiled", QT_TRANSLATE_NOOP("Summary", "Objection (bezwaar) filed") },
    { "stage.objectionDecided", QT_TRANSLATE_NOOP("Summary", "Decision on the objection") },
    { "stage.embassyAppointment", QT_TRANSLATE_NOOP("Summary", "Appointment at the embassy (mvv)") },
    { "stage.mvvIssued", QT_TRANSLATE_NOOP("Summary", "MVV visa issued") },
    { "stage.ticketBooked", QT_TRANSLATE_NOOP("Summary", "Ticket booked") },
    { "stage.travelled", QT_TRANSLATE_NOOP("Summary", "Travelled") },
    { "stage.arrived", QT_TRANSLATE_NOOP("Summary", "Arrived in the Netherlands") },
    { "stage.zevenaarAppointment", QT_TRANSLATE_NOOP("Summary", "Appointment at IND Zevenaar") },
    { "stage.registered", QT_TRANSLATE_NOOP("Summary", "Registered in the municipality (BRP)") },
    { "stage.tbcScreening", QT_TRANSLATE_NOOP("Summary", "TB screening at the GGD") },
    { "stage.gpVisited", QT_TRANSLATE_NOOP("Summary", "First GP visit") },
    { "stage.none", QT_TRANSLATE_NOOP("Summary", "Not applied yet") },
    { "deadline.window", QT_TRANSLATE_NOOP("Summary", "Last day to apply for nareis (3 months)") },
    { "deadline.decision", QT_TRANSLATE_NOOP("Summary", "IND decision due (may be extended)") },
    { "deadline.objection", QT_TRANSLATE_NOOP("Summary", "Last day to object (bezwaar)") },
    { "deadline.objectionDecision", QT_TRANSLATE_NOOP("Summary", "IND decision on the objection due") },
    { "deadline.appeal", QT_TRANSLATE_NOOP("Summary", "Last day to appeal (beroep)") },
    { "deadline.indAppointment",
      QT_TRANSLATE_NOOP("Summary", "Report to IND Zevenaar (3 days after arrival)") },
    { "deadline.mvvCollection", QT_TRANSLATE_NOOP("Summary", "Collect the MVV at the embassy") },
    { "deadline.travel", QT_TRANSLATE_NOOP("Summary", "Travel to the Netherlands (MVV valid until)") },
    { "deadline.gpVisit", QT_TRANSLATE_NOOP("Summary", "First visit to a GP") },
    { "deadline.bStatusWait", QT_TRANSLATE_NOOP("Summary", "End of the 2-year wait (b-status)") },
    { "deadline.letter", QT_TRANSLATE_NOOP("Summary", "Date from a letter") },
    { "protection.refugee", QT_TRANSLATE_NOOP("Summary", "Refugee status (a-status)") },
    { "protection.subsidiary", QT_TRANSLATE_NOOP("Summary", "Subsidiary protection (b-status)") },
};

// The source text of @p key among the labels and the other words; nullptr if none.
const char *sourceOf(const QString &key)
{
    const char *label = TextTable::of<context, labels>().source(key);
    return label ? label : TextTable::of<context, words>().source(key);
}

} // namespace

SummaryTexts::SummaryTexts(const QString &language)
    : m_language(language == u"nl" ? language : u"en"_qs)
{
    if (m_language == u"nl") {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(u":/i18n/samen_nl.qm"_qs))
            qWarning("Samen: the Dutch texts of the summary are missing");
    }
}

SummaryTexts::~SummaryTexts() = default;

QString SummaryTexts::text(const char *source) const
{
    const QString translated = m_translator ? m_translator->translate(context, source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString SummaryTexts::local(const char *source)
{
    return QCoreApplication::translate(context, source);
}

QString SummaryTexts::lookup(const QString &key) const
{
    const char *source = sourceOf(key);
    return source ? text(source) : QString();
}

QString SummaryTexts::label(const QString &key) const
{
    return lookup(key);
}

QString SummaryTexts::localLabel(const QString &key)
{
    const char *source = sourceOf(key);
    return source ? local(source) : QString();
}

const char *SummaryTexts::sourceText(const QString &key)
{
    return sourceOf(key);
}

QStringList SummaryTexts::labelKeys()
{
    return TextTable::of<context, labels>().keys();
}

QString SummaryTexts::relation(const QString &relation) const
{
    const QString text = lookup(u"relation."_qs + relation);
    return text.isEmpty() ? relation : text;
}

QString SummaryTexts::outcome(rules::Outcome outcome) const
{
    return lookup(u"outcome."_qs + rules::outcomeName(outcome));
}

QString SummaryTexts::noOutcome() const
{
    return lookup(u"outcome.none"_qs);
}

QString SummaryTexts::document(const QString &kind) const
{
    const QString text = lookup(u"document."_qs + kind);
    return text.isEmpty() ? kind : text;
}

QString SummaryTexts::documentStatus(const QString &status) const
{
    return lookup(u"status."_qs + status);
}

QString SummaryTexts::stage(const QString &stage) const
{
    const QString text = lookup(u"stage."_qs + stage);
    return text.isEmpty() ? stage : text;
}

QString SummaryTexts::deadline(const QString &ruleId) const
{
    const QString text = lookup(u"deadline."_qs + ruleId);
    return text.isEmpty() ? ruleId : text;
}

QString SummaryTexts::status(const QString &status) const
{
    return lookup(u"protection."_qs + status);
}

QString SummaryTexts::date(QDate date)
{
    return date.isValid() ? date.toString(u"dd-MM-yyyy"_qs) : QString();
}

} // namespace samen::summary
