#include "procedure/ruledeadlines.h"

#include "rules/deadlines.h"

#include <algorithm>
#include <tuple>

namespace samen::procedure {

namespace {

bool closedBy(const rules::RulePack &pack, const CaseDates &dates, const MemberStages &member,
              const QString &ruleId)
{
    const rules::StageSpec *application = applicationStage(pack);
    if (dates.applied && application && application->closes.contains(ruleId))
        return true;
    for (auto it = member.dates.constBegin(); it != member.dates.constEnd(); ++it) {
        const rules::StageSpec *stage = pack.stage(it.key());
        if (stage && it.value().isValid() && stage->closes.contains(ruleId))
            return true;
    }
    return false;
}

rules::Case caseOf(const CaseDates &dates, const MemberStages &member, const rules::RulePack &pack)
{
    rules::Case input;
    input.sponsor.decisionDate = dates.decisionDate;
    for (auto it = member.dates.constBegin(); it != member.dates.constEnd(); ++it) {
        const rules::StageSpec *stage = pack.stage(it.key());
        if (!stage || stage->sets.isEmpty() || !it.value().isValid())
            continue;
        if (stage->sets == u"applicationDate")
            input.applicationDate = it.value();
        else
            input.procedureDates.insert(stage->sets, it.value());
    }
    return input;
}

bool isClosable(const rules::RulePack &pack, const QString &ruleId)
{
    return std::any_of(pack.stages.cbegin(), pack.stages.cend(),
                       [&](const rules::StageSpec &stage) { return stage.closes.contains(ruleId); });
}

bool isCaseWide(const rules::DeadlineSpec &spec)
{
    return spec.from == u"decisionDate";
}

std::optional<QDate> due(const rules::DeadlineSpec &spec, const rules::Case &input,
                         const rules::RulePack &pack)
{
    const auto start = rules::namedDate(input, spec.from);
    if (!start || !start->isValid())
        return std::nullopt;
    const auto computed = rules::computeDeadline(spec, input, pack.holidays);
    return computed ? std::optional<QDate>(computed->date) : std::nullopt;
}

} // namespace

CaseDates caseDatesFrom(const QJsonObject &answers)
{
    CaseDates dates;
    const QJsonObject sponsor = answers.value(u"sponsor").toObject();
    const QDate decision = QDate::fromString(sponsor.value(u"decisionDate").toString(), Qt::ISODate);
    if (decision.isValid())
        dates.decisionDate = decision;
    dates.status = sponsor.value(u"status").toString();
    dates.applied = answers.value(u"applied").toBool();
    const QDate sent = QDate::fromString(answers.value(u"applicationDate").toString(), Qt::ISODate);
    if (dates.applied && sent.isValid())
        dates.applicationDate = sent;
    return dates;
}

const rules::StageSpec *applicationStage(const rules::RulePack &pack)
{
    const auto it = std::find_if(pack.stages.cbegin(), pack.stages.cend(), [](const rules::StageSpec &stage) {
        return stage.sets == u"applicationDate";
    });
    return it == pack.stages.cend() ? nullptr : &*it;
}

QHash<QString, QDate> withInterviewApplication(const rules::RulePack &pack, const CaseDates &dates,
                                               QHash<QString, QDate> stages)
{
    const rules::StageSpec *application = applicationStage(pack);
    if (application && dates.applicationDate && !stages.value(application->id).isValid())
        stages.insert(application->id, *dates.applicationDate);
    return stages;
}

bool RuleDeadline::operator==(const RuleDeadline &other) const
{
    return std::tie(memberId, ruleId, due, closed, closable) ==
        std::tie(other.memberId, other.ruleId, other.due, other.closed, other.closable);
}

QList<RuleDeadline> ruleDeadlines(const rules::RulePack &pack, const CaseDates &dates,
                                  const QList<MemberStages> &members)
{
    QList<RuleDeadline> result;
    const rules::Case caseInput = caseOf(dates, {}, pack);
    for (const auto &spec : pack.deadlines) {
        if (!isCaseWide(spec) || !spec.appliesToStatus(dates.status))
            continue;
        if (const auto date = due(spec, caseInput, pack)) {
            const bool closed =
                std::any_of(members.cbegin(), members.cend(), [&](const MemberStages &member) {
                    return closedBy(pack, dates, member, spec.id);
                });
            result.append({ 0, spec.id, *date, closed, isClosable(pack, spec.id) });
        }
    }
    for (MemberStages member : members) {
        member.dates = withInterviewApplication(pack, dates, member.dates);
        const rules::Case input = caseOf(dates, member, pack);
        for (const auto &spec : pack.deadlines) {
            if (isCaseWide(spec) || !spec.appliesToStatus(dates.status))
                continue;
            if (const auto date = due(spec, input, pack))
                result.append({ member.memberId, spec.id, *date, closedBy(pack, dates, member, spec.id),
                                isClosable(pack, spec.id) });
        }
    }
    return result;
}

} // namespace samen::procedure
