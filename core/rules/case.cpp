#include "rules/case.h"

#include "rules/jsonreader.h"
#include "rules/pack.h"

#include <QSet>

namespace samen::rules {
namespace {

using json::child;
using json::InputError;

void requireNotAfter(std::optional<QDate> date, QDate limit, const QString &path, const QString &limitName)
{
    if (date && *date > limit)
        throw InputError { path, QStringLiteral("after the %1").arg(limitName) };
}

Sponsor readSponsor(const QJsonObject &object, QDate applicationDate)
{
    const QString path = QStringLiteral("sponsor");
    json::onlyKeys(object, path,
                   { u"birthDate"_qs, u"status"_qs, u"decisionDate"_qs, u"asylumApplicationDate"_qs,
                     u"arrivedUnaccompanied"_qs, u"country"_qs, u"derivedPermit"_qs,
                     u"livesWithPartnerInNL"_qs, u"ownFamilyInNL"_qs });
    Sponsor sponsor;
    sponsor.birthDate = json::optionalDate(object, u"birthDate"_qs, path);
    sponsor.decisionDate = json::optionalDate(object, u"decisionDate"_qs, path);
    sponsor.asylumApplicationDate = json::optionalDate(object, u"asylumApplicationDate"_qs, path);
    sponsor.arrivedUnaccompanied = json::optionalBool(object, u"arrivedUnaccompanied"_qs, path);
    sponsor.country = json::optionalString(object, u"country"_qs, path);
    sponsor.derivedPermit = json::optionalBool(object, u"derivedPermit"_qs, path);
    sponsor.livesWithPartnerInNL = json::optionalBool(object, u"livesWithPartnerInNL"_qs, path);
    sponsor.ownFamilyInNL = json::optionalBool(object, u"ownFamilyInNL"_qs, path);
    const QString status = json::optionalString(object, u"status"_qs, path);
    if (status == u"refugee" || status == u"subsidiary")
        sponsor.status = status;
    else if (!status.isEmpty() && status != u"unknown")
        throw InputError {
            child(path, u"status"_qs),
            QStringLiteral("unknown status \"%1\" (refugee, subsidiary or unknown)").arg(status)
        };
    const QString applicationName = QStringLiteral("application date");
    requireNotAfter(sponsor.birthDate, applicationDate, child(path, u"birthDate"_qs), applicationName);
    requireNotAfter(sponsor.decisionDate, applicationDate, child(path, u"decisionDate"_qs), applicationName);
    requireNotAfter(sponsor.asylumApplicationDate, applicationDate, child(path, u"asylumApplicationDate"_qs),
                    applicationName);
    if (sponsor.birthDate && sponsor.asylumApplicationDate)
        requireNotAfter(sponsor.birthDate, *sponsor.asylumApplicationDate, child(path, u"birthDate"_qs),
                        QStringLiteral("asylum application date"));
    if (sponsor.asylumApplicationDate && sponsor.decisionDate)
        requireNotAfter(sponsor.asylumApplicationDate, *sponsor.decisionDate,
                        child(path, u"asylumApplicationDate"_qs), QStringLiteral("decision date"));
    return sponsor;
}

Member readMember(const QJsonObject &object, const QString &path, QDate applicationDate)
{
    json::onlyKeys(object, path,
                   { u"id"_qs, u"relation"_qs, u"birthDate"_qs, u"bondBeforeEntry"_qs,
                     u"mentionedInAsylum"_qs, u"married"_qs, u"ownPartner"_qs, u"chosenPartner"_qs,
                     u"parentId"_qs, u"otherParentStaysBehind"_qs, u"marriageRegistered"_qs });
    Member member;
    member.id = json::requiredString(object, u"id"_qs, path);
    const QString relation = json::optionalString(object, u"relation"_qs, path);
    if (!relation.isEmpty() && relation != u"unknown") {
        if (!knownRelations().contains(relation))
            throw InputError { child(path, u"relation"_qs),
                               QStringLiteral("unknown relation \"%1\"").arg(relation) };
        member.relation = relation;
    }
    member.birthDate = json::optionalDate(object, u"birthDate"_qs, path);
    requireNotAfter(member.birthDate, applicationDate, child(path, u"birthDate"_qs),
                    QStringLiteral("application date"));
    member.bondBeforeEntry = json::optionalBool(object, u"bondBeforeEntry"_qs, path);
    member.mentionedInAsylum = json::optionalBool(object, u"mentionedInAsylum"_qs, path);
    member.married = json::optionalBool(object, u"married"_qs, path);
    member.ownPartner = json::optionalBool(object, u"ownPartner"_qs, path);
    member.chosenPartner = json::optionalBool(object, u"chosenPartner"_qs, path);
    member.parentId = json::optionalString(object, u"parentId"_qs, path);
    member.otherParentStaysBehind = json::optionalBool(object, u"otherParentStaysBehind"_qs, path);
    member.marriageRegistered = json::optionalBool(object, u"marriageRegistered"_qs, path);
    return member;
}

void checkMemberLinks(const QList<Member> &members)
{
    QSet<QString> ids;
    int chosen = 0;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString path = child(u"members"_qs, i);
        if (ids.contains(members[i].id))
            throw InputError { child(path, u"id"_qs),
                               QStringLiteral("duplicate id \"%1\"").arg(members[i].id) };
        ids.insert(members[i].id);
        if (members[i].chosenPartner.value_or(false) && ++chosen > 1)
            throw InputError { child(path, u"chosenPartner"_qs),
                               QStringLiteral("only one spouse or partner can be chosen") };
    }
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString &parent = members[i].parentId;
        if (!parent.isEmpty() && parent != otherParentId &&
            (!ids.contains(parent) || parent == members[i].id))
            throw InputError { child(child(u"members"_qs, i), u"parentId"_qs),
                               QStringLiteral("no other member with id \"%1\"").arg(parent) };
    }
}

