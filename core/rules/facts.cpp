#include "rules/facts.h"

#include "rules/deadlines.h"
#include "rules/regimeselection.h"

#include <algorithm>

namespace samen::rules {
namespace {

void putBool(Facts &facts, const QString &id, std::optional<bool> value)
{
    if (value)
        facts.insert(id, *value);
}

void putDate(Facts &facts, const QString &id, std::optional<QDate> value)
{
    if (value)
        facts.insert(id, datemath::toIso(*value));
}

// Age on the application date; nothing when that date is not known (sent on a day the user
// does not know: Evaluator tries every day it can be).
std::optional<int> ageOnApplication(QDate birth, const Case &input)
{
    if (!input.applicationDateKnown)
        return std::nullopt;
    return datemath::ageOn(birth, input.applicationDate);
}

void putNumber(Facts &facts, const QString &id, std::optional<int> value)
{
    if (value)
        facts.insert(id, *value);
}

bool isPartner(const Member &member)
{
    return member.relation == u"spouse"_qs || member.relation == u"partner"_qs;
}

bool isChild(const Member &member)
{
    return member.relation == u"child"_qs || member.relation == u"adopted_child"_qs ||
        member.relation == u"foster_child"_qs || member.relation == u"partner_child"_qs;
}

void putSponsorFacts(Facts &facts, const Case &input)
{
    const Sponsor &sponsor = input.sponsor;
    if (sponsor.status)
        facts.insert(u"sponsorStatus"_qs, *sponsor.status);
    if (sponsor.birthDate) {
        putNumber(facts, u"sponsorAge"_qs, ageOnApplication(*sponsor.birthDate, input));
        if (sponsor.asylumApplicationDate)
            facts.insert(u"sponsorAgeAtAsylum"_qs,
                         datemath::ageOn(*sponsor.birthDate, *sponsor.asylumApplicationDate));
    }
    putBool(facts, u"arrivedUnaccompanied"_qs, sponsor.arrivedUnaccompanied);
    putBool(facts, u"derivedPermit"_qs, sponsor.derivedPermit);
    putBool(facts, u"livesWithPartnerInNL"_qs, sponsor.livesWithPartnerInNL);
    putBool(facts, u"ownFamilyInNL"_qs, sponsor.ownFamilyInNL);
    putBool(facts, u"indDecided"_qs, input.indDecided);
    putBool(facts, u"applied"_qs, input.applied);
    putDate(facts, u"indDecisionDate"_qs, input.indDecisionDate);
    putDate(facts, u"today"_qs, input.today);
    if (!sponsor.country.isEmpty())
        facts.insert(u"country"_qs, sponsor.country);
    const auto partners = std::count_if(input.members.cbegin(), input.members.cend(), isPartner);
    facts.insert(u"partnerCount"_qs, int(partners));
    const auto adultChildren =
        std::count_if(input.members.cbegin(), input.members.cend(), [&](const Member &member) {
            // Sent on a day not known: an adult on any day it can be counts (today is the latest).
            return isChild(member) && member.birthDate &&
                datemath::ageOn(*member.birthDate, input.applicationDate) >= 18;
        });
    facts.insert(u"adultChildCount"_qs, int(adultChildren));
    for (const QString &name : dateNames())
        putDate(facts, name, namedDate(input, name));
}

const QString dateSuffix = QStringLiteral(".date");

void putDeadlineFacts(Facts &facts, const RulePack &pack, const Case &input)
{
    for (const auto &deadline : computeDeadlines(pack, input)) {
        if (input.applicationDateKnown) {
            facts.insert(deadline.id + u".passed"_qs, input.applicationDate > deadline.date);
            facts.insert(deadline.id + u".reached"_qs, input.applicationDate >= deadline.date);
        }
        facts.insert(deadline.id + dateSuffix, datemath::toIso(deadline.date));
    }
}

// "<deadline>.age": the member's age on each deadline's date (e.g. the day a wait ends), from
// the case facts' "<deadline>.date".
void putAgesOnDeadlines(Facts &facts, const Member &member)
{
    if (!member.birthDate)
        return;
    QList<std::pair<QString, int>> ages;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        if (it.key().endsWith(dateSuffix)) {
            const QDate date = QDate::fromString(it.value().toString(), Qt::ISODate);
            ages.append({ it.key().chopped(dateSuffix.size()) + u".age"_qs,
                          datemath::ageOn(*member.birthDate, date) });
        }
    }
    for (const auto &[id, age] : ages)
        facts.insert(id, age);
}

const Member *findMember(const Case &input, const QString &id)
{
    for (const auto &member : input.members) {
        if (member.id == id)
            return &member;
    }
    return nullptr;
}

void putParentFacts(Facts &facts, const Case &input, const Member &member, int partners)
{
    const Member *parent = member.parentId.isEmpty() ? nullptr : findMember(input, member.parentId);
    if (parent && parent->relation)
        facts.insert(u"parentRelation"_qs, *parent->relation);
    else if (member.parentId == otherParentId)
        facts.insert(u"parentRelation"_qs, otherParentId);
    if (parent && parent->relation == u"spouse"_qs)
        putBool(facts, u"parentMarriageRegistered"_qs, parent->marriageRegistered);
    if (!parent || !isPartner(*parent)) {
        facts.insert(u"parentNotChosen"_qs, false);
        return;
    }
    if (parent->chosenPartner)
        facts.insert(u"parentNotChosen"_qs, !*parent->chosenPartner);
    else if (partners == 1)
        facts.insert(u"parentNotChosen"_qs, false);
}

void putMemberFacts(Facts &facts, const Case &input, const Member &member)
{
    if (member.relation)
        facts.insert(u"relation"_qs, *member.relation);
    if (member.birthDate)
        putNumber(facts, u"age"_qs, ageOnApplication(*member.birthDate, input));
    if (member.birthDate && input.sponsor.asylumApplicationDate)
        facts.insert(u"ageAtSponsorAsylum"_qs,
                     datemath::ageOn(*member.birthDate, *input.sponsor.asylumApplicationDate));
    putBool(facts, u"marriageRegistered"_qs, member.marriageRegistered);
    putBool(facts, u"bondBeforeEntry"_qs, member.bondBeforeEntry);
    putBool(facts, u"mentionedInAsylum"_qs, member.mentionedInAsylum);
    putBool(facts, u"married"_qs, member.married);
    putBool(facts, u"ownPartner"_qs, member.ownPartner);
    putBool(facts, u"otherParentStaysBehind"_qs, member.otherParentStaysBehind);
    const int partners = facts.value(u"partnerCount"_qs).toInt();
    if (member.chosenPartner)
        facts.insert(u"chosenPartner"_qs, *member.chosenPartner);
    else if (isPartner(member) && partners == 1)
        facts.insert(u"chosenPartner"_qs, true);
    putParentFacts(facts, input, member, partners);
    putAgesOnDeadlines(facts, member);
}

} // namespace

