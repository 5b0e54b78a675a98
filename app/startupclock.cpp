#include "startupclock.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>
#include <unistd.h>

namespace {

QElapsedTimer startedTimer()
{
    QElapsedTimer timer;
    timer.start();
    return timer;
}

const QElapsedTimer sinceStaticInit = startedTimer();

// Field 22 of /proc/self/stat: start time in clock ticks after boot.
qint64 kernelStartTimeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const int afterName = line.lastIndexOf(')');
    if (afterName < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(afterName + 2).split(' ');
    constexpr int startTimeField = 22 - 3; // fields after "pid (comm)"
    if (fields.size() <= startTimeField)
        return -1;
    bool ok = false;
    const qint64 ticks = fields.at(startTimeField).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    return ok && ticksPerSecond > 0 ? ticks * 1000 / ticksPerSecond : -1;
}

qint64 bootTimeNowMs()
{
    timespec now {};
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

} // namespace

qint64 msSinceProcessStart()
{
    const qint64 fallback = sinceStaticInit.elapsed();
    const qint64 started = kernelStartTimeMs();
    const qint64 now = bootTimeNowMs();
    if (started < 0 || now < 0)
        return fallback;
    const qint64 elapsed = now - started;
    // Tick resolution is 10 ms; trust the kernel only when it agrees with what we saw ourselves.
    return (elapsed >= fallback && elapsed < fallback + 60000) ? elapsed : fallback;
}
