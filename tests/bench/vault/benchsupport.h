#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace samen::vault::bench {

/** Median of @p samples (milliseconds). */
inline double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    return samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
}

/** Milliseconds @p work takes. */
template<typename Work> double timeMs(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace samen::vault::bench