const QHash<QString, QString> &knownFactTypes()
{
    static const QHash<QString, QString> types = [] {
        QHash<QString, QString> map;
        const QString boolean = QStringLiteral("bool");
        const QString number = QStringLiteral("number");
        const QString string = QStringLiteral("string");
        for (const auto *id : { "arrivedUnaccompanied", "bondBeforeEntry", "mentionedInAsylum", "married",
                                "ownPartner", "chosenPartner", "parentNotChosen", "otherParentStaysBehind",
                                "derivedPermit", "livesWithPartnerInNL", "ownFamilyInNL",
                                "marriageRegistered", "parentMarriageRegistered", "indDecided", "applied" })
            map.insert(QString::fromLatin1(id), boolean);
        for (const auto *id : { "sponsorAge", "sponsorAgeAtAsylum", "age", "partnerCount",
                                "ageAtSponsorAsylum", "adultChildCount" })
            map.insert(QString::fromLatin1(id), number);
        for (const auto *id : { "sponsorStatus", "relation", "country", "parentRelation", "regime" })
            map.insert(QString::fromLatin1(id), string);
        for (const QString &name : dateNames())
            map.insert(name, QStringLiteral("date"));
        map.insert(QStringLiteral("today"), QStringLiteral("date"));
        map.insert(QStringLiteral("indDecisionDate"), QStringLiteral("date"));
        return map;
    }();
    return types;
}

