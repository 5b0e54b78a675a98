#pragma once

#include <QDateTime>

namespace samen::reminders {

/** The source of "now" for everything that plans or fires reminders, so tests can set the time. */
class Clock
{
public:
    virtual ~Clock() = default;
    /** The current time (any time spec; compared as instants). */
    [[nodiscard]] virtual QDateTime now() const = 0;
};

/** The real clock of the device. */
class SystemClock final : public Clock
{
public:
    /** QDateTime::currentDateTimeUtc(). */
    [[nodiscard]] QDateTime now() const override;
};

/** A clock that only moves when told to: for tests and previews. */
class ManualClock final : public Clock
{
public:
    /** A clock standing at @p now. */
    explicit ManualClock(QDateTime now);
    /** The time it was last set to. */
    [[nodiscard]] QDateTime now() const override;
    /** Sets the time to @p now. */
    void setNow(const QDateTime &now);
    /** Moves the time forward by @p seconds. */
    void advance(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace samen::reminders
