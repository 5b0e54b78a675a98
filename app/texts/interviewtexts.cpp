#include "texts/interviewtexts.h"

#include "texts/texttable.h"

#include <QCoreApplication>

namespace InterviewTexts {
namespace {

using samen::texts::TextEntry;
using samen::texts::TextTable;

constexpr char context[] = "InterviewTexts";

// Question texts and "why do we ask this?" texts, by the pack's keys.
constexpr TextEntry questionTexts[] = {
    { "q.case.applied",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Have you already sent the application for your family to the IND?") },
    { "why.case.applied",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "If you have not sent it yet, we count from today. If you sent it, the day you "
                        "sent it decides which rules count for your family.") },
    { "q.application.date",
      QT_TRANSLATE_NOOP("InterviewTexts", "On which day did you send the application for your family?") },
    { "why.application.date",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "The rules changed on 12 June 2026. The day you apply decides which "
                        "rules count for your family.") },
    { "q.sponsor.birthDate", QT_TRANSLATE_NOOP("InterviewTexts", "When were you born?") },
    { "why.sponsor.birthDate",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Some rules depend on your age. Young people who came alone have "
                        "extra rights.") },
    { "q.sponsor.arrivedUnaccompanied",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Did you come to the Netherlands alone, before you were 18? Alone "
                        "means without your father or mother.") },
    { "why.sponsor.arrivedUnaccompanied",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "A child who came alone may bring their parents and their young "
                        "brothers and sisters.") },
    { "q.sponsor.asylumApplicationDate",
      QT_TRANSLATE_NOOP("InterviewTexts", "On which day did you ask for asylum in the Netherlands?") },
    { "why.sponsor.asylumApplicationDate",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "If you came alone as a child, your age on that day counts. For a child of yours who is "
          "18 or older now, the child's age on that day counts: a child who was under 18 then may "
          "still count as a child.") },
    { "q.sponsor.decisionDate",
      QT_TRANSLATE_NOOP("InterviewTexts", "Which date is on the IND letter that gave you asylum?") },
    { "why.sponsor.decisionDate",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "You have 3 months from this date to apply for your family with "
                        "nareis. After that it is much harder.") },
    { "q.sponsor.status", QT_TRANSLATE_NOOP("InterviewTexts", "Which protection did you get?") },
    { "why.sponsor.status",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Since 12 June 2026, people with subsidiary protection must wait about 2 "
                        "years before they can bring their family.") },
    { "q.sponsor.country", QT_TRANSLATE_NOOP("InterviewTexts", "Which country are you from?") },
    { "why.sponsor.country",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Each country has its own papers. We use this to tell you which "
                        "papers your family can get.") },
    { "q.member.relation", QT_TRANSLATE_NOOP("InterviewTexts", "Who is this person to you?") },
    { "why.member.relation",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "The rules are different for a husband or wife, a child, a parent, "
                        "and a brother or sister.") },
    { "q.member.birthDate", QT_TRANSLATE_NOOP("InterviewTexts", "When was this person born?") },
    { "why.member.birthDate",
      QT_TRANSLATE_NOOP("InterviewTexts", "Some rules depend on age: under 18, or 18 and older.") },
    { "q.member.bondBeforeEntry",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Were you already married or together before you came to the Netherlands?") },
    { "why.member.bondBeforeEntry",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Nareis is only for family that already existed before you came.") },
    { "q.member.childBondBeforeEntry",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Was this child already part of your family before you came to the Netherlands?") },
    { "why.member.childBondBeforeEntry",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Nareis is only for children who already belonged to your family before you came.") },
    { "q.member.chosenPartner",
      QT_TRANSLATE_NOOP("InterviewTexts", "Is this the husband, wife or partner you choose to bring?") },
    { "why.member.chosenPartner",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "The law lets only one husband, wife or partner come. You choose "
                        "who.") },
    { "q.member.parentId", QT_TRANSLATE_NOOP("InterviewTexts", "Who is the other parent of this child?") },
    { "why.member.parentId",
      QT_TRANSLATE_NOOP("InterviewTexts", "For a child of a partner who cannot come, you may need advice.") },
    { "q.member.married", QT_TRANSLATE_NOOP("InterviewTexts", "Is this person married?") },
    { "why.member.married",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "A child who is 18 or older and married cannot come with nareis.") },
    { "q.member.ownPartner",
      QT_TRANSLATE_NOOP("InterviewTexts", "Does this person have a partner of their own?") },
    { "why.member.ownPartner",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "A child who is 18 or older and has a partner cannot come with "
                        "nareis.") },
    { "q.member.otherParentStaysBehind",
      QT_TRANSLATE_NOOP("InterviewTexts", "Does the other parent of this child stay behind?") },
    { "why.member.otherParentStaysBehind",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Then that parent must give written permission for the child to "
                        "come. We put it on the list of papers.") },
    { "q.member.mentionedInAsylum",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Did you tell the IND about this person during your asylum "
                        "procedure?") },
    { "why.member.mentionedInAsylum",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "If the IND never heard of this person, they may doubt that you are "
                        "family.") },
    { "q.case.indDecided",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Has the IND already decided on your application (a yes or a no)?") },
    { "why.case.indDecided",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "Since 12 June 2026 the IND also uses the new, stricter rules for applications it had not "
          "decided yet. Whether the IND decided before that day changes which rules count for your "
          "family.") },
    { "q.case.indDecisionDate",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "On which day did the IND decide on the application for your family?") },
    { "why.case.indDecisionDate",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "A decision from before 12 June 2026 was made under the old rules. A later decision may "
          "use the new rules.") },
    { "q.sponsor.derivedPermit",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "Did you get your own residence permit through nareis, because a family member in the "
          "Netherlands asked for you?") },
    { "why.sponsor.derivedPermit",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "Someone who came through nareis cannot bring family with nareis. Then a lawyer must look "
          "at your situation.") },
    { "q.sponsor.livesWithPartnerInNL",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Do you live together with a new partner here in the Netherlands?") },
    { "why.sponsor.livesWithPartnerInNL",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "If you live with a new partner here, the IND may not let a husband, wife or partner from "
          "abroad come with nareis. Your answer stays on this phone. Nobody else sees it.") },
    { "q.sponsor.ownFamilyInNL",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "Do you now have a husband, wife, partner or child of your own here in the Netherlands?") },
    { "why.sponsor.ownFamilyInNL",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "You came alone as a child. If you now have a family of your own here, the rules for "
                        "bringing your parents can change. Then you need advice.") },
    { "q.member.marriageRegistered",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "Is your marriage registered by the government, with an official marriage certificate? A "
          "wedding only in a mosque or church, or only with the families, is not registered.") },
    { "why.member.marriageRegistered",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "Under the new rules only a registered marriage counts as a marriage. For a religious or "
          "traditional marriage you need advice.") },
};

