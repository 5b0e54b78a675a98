#pragma once

#include "rules/case.h"
#include "rules/pack.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace samen::rules {

/** A deadline computed for one case. */
struct Deadline
{
    /** Id of its DeadlineSpec, e.g. "window". */
    QString id;
    /** The start date plus the offset, before any shift: said beside the legal last day when they differ. */
    QDate plainDate;
    /** The legal last day: plainDate moved past weekends and holidays where the pack says so. */
    QDate date;
    /** The last day if the authority uses its extension; nullopt when there is none. */
    std::optional<QDate> extendedDate;
};

/** The case's date named @p name ("decisionDate", "applicationDate", procedure dates), if known. */
[[nodiscard]] std::optional<QDate> namedDate(const Case &input, const QString &name);

/** Names namedDate() understands. */
[[nodiscard]] const QStringList &dateNames();

/** @p spec computed for @p input, or nullopt when its start date is unknown. */
[[nodiscard]] std::optional<Deadline> computeDeadline(const DeadlineSpec &spec, const Case &input,
                                                      const HolidayRules &holidays);

/** All deadlines of @p pack whose start date @p input knows, in pack order. */
[[nodiscard]] QList<Deadline> computeDeadlines(const RulePack &pack, const Case &input);

} // namespace samen::rules
