#include "rules/deadlines.h"

namespace samen::rules {

const QStringList &dateNames()
{
    static const QStringList names = [] {
        QStringList list = { u"applicationDate"_qs, u"decisionDate"_qs, u"asylumApplicationDate"_qs };
        return list + procedureDateNames();
    }();
    return names;
}

std::optional<QDate> namedDate(const Case &input, const QString &name)
{
    if (name == u"applicationDate")
        return input.applicationDateKnown ? std::optional(input.applicationDate) : std::nullopt;
    if (name == u"decisionDate")
        return input.sponsor.decisionDate;
    if (name == u"asylumApplicationDate")
        return input.sponsor.asylumApplicationDate;
    const auto it = input.procedureDates.constFind(name);
    if (it != input.procedureDates.constEnd())
        return *it;
    return std::nullopt;
}

std::optional<Deadline> computeDeadline(const DeadlineSpec &spec, const Case &input,
                                        const HolidayRules &holidays)
{
    const auto start = namedDate(input, spec.from);
    if (!start)
        return std::nullopt;
    Deadline deadline;
    deadline.id = spec.id;
    deadline.plainDate = datemath::add(*start, spec.offset);
    deadline.date =
        spec.nextWorkingDay ? datemath::nextWorkingDay(deadline.plainDate, holidays) : deadline.plainDate;
    if (spec.extension) {
        const DateOffset &base = spec.offset;
        const DateOffset &more = *spec.extension;
        deadline.extendedDate = datemath::add(*start,
                                              { base.years + more.years, base.months + more.months,
                                                base.weeks + more.weeks, base.days + more.days });
    }
    return deadline;
}

QList<Deadline> computeDeadlines(const RulePack &pack, const Case &input)
{
    QList<Deadline> result;
    for (const auto &spec : pack.deadlines) {
        if (const auto deadline = computeDeadline(spec, input, pack.holidays))
            result.append(*deadline);
    }
    return result;
}

} // namespace samen::rules