// Rule explanations: the reason shown on the result screen, one or two plain sentences.
constexpr TextEntry ruleTexts[] = {
    { "rule.sponsor.derivedPermit",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "You came to the Netherlands through nareis yourself. Then you cannot bring family with "
          "nareis. A lawyer must look at your situation.") },
    { "rule.partner.newPartnerInNL",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "You live with a new partner in the Netherlands. Then the IND may not let a husband, wife "
          "or partner from abroad come. A lawyer must look at this.") },
    { "rule.amv.ownFamily",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "You came alone as a child, and now you have a family of your own here. The IND may say "
          "that the bond with your parents is broken. Ask for advice.") },
    { "rule.child.adult.c279",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "The child is 18 or older now, but was under 18 on the day you asked for asylum, and you "
          "apply within the 3 months. Then the child still counts as a child (European Court of "
          "Justice, case C-279/20).") },
    { "rule.child.adult.dependency",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "The child is 18 or older. The IND only says yes when the child depends on you much more "
          "than usual. The IND also looks at reasons against it: the child lives on their own, "
          "earns their own money, or has a child of their own.") },
    { "rule.nl2026.spouse.notRegistered",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "Since 12 June 2026 only a registered marriage counts. A religious or traditional "
          "marriage that was never registered is not enough for nareis. There may be other ways: "
          "see a lawyer.") },
    { "rule.nl2026.partnerChild.advice",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "The parent of this child is not your husband or wife by a registered marriage in this "
          "application. Since 12 June 2026 such a child can in principle no longer come with nareis. "
          "There are exceptions: see a lawyer.") },
    { "rule.nl2026.amv.sibling",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "You came alone as a child. It is not yet sure if your brothers and sisters can still "
          "come under the new rules. Ask for advice.") },
    { "rule.pending.bstatus",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "This applies if you sent the application before 12 June 2026 and the IND had not decided by "
          "then. The IND now also uses the new rules for such applications: people with subsidiary "
          "protection must wait about 2 years. Courts are still testing this. See a lawyer now. Free "
          "legal help is possible through the Juridisch Loket.") },
    { "rule.pending.outsideKerngezin",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "This applies if you sent the application before 12 June 2026 and the IND had not decided by "
          "then. The IND now also uses the new rules for such applications: only a husband or wife of a "
          "registered marriage and children under 18 can come. Courts are still testing this. See a "
          "lawyer now. Free legal help is possible through the Juridisch Loket.") },
    { "rule.pending.adultChild",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "This applies if you sent the application before 12 June 2026 and the IND had not decided by "
          "then. The IND now also uses the new rules for such applications: a child of 18 or older can "
          "in principle no longer come. The IND also looks at whether the child lives on their own, "
          "earns money or has a child. Courts are still testing this. See a lawyer now. Free legal help "
          "is possible through the Juridisch Loket.") },
    { "rule.pending.amvSibling",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "This applies if you sent the application before 12 June 2026 and the IND had not decided by "
          "then. The IND now also uses the new rules for such applications, and it is not sure if "
          "brothers and sisters can still come. See a lawyer now. Free legal help is possible through "
          "the Juridisch Loket.") },
    { "rule.unknown.derivedPermit",
      QT_TRANSLATE_NOOP("InterviewTexts", "We do not know if you got your own permit through nareis.") },
    { "rule.unknown.livesWithPartnerInNL",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "We do not know if you live with a new partner in the Netherlands.") },
    { "rule.unknown.ownFamilyInNL",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "We do not know if you have a family of your own in the Netherlands.") },
    { "rule.unknown.marriageRegistered",
      QT_TRANSLATE_NOOP("InterviewTexts", "We do not know if your marriage is registered.") },
    { "rule.unknown.asylumApplicationDate",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "We do not know the day you asked for asylum. For a child of 18 or older, the child's age "
          "on that day counts.") },
    { "rule.unknown.parentRelation",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "We do not know who the other parent of this child is. Under the new rules this matters.") },
    { "regime.reason.before",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "You apply before 12 June 2026, so the rules from before that day count.") },
    { "regime.reason.decidedBefore",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "The IND decided on your application before 12 June 2026, so the rules from before that "
          "day count.") },
    { "regime.reason.pending",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "You applied before 12 June 2026, and the IND had not decided by then. The IND uses the "
          "new rules for such applications too. Courts are testing this.") },
    { "regime.reason.decidedAfter",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "The IND decided on your application after 12 June 2026. It uses the new rules for such "
          "applications too. Courts are testing this.") },
    { "regime.reason.after",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Your application is from 12 June 2026 or later, so the new rules count.") },
    { "regime.reason.unknownDecision",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "We do not know all the dates that decide which rules count: when you applied, or if the "
          "IND decided before 12 June 2026. So we show the careful answer: the new rules may count.") },
    { "rule.onePartner.other",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Only one husband, wife or partner can come. You chose someone "
                        "else.") },
    { "rule.onePartner.ownChild",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "This is your child, but the other parent is a partner who cannot "
                        "come. The law is not clear here.") },
    { "rule.onePartner.otherChild",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "This child is not your own, and their parent is a partner who "
                        "cannot come.") },
    { "rule.spouse.minor",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "A husband or wife can only come when both of you are 18 or "
                        "older.") },
    { "rule.spouse.afterEntry",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "You married after you came to the Netherlands. Then only the "
                        "regular route is open.") },
    { "rule.spouse.nareis",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "You were married before you came, and you are both 18 or older.") },
    { "rule.partner.minor",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "The partner is under 18. The law is not clear for this. Ask for advice.") },
    { "rule.partner.afterEntry",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Your relationship started after you came to the Netherlands. Then "
                        "only the regular route is open.") },
    { "rule.partner.nareis",
      QT_TRANSLATE_NOOP("InterviewTexts", "You were already together before you came.") },
    { "rule.child.notFamilyBefore",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "The child did not belong to your family before you came. The law is not "
                        "clear for this. Ask for advice.") },
    { "rule.child.minor.nareis",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "The child is under 18 and belonged to your family before you "
                        "came.") },
    { "rule.child.adult.married",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "The child is 18 or older and married or has a partner. Such a child "
                        "cannot come with nareis.") },
    { "rule.notMentioned",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "You did not tell the IND about this person during your asylum "
                        "procedure. The IND may doubt that you are family.") },
    { "rule.late.regular",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "The 3 months after your IND letter have passed. Now only the regular "
                        "route is open, unless the IND accepts a good reason for the delay.") },
    { "rule.late.amv",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "The 3 months after your IND letter have passed. For parents and "
                        "brothers and sisters there is no regular route.") },
    { "rule.family.adultSponsor",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Parents and brothers and sisters can only come with nareis when you "
                        "came alone as a child.") },
    { "rule.amv.parent.nareis",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "You came alone as a child, so your parents may come. This is true "
                        "even if you are 18 now.") },
    { "rule.amv.sibling.nareis",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "You came alone as a child, so your brothers and sisters under 18 "
                        "may come.") },
    { "rule.amv.sibling.adult",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "This brother or sister is 18 or older. The law is not clear for "
                        "them.") },
    { "rule.nl2026.bstatus.adultWhenWaitEnds",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "You have subsidiary protection, so you can apply only after about 2 years. By then this "
          "child will be 18 or older, and since 12 June 2026 a child of 18 or older can in principle "
          "no longer come. See a lawyer now.") },
    { "rule.nl2026.bstatus.wait",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "You have subsidiary protection. Since 12 June 2026 you must wait about 2 years. It is "
          "not yet sure from which day the 2 years count (the date of your IND letter or the start "
          "of your permit): check the exact date with a lawyer. After that you need an income and "
          "your own home.") },
    { "rule.nl2026.bstatus.waitOver",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "You have subsidiary protection and about 2 years have passed. Now you need an income and "
          "your own home. Check with a lawyer that the 2 years are really over.") },
    { "rule.nl2026.spouse.nareis",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "You have refugee status. You were married before you came, and you "
                        "are both 18 or older.") },
    { "rule.nl2026.child.nareis",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "You have refugee status. The child is under 18 and belonged to your "
                        "family before you came.") },
    { "rule.nl2026.partner.advice",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "Since 12 June 2026 a partner you are not married to can in principle no longer come with "
          "nareis. There are exceptions: see a lawyer.") },
    { "rule.nl2026.adultChild.advice",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "Since 12 June 2026 a child of 18 or older can in principle no longer come. The IND also "
          "looks at whether the child lives on their own, earns money or has a child. There are "
          "exceptions: see a lawyer.") },
    { "rule.nl2026.foster.advice",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "Since 12 June 2026 a foster child can in principle no longer come with nareis. There are "
          "exceptions: see a lawyer.") },
    { "rule.nl2026.amv.bstatus",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "You came alone as a child and have subsidiary protection. The new "
                        "law is not clear for this.") },
    { "rule.unknown.relation",
      QT_TRANSLATE_NOOP("InterviewTexts", "We do not know who this person is to you.") },
    { "rule.unknown.status",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "We do not know which protection you have. It is in your IND "
                        "letter.") },
    { "rule.unknown.decisionDate",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "We do not know the date of your IND letter, so we cannot count the "
                        "3 months.") },
    { "rule.unknown.applicationDate",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "We do not know the day you sent the application. It decides which rules count and "
                        "if you were in time. The IND letter that confirms your application shows it.") },
    { "rule.unknown.sponsorAge", QT_TRANSLATE_NOOP("InterviewTexts", "We do not know your age.") },
    { "rule.unknown.sponsorAgeAtAsylum",
      QT_TRANSLATE_NOOP("InterviewTexts", "We do not know how old you were when you asked for asylum.") },
    { "rule.unknown.arrivedUnaccompanied",
      QT_TRANSLATE_NOOP("InterviewTexts", "We do not know if you came alone as a child.") },
    { "rule.unknown.age", QT_TRANSLATE_NOOP("InterviewTexts", "We do not know the age of this person.") },
    { "rule.unknown.bondBeforeEntry",
      QT_TRANSLATE_NOOP("InterviewTexts", "We do not know if you were already family before you came.") },
    { "rule.unknown.mentionedInAsylum",
      QT_TRANSLATE_NOOP("InterviewTexts", "We do not know if you told the IND about this person.") },
    { "rule.unknown.married",
      QT_TRANSLATE_NOOP("InterviewTexts", "We do not know if this person is married.") },
    { "rule.unknown.ownPartner",
      QT_TRANSLATE_NOOP("InterviewTexts", "We do not know if this person has a partner of their own.") },
    { "rule.unknown.chosenPartner",
      QT_TRANSLATE_NOOP("InterviewTexts", "We do not know which husband, wife or partner you choose.") },
    { "deadline.window",
      QT_TRANSLATE_NOOP("InterviewTexts", "Apply within 3 months after the date on your IND letter.") },
};

