#include "rules/caseresultjson.h"

#include <QJsonArray>

namespace samen::rules {

QJsonObject toJson(const CaseResult &result)
{
    QJsonArray members;
    for (const auto &member : result.members) {
        QJsonObject object { { u"id"_qs, member.id },
                             { u"outcome"_qs, outcomeName(member.outcome) },
                             { u"rules"_qs, QJsonArray::fromStringList(member.rules) },
                             { u"requiredDocuments"_qs,
                               QJsonArray::fromStringList(member.requiredDocuments) } };
        if (member.earliest)
            object.insert(u"earliest"_qs, datemath::toIso(*member.earliest));
        members.append(object);
    }
    const QJsonValue deadline =
        result.window ? QJsonValue(datemath::toIso(result.window->date)) : QJsonValue();
    return { { u"regime"_qs, result.regime },
             { u"regimeReason"_qs, result.regimeReason },
             { u"deadline"_qs, deadline },
             { u"members"_qs, members } };
}

QJsonObject deadlinesToJson(const CaseResult &result)
{
    QJsonObject object;
    for (const auto &deadline : result.deadlines) {
        object.insert(deadline.id, datemath::toIso(deadline.date));
        if (deadline.plainDate != deadline.date)
            object.insert(deadline.id + u".plain"_qs, datemath::toIso(deadline.plainDate));
        if (deadline.extendedDate)
            object.insert(deadline.id + u".extended"_qs, datemath::toIso(*deadline.extendedDate));
    }
    return object;
}

} // namespace samen::rules