std::optional<QDate> procedureDate(const Case &input, const QString &name)
{
    const auto it = input.procedureDates.constFind(name);
    return it == input.procedureDates.constEnd() ? std::nullopt : std::optional<QDate>(*it);
}

void requireOrder(const Case &input, const QString &earlier, const QString &later)
{
    const auto first = procedureDate(input, earlier);
    const auto second = procedureDate(input, later);
    if (first && second && *second < *first)
        throw InputError { later, QStringLiteral("before %1").arg(earlier) };
}

void checkProcedureOrder(const Case &input)
{
    requireOrder(input, u"approvalDate"_qs, u"mvvIssuedDate"_qs);
    requireOrder(input, u"mvvIssuedDate"_qs, u"arrivalDate"_qs);
    requireOrder(input, u"approvalDate"_qs, u"arrivalDate"_qs);
    requireOrder(input, u"refusalDate"_qs, u"objectionDate"_qs);
    requireOrder(input, u"objectionDate"_qs, u"objectionDecisionDate"_qs);
    for (const auto *decided : { "approvalDate", "refusalDate", "objectionDecisionDate" }) {
        const QString name = QString::fromLatin1(decided);
        requireNotAfter(procedureDate(input, name), input.today, name, QStringLiteral("date of today"));
    }
}

std::optional<QDate> earliestIndDecision(const Case &input)
{
    std::optional<QDate> earliest;
    for (const auto *name : { "approvalDate", "refusalDate" }) {
        const auto date = procedureDate(input, QString::fromLatin1(name));
        if (date && (!earliest || *date < *earliest))
            earliest = date;
    }
    return earliest;
}

void readIndDecision(const QJsonObject &object, Case &result)
{
    const std::optional<QDate> fromOutcome = earliestIndDecision(result);
    result.indDecisionDate = json::optionalDate(object, u"indDecisionDate"_qs, QString());
    if (!result.indDecisionDate)
        result.indDecisionDate = fromOutcome;
    if (result.indDecisionDate && *result.indDecisionDate < result.applicationDate)
        throw InputError { u"indDecisionDate"_qs, QStringLiteral("before the application date") };
    requireNotAfter(result.indDecisionDate, result.today, u"indDecisionDate"_qs,
                    QStringLiteral("date of today"));
    const bool dated = result.indDecisionDate.has_value();
    if (!object.contains(u"indDecided"_qs)) {
        result.indDecided = dated;
        return;
    }
    result.indDecided = json::optionalBool(object, u"indDecided"_qs, QString());
    if (result.indDecided == false && dated)
        throw InputError { u"indDecided"_qs, QStringLiteral("false, but a decision date is given") };
}

Case readCase(const QJsonObject &object)
{
    QStringList allowed = { u"today"_qs,      u"applicationDate"_qs, u"sponsor"_qs, u"members"_qs,
                            u"indDecided"_qs, u"indDecisionDate"_qs, u"applied"_qs };
    allowed += procedureDateNames();
    json::onlyKeys(object, QString(), allowed);
    Case result;
    const auto today = json::optionalDate(object, u"today"_qs, QString());
    const auto application = json::optionalDate(object, u"applicationDate"_qs, QString());
    if (!today && !application)
        throw InputError { u"applicationDate"_qs, QStringLiteral("missing (give applicationDate or today)") };
    result.applied = json::optionalBool(object, u"applied"_qs, QString());
    result.today = today.value_or(*application);
    // Not sent yet: today stands in, also for a date given before the answer was changed to no.
    const bool notSent = result.applied == false && today;
    result.applicationDate = notSent ? *today : application.value_or(*today);
    result.applicationDateKnown = notSent || application || result.applied != true;
    const QJsonValue sponsor = object.value(u"sponsor"_qs);
    result.sponsor =
        readSponsor(sponsor.isUndefined() ? QJsonObject() : json::asObject(sponsor, u"sponsor"_qs),
                    result.applicationDate);
    for (const QString &name : procedureDateNames()) {
        if (const auto date = json::optionalDate(object, name, QString())) {
            if (*date < result.applicationDate)
                throw InputError { name, QStringLiteral("before the application date") };
            result.procedureDates.insert(name, *date);
        }
    }
    checkProcedureOrder(result);
    readIndDecision(object, result);
    requireNotAfter(result.sponsor.decisionDate, result.today, u"sponsor.decisionDate"_qs,
                    QStringLiteral("date of today"));
    const QJsonValue members = object.value(u"members"_qs);
    const QJsonArray array = members.isUndefined() ? QJsonArray() : json::asArray(members, u"members"_qs);
    if (array.size() > maxMembers)
        throw InputError { u"members"_qs, QStringLiteral("more than %1 members").arg(maxMembers) };
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = child(u"members"_qs, i);
        result.members.append(readMember(json::asObject(array.at(i), path), path, result.applicationDate));
    }
    checkMemberLinks(result.members);
    return result;
}

} // namespace

const QStringList &procedureDateNames()
{
    static const QStringList names = { u"refusalDate"_qs, u"approvalDate"_qs,  u"mvvIssuedDate"_qs,
                                       u"arrivalDate"_qs, u"objectionDate"_qs, u"objectionDecisionDate"_qs };
    return names;
}

CaseParseResult parseCase(const QJsonObject &object)
{
    try {
        return { readCase(object), QString() };
    } catch (const InputError &error) {
        return { std::nullopt, error.text() };
    }
}

CaseParseResult parseCase(const QByteArray &bytes)
{
    try {
        return parseCase(json::parseObject(bytes));
    } catch (const InputError &error) {
        return { std::nullopt, error.text() };
    }
}

} // namespace samen::rules