bool factIsAboutMember(const QString &id)
{
    static const QStringList memberFacts = {
        u"relation"_qs,
        u"age"_qs,
        u"bondBeforeEntry"_qs,
        u"mentionedInAsylum"_qs,
        u"married"_qs,
        u"ownPartner"_qs,
        u"chosenPartner"_qs,
        u"parentNotChosen"_qs,
        u"parentRelation"_qs,
        u"otherParentStaysBehind"_qs,
        u"marriageRegistered"_qs,
        u"parentMarriageRegistered"_qs,
        u"ageAtSponsorAsylum"_qs,
    };
    return memberFacts.contains(id) || id.endsWith(u".age");
}

QList<Condition> conditionsOn(const RulePack &pack, const QString &id)
{
    QList<Conditions> all;
    for (const auto &regime : pack.regimes) {
        for (const auto &selector : regime.selectWhen)
            all << selector.when;
        for (const auto &rows : regime.relations) {
            for (const auto &row : rows)
                all << row.when;
        }
    }
    for (const auto &document : pack.documents)
        all << document.when;
    for (const auto &question : pack.questions)
        all << question.askIf << question.askIfAny;
    QList<Condition> found;
    for (const auto &conditions : std::as_const(all)) {
        for (const auto &condition : conditions) {
            if (condition.fact == id)
                found << condition;
        }
    }
    return found;
}

namespace {

// Sent on a day not known (between the referent's decision date and today): the fact
// "applicationDate" is still known to the pack when both ends of that span answer each of its
// comparisons alike (it compares the day with fixed days, so every day between answers alike).
void putApplicationDateWithinSpan(Facts &facts, const RulePack &pack, const Case &input)
{
    if (input.applicationDateKnown || !input.sponsor.decisionDate)
        return;
    using Op = Condition::Op;
    const Facts first { { u"applicationDate"_qs, datemath::toIso(*input.sponsor.decisionDate) } };
    const Facts last { { u"applicationDate"_qs, datemath::toIso(input.applicationDate) } };
    for (const Condition &condition : conditionsOn(pack, u"applicationDate"_qs)) {
        const bool ordered = condition.op == Op::Less || condition.op == Op::LessOrEqual ||
            condition.op == Op::Greater || condition.op == Op::GreaterOrEqual;
        if (!ordered || evaluateAll({ condition }, first) != evaluateAll({ condition }, last))
            return;
    }
    facts.insert(u"applicationDate"_qs, datemath::toIso(input.applicationDate));
}

} // namespace

Facts caseFactsFor(const RulePack &pack, const Case &input)
{
    Facts facts;
    putSponsorFacts(facts, input);
    putApplicationDateWithinSpan(facts, pack, input);
    putDeadlineFacts(facts, pack, input);
    if (const RegimeChoice choice = selectRegime(pack, facts); choice.regime)
        facts.insert(u"regime"_qs, choice.regime->id);
    return facts;
}

Facts withMemberFacts(Facts caseFacts, const Case &input, const Member &member)
{
    putMemberFacts(caseFacts, input, member);
    return caseFacts;
}

Facts factsFor(const RulePack &pack, const Case &input, const Member *member)
{
    Facts facts = caseFactsFor(pack, input);
    return member ? withMemberFacts(std::move(facts), input, *member) : facts;
}

} // namespace samen::rules
