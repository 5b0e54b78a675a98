#include "rules/facts.h"

#include "rules/deadlines.h"

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

bool isPartner(const Member &member)
{
    return member.relation == u"spouse"_qs || member.relation == u"partner"_qs;
}

void putSponsorFacts(Facts &facts, const Case &input)
{
    const Sponsor &sponsor = input.sponsor;
    if (sponsor.status)
        facts.insert(u"sponsorStatus"_qs, *sponsor.status);
    if (sponsor.birthDate) {
        facts.insert(u"sponsorAge"_qs, datemath::ageOn(*sponsor.birthDate, input.applicationDate));
        if (sponsor.asylumApplicationDate)
            facts.insert(u"sponsorAgeAtAsylum"_qs,
                         datemath::ageOn(*sponsor.birthDate, *sponsor.asylumApplicationDate));
    }
    putBool(facts, u"arrivedUnaccompanied"_qs, sponsor.arrivedUnaccompanied);
    if (!sponsor.country.isEmpty())
        facts.insert(u"country"_qs, sponsor.country);
    const auto partners = std::count_if(input.members.cbegin(), input.members.cend(), isPartner);
    facts.insert(u"partnerCount"_qs, int(partners));
    for (const QString &name : dateNames())
        putDate(facts, name, namedDate(input, name));
}

void putDeadlineFacts(Facts &facts, const RulePack &pack, const Case &input)
{
    for (const auto &deadline : computeDeadlines(pack, input)) {
        facts.insert(deadline.id + u".passed"_qs, input.applicationDate > deadline.date);
        facts.insert(deadline.id + u".reached"_qs, input.applicationDate >= deadline.date);
    }
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
        facts.insert(u"age"_qs, datemath::ageOn(*member.birthDate, input.applicationDate));
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
                                "ownPartner", "chosenPartner", "parentNotChosen", "otherParentStaysBehind" })
            map.insert(QString::fromLatin1(id), boolean);
        for (const auto *id : { "sponsorAge", "sponsorAgeAtAsylum", "age", "partnerCount" })
            map.insert(QString::fromLatin1(id), number);
        for (const auto *id : { "sponsorStatus", "relation", "country" })
            map.insert(QString::fromLatin1(id), string);
        for (const QString &name : dateNames())
            map.insert(name, QStringLiteral("date"));
        return map;
    }();
    return types;
}

Facts factsFor(const RulePack &pack, const Case &input, const Member *member)
{
    Facts facts;
    putSponsorFacts(facts, input);
    putDeadlineFacts(facts, pack, input);
    if (member)
        putMemberFacts(facts, input, *member);
    return facts;
}

} // namespace samen::rules