constexpr TextEntry helpTexts[] = {
    { "case.indDecided",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "If you got a letter from the IND that says yes or no to the application for your family "
          "(in Dutch: beschikking), the IND has decided. A letter that only says the IND received "
          "your application is not a decision.") },
    { "case.indDecisionDate",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "The date is at the top of the first page of the IND letter with the decision.") },
    { "member.marriageRegistered",
      QT_TRANSLATE_NOOP(
          "InterviewTexts",
          "A registered marriage has an official marriage certificate from the government of the "
          "country where you married.") },
    { "sponsor.decisionDate",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "Look at the IND letter that says you may stay (in Dutch: "
                        "beschikking). The date is at the top of the first page, under the "
                        "address of the IND. It is not the date on your residence card: that "
                        "is the day you asked for asylum.") },
    { "sponsor.asylumApplicationDate",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "This date is on your residence card, after \"valid from\" (in Dutch: "
                        "geldig vanaf).") },
    { "sponsor.status",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "It is in your IND letter. \"Vluchteling\" means refugee status. "
                        "\"Subsidiaire bescherming\" means subsidiary protection.") },
    { "application.date",
      QT_TRANSLATE_NOOP("InterviewTexts",
                        "It is on the letter or e-mail in which the IND confirms your application. If "
                        "you do not know the day, choose \"I don't know\".") },
};

