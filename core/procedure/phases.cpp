#include "procedure/phases.h"

namespace samen::procedure {

namespace {

qsizetype phaseIndex(const rules::Journey &journey, const rules::PhaseSpec *phase)
{
    for (qsizetype i = 0; i < journey.phases.size(); ++i) {
        if (&journey.phases.at(i) == phase)
            return i;
    }
    return -1;
}

} // namespace

QString phaseOf(const rules::Journey &journey, const QHash<QString, QDate> &stageDates, QDate today)
{
    const rules::PhaseSpec *best = nullptr;
    QDate bestDate;
    qsizetype bestIndex = -1;
    for (auto it = stageDates.cbegin(); it != stageDates.cend(); ++it) {
        const rules::PhaseSpec *phase = journey.phaseEnteredBy(it.key());
        if (!phase || !it.value().isValid() || it.value() > today)
            continue;
        const qsizetype index = phaseIndex(journey, phase);
        if (!best || it.value() > bestDate || (it.value() == bestDate && index > bestIndex)) {
            best = phase;
            bestDate = it.value();
            bestIndex = index;
        }
    }
    return best ? best->id : QString();
}

} // namespace samen::procedure
