#include "texts/journeytexts.h"

#include "texts/texttable.h"

namespace JourneyTexts {
namespace {

using samen::texts::TextEntry;
using samen::texts::TextTable;

constexpr char context[] = "JourneyTexts";

// English source texts by the pack's keys (phases, letters, help, glossary, costs, support). Dutch terms the
// user must recognise on paper (beschikking, herstel verzuim, bezwaar, mvv) stay Dutch in every language.
constexpr TextEntry entries[] = {
    // The phases after the application: name, what happens, what you can do now, what the family abroad does.
    { "phase.filed.title", QT_TRANSLATE_NOOP("JourneyTexts", "Application sent") },
    { "phase.filed.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "You sent the application for your family. The IND checks it and sends you a letter "
                        "that it has received it (ontvangstbevestiging).") },
    { "phase.filed.now",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Keep copies of everything you sent, and write down the date you sent it. Answer "
                        "every IND letter on time.") },
    { "phase.filed.abroad",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family keeps their passports and papers safe and ready. The IND may ask for "
                        "more papers, a DNA test or an interview.") },
    { "phase.waiting.title", QT_TRANSLATE_NOOP("JourneyTexts", "Waiting for the IND") },
    { "phase.waiting.what",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "The IND studies the application. It has 3 months to decide, and it may take 3 months more. "
          "Letters can come in this time: missing items, a DNA test or an interview.") },
    { "phase.waiting.now",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Open every IND letter at once and look for the date by which you must answer. Do "
                        "you not understand a letter? Samen can explain it, or show it to a volunteer.") },
    { "phase.waiting.abroad",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family answers questions from the embassy or the IND quickly. If the IND asks "
                        "for a DNA test or an interview, they go to the appointment at the embassy.") },
    { "phase.decidedYes.title", QT_TRANSLATE_NOOP("JourneyTexts", "The answer is yes") },
    { "phase.decidedYes.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The IND said yes. Your family can get the entry visa (mvv) at the Dutch embassy.") },
    { "phase.decidedYes.now",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Tell your family at once and send them a copy of the letter. Help them make an "
                        "appointment at the embassy.") },
    { "phase.decidedYes.abroad",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family collects the mvv at the embassy within 3 months of the decision. They "
                        "bring their passports.") },
    { "phase.decidedNo.title", QT_TRANSLATE_NOOP("JourneyTexts", "The answer is no") },
    { "phase.decidedNo.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The IND said no. This is hard news. You can object (bezwaar) within 4 weeks of the "
                        "date on the letter.") },
    { "phase.decidedNo.now",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Do not wait. Contact a lawyer or the Juridisch Loket this week. A lawyer can be "
                        "free if your income is low.") },
    { "phase.decidedNo.abroad",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family keeps all their papers. They may be needed for the objection.") },
    { "phase.objection.title", QT_TRANSLATE_NOOP("JourneyTexts", "Objection sent") },
    { "phase.objection.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "You objected (bezwaar). The IND looks at its decision again. It has 19 weeks for "
                        "this, and may take 6 weeks more.") },
    { "phase.objection.now",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "Keep in touch with your lawyer. Give new papers to your lawyer as soon as you have them.") },
    { "phase.objection.abroad",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family keeps their papers ready and answers questions quickly.") },
    { "phase.appeal.title", QT_TRANSLATE_NOOP("JourneyTexts", "Decision on the objection") },
    { "phase.appeal.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The IND decided on your objection. If it still says no, you can ask a court to look "
                        "at it (beroep) within 4 weeks.") },
    { "phase.appeal.now",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Talk to your lawyer at once about going to court. In an urgent case the lawyer can "
                        "ask the judge for a quick measure (voorlopige voorziening).") },
    { "phase.appeal.abroad",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "Your family keeps their papers. Your lawyer will say if the court needs anything from them.") },
    { "phase.mvv.title", QT_TRANSLATE_NOOP("JourneyTexts", "The mvv is ready") },
    { "phase.mvv.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family has the mvv, the entry visa in the passport. They must travel to the "
                        "Netherlands within 90 days.") },
    { "phase.mvv.now",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Help your family book the journey. As soon as the ticket is booked, make the "
                        "appointment at the IND in Zevenaar.") },
    { "phase.mvv.abroad",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family books tickets and travels before the mvv ends. They take their "
                        "passports with the mvv.") },
    { "phase.travel.title", QT_TRANSLATE_NOOP("JourneyTexts", "Travelling") },
    { "phase.travel.what",
      QT_TRANSLATE_NOOP("JourneyTexts", "Your family is on the way to the Netherlands with the mvv.") },
    { "phase.travel.now",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Check that the appointment at the IND in Zevenaar is booked. Plan who meets your "
                        "family when they arrive.") },
    { "phase.travel.abroad",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family travels before the mvv ends and keeps their passports with them.") },
    { "phase.arrival.title", QT_TRANSLATE_NOOP("JourneyTexts", "Arrived in the Netherlands") },
    { "phase.arrival.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family is here. Within 3 days they report to the IND in Zevenaar. There they "
                        "get their residence permit and are registered in the BRP.") },
    { "phase.arrival.now",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Go with your family to the IND in Zevenaar. Within 2 weeks, visit the GP (huisarts) "
                        "with them. The GGD asks them for a TB check.") },
    { "phase.arrival.abroad",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family is no longer abroad. Keep the papers they brought in a safe place.") },
    { "phase.settled.title", QT_TRANSLATE_NOOP("JourneyTexts", "Living together") },
    { "phase.settled.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family has a residence permit. It depends on yours. The family must live "
                        "together with you.") },
    { "phase.settled.now",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Check that everyone is registered at your address with the municipality (gemeente) "
                        "and with a GP. If you separate, you must tell the IND.") },
    { "phase.settled.abroad",
      QT_TRANSLATE_NOOP("JourneyTexts", "Nobody needs to do anything abroad any more.") },
    // Letters from the IND or the embassy: name, what it is, what to do, and a warning where one is needed.
    { "letter.receipt.title", QT_TRANSLATE_NOOP("JourneyTexts", "Receipt") },
    { "letter.receipt.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The IND says it has received your application. The letter gives the date of your "
                        "application, and may give the date by which the IND decides.") },
    { "letter.receipt.todo",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "Keep this letter and check the date of your application on it. You do not need to answer.") },
    { "letter.missingItems.title", QT_TRANSLATE_NOOP("JourneyTexts", "Missing items") },
    { "letter.missingItems.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The IND needs more papers or information before it can decide (herstel verzuim). "
                        "The letter says what is missing.") },
    { "letter.missingItems.todo",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Send what is missing before the date written in the letter. Can you not get "
                        "something in time? Tell the IND before that date, and say why.") },
    { "letter.missingItems.warning",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "If you do not answer in time, the IND can stop handling your application. If the 3 "
                        "months for nareis have passed by then, your family can lose the nareis route.") },
    { "letter.dnaOrInterview.title", QT_TRANSLATE_NOOP("JourneyTexts", "DNA test or interview") },
    { "letter.dnaOrInterview.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The IND wants to check the family bond with a DNA test or an interview "
                        "(identificerend gehoor) at a Dutch embassy.") },
    { "letter.dnaOrInterview.todo",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Tell your family at once. They make the appointment at the embassy before the date "
                        "written in the letter, and go to it.") },
    { "letter.dnaOrInterview.warning",
      QT_TRANSLATE_NOOP("JourneyTexts", "If your family does not go, the IND can refuse the application.") },
    { "letter.intentionToRefuse.title", QT_TRANSLATE_NOOP("JourneyTexts", "Intention to refuse") },
    { "letter.intentionToRefuse.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The IND plans to say no (voornemen). It has not decided yet. You can first give "
                        "your reaction (zienswijze).") },
    { "letter.intentionToRefuse.todo",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Contact a lawyer or the Juridisch Loket at once. Send your reaction before the date "
                        "written in the letter.") },
    { "letter.intentionToRefuse.warning",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "If you do not react in time, the IND decides without your reaction.") },
    { "letter.decisionYes.title", QT_TRANSLATE_NOOP("JourneyTexts", "Decision: yes") },
    { "letter.decisionYes.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The IND says yes to your application (beschikking). Your family can get the mvv at "
                        "the Dutch embassy.") },
    { "letter.decisionYes.todo",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Send a copy to your family. They must collect the mvv within 3 months of the date "
                        "of this letter.") },
    { "letter.decisionNo.title", QT_TRANSLATE_NOOP("JourneyTexts", "Decision: no") },
    { "letter.decisionNo.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The IND says no to your application (beschikking). The letter explains why.") },
    { "letter.decisionNo.todo",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Contact a lawyer or the Juridisch Loket this week. You can object (bezwaar) within "
                        "4 weeks of the date of this letter.") },
    { "letter.decisionNo.warning",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "After 4 weeks you can no longer object, and the no becomes final.") },
    { "letter.objectionGranted.title", QT_TRANSLATE_NOOP("JourneyTexts", "Objection: you are right") },
    { "letter.objectionGranted.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The IND agrees with your objection (gegrond). The letter says what happens now: a "
                        "yes, or a new decision.") },
    { "letter.objectionGranted.todo",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "Read the letter with your lawyer. If it is a yes, tell your family to collect the mvv.") },
    { "letter.objectionRefused.title", QT_TRANSLATE_NOOP("JourneyTexts", "Objection: still no") },
    { "letter.objectionRefused.what",
      QT_TRANSLATE_NOOP("JourneyTexts", "The IND keeps its no after your objection (ongegrond).") },
    { "letter.objectionRefused.todo",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Talk to your lawyer at once. You can go to court (beroep) within 4 weeks of the "
                        "date of this letter.") },
    { "letter.objectionRefused.warning",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "After 4 weeks you can no longer go to court, and the no becomes final.") },
    { "letter.mvvNotice.title", QT_TRANSLATE_NOOP("JourneyTexts", "mvv ready") },
    { "letter.mvvNotice.what",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family can collect the entry visa (mvv, machtiging tot voorlopig verblijf) at "
                        "the Dutch embassy.") },
    { "letter.mvvNotice.todo",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Tell your family to make an appointment at the embassy. They must collect the mvv "
                        "within 3 months of the decision.") },
    // Organisations that help: what each does.
    { "help.vluchtelingenwerk",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Volunteers and staff help refugees with family reunification. They can explain IND "
                        "letters and help with forms.") },
    { "help.juridischLoket",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Legal advice: free at their offices; by phone it costs 25 cents a minute. They can "
                        "refer you to a lawyer.") },
    { "help.raadVoorRechtsbijstand",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Pays all or part of a lawyer when your income is low. Your lawyer or the Juridisch "
                        "Loket arranges this.") },
    { "help.huisarts",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "The family doctor (GP). Your family visits the GP within 2 weeks of arrival. The GP can also help "
          "with stress and sleep problems, and can refer you to mental-health care.") },
    { "help.ggd",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The public health service. It does the TB check of your family after arrival.") },
    { "help.gemeente",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "The municipality registers your family in the BRP, and helps with housing and settling in.") },
    { "help.ind",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The immigration service decides on the application. Its letters are in Dutch.") },
    { "help.embassy",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Your family goes to the Dutch embassy for the DNA test or the interview, and to "
                        "collect the mvv.") },
    { "help.pharos",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "A Dutch centre of knowledge on the health of refugees. The tips in Samen on waiting "
                        "and on a refusal are based on its information.") },
    // Glossary: the explanation of each Dutch term (the term itself stays in Dutch).
    { "glossary.ind",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The Dutch immigration service (Immigratie- en Naturalisatiedienst). It decides on "
                        "your family's application.") },
    { "glossary.nareis",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Family reunification for refugees. It is free and has no income requirement, if you "
                        "apply within 3 months.") },
    { "glossary.mvv",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The entry visa for the Netherlands (machtiging tot voorlopig verblijf). The embassy "
                        "puts it in the passport.") },
    { "glossary.brp",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "The Dutch population register. Everyone who lives in the Netherlands is registered in it.") },
    { "glossary.beschikking",
      QT_TRANSLATE_NOOP("JourneyTexts", "An official decision of the IND, on paper.") },
    { "glossary.herstelVerzuim",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "A letter that something is missing from your application, with a date by which to send it.") },
    { "glossary.voornemen",
      QT_TRANSLATE_NOOP("JourneyTexts", "The IND plans to say no, but has not decided yet.") },
    { "glossary.zienswijze", QT_TRANSLATE_NOOP("JourneyTexts", "Your written reaction to a voornemen.") },
    { "glossary.bezwaar",
      QT_TRANSLATE_NOOP("JourneyTexts", "An objection: you ask the IND to look at its decision again.") },
    { "glossary.beroep",
      QT_TRANSLATE_NOOP("JourneyTexts", "An appeal: you ask a court to look at the decision.") },
    { "glossary.voorlopigeVoorziening",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "A quick measure a judge can take in an urgent case, while the appeal is running.") },
    { "glossary.ingebrekestelling",
      QT_TRANSLATE_NOOP("JourneyTexts", "A letter to the IND saying it is late with its decision.") },
    { "glossary.beslistermijn", QT_TRANSLATE_NOOP("JourneyTexts", "The time the IND has to decide.") },
    { "glossary.ontvangstbevestiging",
      QT_TRANSLATE_NOOP("JourneyTexts", "A letter that the IND has received your application.") },
    { "glossary.leges",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The fee for an application. Nareis has no fee; the regular route has one.") },
    { "glossary.legalisatie",
      QT_TRANSLATE_NOOP("JourneyTexts", "An official stamp that shows a paper from abroad is real.") },
    { "glossary.beedigdVertaler",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "A sworn translator. Papers that are not in Dutch, English, French or German need a "
                        "translation by a sworn translator.") },
    { "glossary.referent",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The person in the Netherlands who asks for the family to come: you.") },
    { "glossary.aStatus", QT_TRANSLATE_NOOP("JourneyTexts", "Refugee status.") },
    { "glossary.bStatus", QT_TRANSLATE_NOOP("JourneyTexts", "Subsidiary protection.") },
    { "glossary.kerngezin",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "The nuclear family: husband or wife by a registered marriage, and children under 18.") },
    { "glossary.amv",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "A child who came to the Netherlands alone, without father or mother.") },
    { "glossary.zevenaar",
      QT_TRANSLATE_NOOP("JourneyTexts", "The town where family members report to the IND after arrival.") },
    { "glossary.regulier",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The regular route for family reunification. It has a fee and asks for an income, "
                        "among other things.") },
    { "glossary.inburgering",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "The civic integration exam abroad. The regular route asks for it; nareis does not.") },
    { "glossary.dnaOnderzoek", QT_TRANSLATE_NOOP("JourneyTexts", "A DNA test to show a family bond.") },
    { "glossary.gehoor",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "An interview at the embassy about who someone is and about the family bond.") },
    { "glossary.ggd", QT_TRANSLATE_NOOP("JourneyTexts", "The public health service in your region.") },
    { "glossary.tbc", QT_TRANSLATE_NOOP("JourneyTexts", "A check for tuberculosis (TB) after arrival.") },
    { "glossary.huisarts", QT_TRANSLATE_NOOP("JourneyTexts", "The family doctor (GP).") },
    { "glossary.samenwoonvereiste",
      QT_TRANSLATE_NOOP("JourneyTexts", "The family members must live together with you.") },
    { "glossary.juridischLoket", QT_TRANSLATE_NOOP("JourneyTexts", "Legal advice, free at their offices.") },
    { "glossary.vluchtelingenwerk",
      QT_TRANSLATE_NOOP("JourneyTexts", "An organisation that helps refugees.") },
    { "glossary.tazkira", QT_TRANSLATE_NOOP("JourneyTexts", "The Afghan identity card.") },
    { "glossary.nikahNama",
      QT_TRANSLATE_NOOP("JourneyTexts", "The Islamic marriage certificate (Afghanistan).") },
    // Costs: amounts only where a source gives them.
    { "cost.nareisFee",
      QT_TRANSLATE_NOOP("JourneyTexts", "The nareis application itself has no fee (leges).") },
    { "cost.swornTranslation",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "A sworn translator charges for each translation. The price differs per translator, "
                        "so ask first.") },
    { "cost.legalisation",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Legalisation can cost money in the country of the papers and at the embassy. The "
                        "price differs per country. It is not sure that the IND asks for it for nareis.") },
    { "cost.passports",
      QT_TRANSLATE_NOOP("JourneyTexts", "Passports cost money. The price differs per country.") },
    { "cost.dnaTest",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "A DNA test can cost money. Ask the IND or the embassy who pays and how much.") },
    { "cost.travel",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The journey to the Netherlands costs money. Prices differ. Ask VluchtelingenWerk if "
                        "you need help.") },
    { "cost.regularFee",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "The regular route has a fee (leges) for each application. The amount is on the IND website.") },
    // Support for the wait and after a refusal (Pharos infosheet): title and text.
    { "support.waitExpect.title", QT_TRANSLATE_NOOP("JourneyTexts", "The wait is long") },
    { "support.waitExpect.text",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "The wait can take many months, and nobody can tell you exactly how long. Many "
                        "families find this very hard. Your feelings are normal.") },
    { "support.waitFamily.title", QT_TRANSLATE_NOOP("JourneyTexts", "Talking with your family") },
    { "support.waitFamily.text",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Tell your family what you know, and also what you do not know yet. Agree when you "
                        "will talk. That makes the waiting a little easier for both sides.") },
    { "support.waitMoney.title", QT_TRANSLATE_NOOP("JourneyTexts", "Pressure and money") },
    { "support.waitMoney.text",
      QT_TRANSLATE_NOOP(
          "JourneyTexts",
          "Family abroad may ask for money, or ask why it takes so long. It is not your fault. Say honestly "
          "what you can and cannot do. VluchtelingenWerk can help you think it through.") },
    { "support.waitStress.title", QT_TRANSLATE_NOOP("JourneyTexts", "Stress and sleep") },
    { "support.waitStress.text",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Worry, stress and bad sleep are common while you wait. Talk to someone you trust. "
                        "Your GP (huisarts) can help, and can refer you to mental-health care.") },
    { "support.refusalNews.title", QT_TRANSLATE_NOOP("JourneyTexts", "A no is hard") },
    { "support.refusalNews.text",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "A no is very hard news, for you and for your family. Take time, and do not stay "
                        "alone with it. Talk to someone you trust.") },
    { "support.refusalObjection.title", QT_TRANSLATE_NOOP("JourneyTexts", "You can object") },
    { "support.refusalObjection.text",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "A no is not always the end. You can object (bezwaar) within 4 weeks. Contact a "
                        "lawyer or the Juridisch Loket this week.") },
    { "support.refusalLawyer.title", QT_TRANSLATE_NOOP("JourneyTexts", "A lawyer can be free") },
    { "support.refusalLawyer.text",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "If your income is low, the costs of a lawyer are paid in full or in part. Ask the "
                        "Juridisch Loket.") },
    { "support.refusalAppeal.title", QT_TRANSLATE_NOOP("JourneyTexts", "After the objection") },
    { "support.refusalAppeal.text",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "If the IND still says no after your objection, you can go to court (beroep) within "
                        "4 weeks. Your lawyer does this for you.") },
    { "support.stayActive.title", QT_TRANSLATE_NOOP("JourneyTexts", "Keep going") },
    { "support.stayActive.text",
      QT_TRANSLATE_NOOP("JourneyTexts",
                        "Go on with school, work and Dutch lessons while you wait. It helps you now, and it "
                        "helps your family when they come.") },
};

const TextTable &table()
{
    return TextTable::of<context, entries>();
}

} // namespace

QString text(const QString &key)
{
    return table().text(key);
}

const char *source(const QString &key)
{
    return table().source(key);
}

bool hasText(const QString &key)
{
    return table().source(key) != nullptr;
}

QStringList keys()
{
    return table().keys();
}

QStringList keysOf(const samen::rules::RulePack &pack)
{
    return pack.journey.textKeys();
}

} // namespace JourneyTexts