constexpr TextEntry optionTexts[] = {
    { "refugee", QT_TRANSLATE_NOOP("InterviewTexts", "Refugee status (a-status)") },
    { "subsidiary", QT_TRANSLATE_NOOP("InterviewTexts", "Subsidiary protection (b-status)") },
    { "SY", QT_TRANSLATE_NOOP("InterviewTexts", "Syria") },
    { "ER", QT_TRANSLATE_NOOP("InterviewTexts", "Eritrea") },
    { "AF", QT_TRANSLATE_NOOP("InterviewTexts", "Afghanistan") },
    { "SO", QT_TRANSLATE_NOOP("InterviewTexts", "Somalia") },
    { "YE", QT_TRANSLATE_NOOP("InterviewTexts", "Yemen") },
    { "other", QT_TRANSLATE_NOOP("InterviewTexts", "Another country") },
    { "spouse", QT_TRANSLATE_NOOP("InterviewTexts", "Husband or wife") },
    { "partner", QT_TRANSLATE_NOOP("InterviewTexts", "Partner (not married)") },
    { "child", QT_TRANSLATE_NOOP("InterviewTexts", "Child") },
    { "adopted_child", QT_TRANSLATE_NOOP("InterviewTexts", "Adopted child") },
    { "foster_child", QT_TRANSLATE_NOOP("InterviewTexts", "Foster child") },
    { "partner_child", QT_TRANSLATE_NOOP("InterviewTexts", "Child of your partner") },
    { "parent", QT_TRANSLATE_NOOP("InterviewTexts", "Father or mother") },
    { "sibling", QT_TRANSLATE_NOOP("InterviewTexts", "Brother or sister") },
};

