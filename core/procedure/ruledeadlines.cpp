#include "procedure/ruledeadlines.h"

#include "rules/deadlines.h"

#include <tuple>

namespace samen::procedure {

namespace {

bool closedBy(const rules::RulePack &pack, const MemberStages &member, const QString &ruleId)
{
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

bool RuleDeadline::operator==(const RuleDeadline &other) const
{
    return std::tie(memberId, ruleId, due, closed) ==
        std::tie(other.memberId, other.ruleId, other.due, other.closed);
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
                std::any_of(members.cbegin(), members.cend(),
                            [&](const MemberStages &member) { return closedBy(pack, member, spec.id); });
            result.append({ 0, spec.id, *date, closed });
        }
    }
    for (const MemberStages &member : members) {
        const rules::Case input = caseOf(dates, member, pack);
        for (const auto &spec : pack.deadlines) {
            if (isCaseWide(spec) || !spec.appliesToStatus(dates.status))
                continue;
            if (const auto date = due(spec, input, pack))
                result.append({ member.memberId, spec.id, *date, closedBy(pack, member, spec.id) });
        }
    }
    return result;
}

} // namespace samen::procedure
