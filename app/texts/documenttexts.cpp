#include "texts/documenttexts.h"

#include "texts/texttable.h"

#include <QCoreApplication>

namespace DocumentTexts {
namespace {

using samen::dossier::DocumentStatus;
using samen::texts::TextEntry;
using samen::texts::TextTable;

constexpr char context[] = "DocumentTexts";

// What each document is, what to send without it, and where to get it per country of origin.
constexpr TextEntry packTexts[] = {
    { "doc.identity",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "A passport or ID card shows who this person is. The IND needs a copy.") },
    { "doc.marriageCertificate",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "The official paper of your marriage. It shows that you were married before "
                        "you came to the Netherlands.") },
    { "doc.relationshipEvidence",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "You are not married. Show that you were already a couple before you came, "
                        "for example with photos, letters or papers with both your names.") },
    { "doc.livingTogether",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "Show that you lived together before you came, for example with photos, "
                        "letters to the same address or a rental contract.") },
    { "doc.birthCertificate",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "The birth certificate shows who the parents are. It proves that you are "
                        "family.") },
    { "doc.adoptionPapers",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "The official papers of the adoption. They show that the child is legally "
                        "yours.") },
    { "doc.fosterEvidence",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "Papers or other proof that the child already lived with your family before "
                        "you fled.") },
    { "doc.parentConsent",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "The child's other parent stays behind. That parent must write and sign that "
                        "the child may go to the Netherlands.") },
    { "doc.policeRecord",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "From age 12, the IND may ask for a paper from the police. It says if this "
                        "person has a criminal record.") },
    { "doc.maritalStatus",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "From age 15, the IND may ask for a paper that says if this person is married "
                        "or not.") },
    { "doc.swornTranslation",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "Papers that are not in Dutch, English, French or German must be translated "
                        "by a sworn translator.") },
    { "doc.alternative.identity",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "No papers? Send other proof of who this person is, for example an old ID, a "
                        "school paper or a camp registration. Tell the IND why the passport is "
                        "missing.") },
    { "doc.alternative.bond",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "No papers? Send other proof that you are family, for example photos, a "
                        "vaccination booklet or a camp registration. The IND may offer a DNA test or "
                        "an interview.") },
    { "doc.alternative.consent",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "Cannot get it, for example because the other parent has died or cannot be "
                        "found? Write down why, and send what shows it, such as a death certificate.") },
    { "doc.hint.identity.SY",
      QT_TRANSLATE_NOOP("DocumentTexts", "From Syria: the Syrian ID card or a passport.") },
    { "doc.hint.identity.ER",
      QT_TRANSLATE_NOOP("DocumentTexts", "From Eritrea: the Eritrean ID card or a passport.") },
    { "doc.hint.identity.AF",
      QT_TRANSLATE_NOOP("DocumentTexts", "From Afghanistan: the tazkira (ID paper) or a passport.") },
    { "doc.hint.identity.SO",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "From Somalia: a passport or ID card if there is one. If not, read \"No "
                        "papers?\".") },
    { "doc.hint.identity.YE", QT_TRANSLATE_NOOP("DocumentTexts", "From Yemen: a passport or ID card.") },
    { "doc.hint.marriage.SY",
      QT_TRANSLATE_NOOP("DocumentTexts", "From Syria: the marriage certificate and the family booklet.") },
    { "doc.hint.marriage.AF",
      QT_TRANSLATE_NOOP("DocumentTexts", "From Afghanistan: the nikah-nama (marriage paper).") },
    { "doc.hint.marriage.ER",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "From Eritrea: the marriage paper or a certificate from the church.") },
    { "doc.hint.marriage.SO",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "From Somalia: a marriage certificate if there is one. If not, read \"No "
                        "papers?\".") },
    { "doc.hint.marriage.YE", QT_TRANSLATE_NOOP("DocumentTexts", "From Yemen: the marriage certificate.") },
    { "doc.hint.birth.SY",
      QT_TRANSLATE_NOOP("DocumentTexts", "From Syria: the birth certificate and the family booklet.") },
    { "doc.hint.birth.ER",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "From Eritrea: the birth certificate or a certificate from the church.") },
    { "doc.hint.birth.AF",
      QT_TRANSLATE_NOOP(
          "DocumentTexts",
          "From Afghanistan: a birth certificate if there is one. If not, read \"No papers?\".") },
    { "doc.hint.birth.SO",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "From Somalia: a birth certificate if there is one. If not, read \"No "
                        "papers?\".") },
    { "doc.hint.birth.YE", QT_TRANSLATE_NOOP("DocumentTexts", "From Yemen: the birth certificate.") },
    { "doc.regular.fee",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "The regular route costs a fee (leges). Nareis is free. The IND website gives "
                        "the amount; Samen does not, because it changes.") },
    { "doc.regular.integrationExam",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "On the regular route your family member may first have to pass the civic "
                        "integration exam abroad (basisexamen inburgering buitenland).") },
    { "doc.regular.incomeHousing",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "On the regular route you must show enough income of your own and a home. "
                        "Keep your pay slips and your rental contract.") },
    { "doc.regular.healthInsurance",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "On the regular route your family member needs health insurance from the day "
                        "of arrival.") },
    { "doc.regular.legalisedDocuments",
      QT_TRANSLATE_NOOP("DocumentTexts",
                        "On the regular route the IND usually asks for legalised documents: stamps of "
                        "the country that made the paper and of the Dutch embassy.") },
};