// Options whose words depend on the question, by "questionId:value".
constexpr TextEntry questionOptionTexts[] = {
    { "member.parentId:other",
      QT_TRANSLATE_NOOP("InterviewTexts", "Someone else, who is not in this application") },
};

template<const auto &Entries> QString lookup(const QString &key)
{
    return TextTable::of<context, Entries>().text(key);
}

} // namespace

QString text(const QString &key)
{
    const QString question = lookup<questionTexts>(key);
    return question.isEmpty() ? lookup<ruleTexts>(key) : question;
}

bool hasText(const QString &key)
{
    return !text(key).isEmpty();
}

QString help(const QString &questionId)
{
    return lookup<helpTexts>(questionId);
}

QString optionLabel(const QString &questionId, const QString &value)
{
    const QString special = lookup<questionOptionTexts>(questionId + u':' + value);
    return special.isEmpty() ? lookup<optionTexts>(value) : special;
}

QString relationNoun(const QString &relation)
{
    return lookup<optionTexts>(relation);
}

QString relationIcon(const QString &relation)
{
    if (relation == u"spouse" || relation == u"partner")
        return QStringLiteral("relation-partner");
    if (relation == u"parent")
        return QStringLiteral("relation-parent");
    if (relation == u"sibling")
        return QStringLiteral("relation-sibling");
    return QStringLiteral("relation-child");
}