constexpr TextEntry titles[] = {
    { "identity", QT_TRANSLATE_NOOP("DocumentTexts", "Passport or ID card") },
    { "marriageCertificate", QT_TRANSLATE_NOOP("DocumentTexts", "Marriage certificate") },
    { "relationshipEvidence", QT_TRANSLATE_NOOP("DocumentTexts", "Proof of your relationship") },
    { "livingTogether", QT_TRANSLATE_NOOP("DocumentTexts", "Proof that you lived together") },
    { "birthCertificate", QT_TRANSLATE_NOOP("DocumentTexts", "Birth certificate") },
    { "adoptionPapers", QT_TRANSLATE_NOOP("DocumentTexts", "Adoption papers") },
    { "fosterEvidence", QT_TRANSLATE_NOOP("DocumentTexts", "Proof of foster care") },
    { "parentConsent", QT_TRANSLATE_NOOP("DocumentTexts", "Consent of the other parent") },
    { "policeRecord", QT_TRANSLATE_NOOP("DocumentTexts", "Police certificate") },
    { "maritalStatus", QT_TRANSLATE_NOOP("DocumentTexts", "Proof of marital status") },
    { "swornTranslation", QT_TRANSLATE_NOOP("DocumentTexts", "Sworn translations") },
    { "regular.fee", QT_TRANSLATE_NOOP("DocumentTexts", "Fee for the regular route") },
    { "regular.integrationExam", QT_TRANSLATE_NOOP("DocumentTexts", "Civic integration exam abroad") },
    { "regular.incomeHousing", QT_TRANSLATE_NOOP("DocumentTexts", "Proof of income and a home") },
    { "regular.healthInsurance", QT_TRANSLATE_NOOP("DocumentTexts", "Health insurance") },
    { "regular.legalisedDocuments", QT_TRANSLATE_NOOP("DocumentTexts", "Legalised documents") },
};

} // namespace

QString text(const QString &key)
{
    return TextTable::of<context, packTexts>().text(key);
}

QString title(const QString &kind)
{
    const QString known = TextTable::of<context, titles>().text(kind);
    return known.isEmpty() ? QCoreApplication::translate("DocumentTexts", "Paper") : known;
}

QString statusLabel(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Missing:
        return QCoreApplication::translate("DocumentTexts", "Missing");
    case DocumentStatus::Requested:
        return QCoreApplication::translate("DocumentTexts", "Asked for");
    case DocumentStatus::Have:
        return QCoreApplication::translate("DocumentTexts", "I have it");
    case DocumentStatus::Translated:
        return QCoreApplication::translate("DocumentTexts", "Translated");
    case DocumentStatus::Ready:
        return QCoreApplication::translate("DocumentTexts", "Ready");
    }
    return {};
}

QString statusIcon(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Missing:
        return QStringLiteral("warning");
    case DocumentStatus::Requested:
        return QStringLiteral("deadlines");
    case DocumentStatus::Have:
        return QStringLiteral("document-have");
    case DocumentStatus::Translated:
        return QStringLiteral("language");
    case DocumentStatus::Ready:
        return QStringLiteral("outcome-yes");
    }
    return {};
}

QStringList keysOf(const samen::rules::RulePack &pack)
{
    QStringList keys;
    for (const auto &document : pack.documents) {
        keys << document.explanationKey;
        if (!document.alternativeKey.isEmpty())
            keys << document.alternativeKey;
        keys << document.countryHints.values();
    }
    return keys;
}

} // namespace DocumentTexts