QString outcomeTitle(samen::rules::Outcome outcome)
{
    using samen::rules::Outcome;
    switch (outcome) {
    case Outcome::Nareis:
        return QCoreApplication::translate("InterviewTexts", "Can come with nareis");
    case Outcome::Regular:
        return QCoreApplication::translate("InterviewTexts", "Only the regular route");
    case Outcome::Wait:
        return QCoreApplication::translate("InterviewTexts", "Must wait");
    case Outcome::NotEligible:
        return QCoreApplication::translate("InterviewTexts", "Cannot come with nareis");
    case Outcome::Advice:
        return QCoreApplication::translate("InterviewTexts", "Ask for advice");
    }
    return {};
}

QString outcomeNextStep(samen::rules::Outcome outcome, bool applied)
{
    using samen::rules::Outcome;
    switch (outcome) {
    case Outcome::Nareis:
        if (applied)
            return QCoreApplication::translate("InterviewTexts",
                                               "The application is sent. Answer every IND letter before "
                                               "the date in it, and keep the papers ready.");
        return QCoreApplication::translate("InterviewTexts",
                                           "Apply before the deadline. Nareis is free and there is no "
                                           "income requirement. Start gathering the papers now.");
    case Outcome::Regular:
        return QCoreApplication::translate("InterviewTexts",
                                           "The regular route asks for an income, fees and health "
                                           "insurance. Talk to a volunteer or a lawyer before you "
                                           "apply.");
    case Outcome::Wait:
        return QCoreApplication::translate("InterviewTexts",
                                           "You cannot apply yet. Keep your papers ready, and talk to "
                                           "a volunteer about income and housing.");
    case Outcome::NotEligible:
        return QCoreApplication::translate("InterviewTexts",
                                           "If your situation is special, a lawyer can check it. You "
                                           "can find a lawyer through the Juridisch Loket.");
    case Outcome::Advice:
        return QCoreApplication::translate("InterviewTexts",
                                           "The rules are not clear for this situation. Show this "
                                           "screen to a volunteer of VluchtelingenWerk, or to a lawyer "
                                           "through the Juridisch Loket.");
    }
    return {};
}

QString outcomeIcon(samen::rules::Outcome outcome)
{
    using samen::rules::Outcome;
    switch (outcome) {
    case Outcome::Nareis:
        return QStringLiteral("outcome-yes");
    case Outcome::Regular:
        return QStringLiteral("outcome-regular");
    case Outcome::Wait:
        return QStringLiteral("outcome-wait");
    case Outcome::NotEligible:
        return QStringLiteral("outcome-no");
    case Outcome::Advice:
        return QStringLiteral("outcome-advice");
    }
    return {};
}

QString answerProblem(const QString &error)
{
    if (error.contains(u"after the application date"))
        return QCoreApplication::translate("InterviewTexts",
                                           "This date is after the day you apply. Please check it.");
    if (error.contains(u"only one spouse or partner"))
        return QCoreApplication::translate("InterviewTexts",
                                           "You already chose another husband, wife or partner. Only "
                                           "one can come.");
    if (error.contains(u"after the date of today"))
        return QCoreApplication::translate("InterviewTexts",
                                           "This date is in the future. Please choose a day that has "
                                           "passed.");
    if (error.startsWith(u"indDecisionDate") && error.contains(u"before the application date"))
        return QCoreApplication::translate("InterviewTexts",
                                           "The IND cannot decide before the day you applied. Please check "
                                           "both dates.");
    if (error.contains(u"after the") || error.contains(u"before the") || error.contains(u": before "))
        return QCoreApplication::translate("InterviewTexts",
                                           "This date does not fit with a date you gave before. Please "
                                           "check both dates.");
    return QCoreApplication::translate("InterviewTexts", "This answer does not fit. Please check it.");
}

QStringList keysOf(const samen::rules::RulePack &pack)
{
    QStringList keys;
    for (const auto &question : pack.questions)
        keys << question.textKey << question.whyKey;
    for (const auto &rule : pack.rules)
        keys << rule.explanationKey;
    for (const auto &regime : pack.regimes) {
        for (const auto &selector : regime.selectWhen)
            keys << selector.reasonKey;
    }
    keys << pack.regimeIfUnknownReasonKey;
    if (const auto *window = pack.deadline(pack.windowDeadline))
        keys << window->explanationKey;
    return keys;
}

} // namespace InterviewTexts
