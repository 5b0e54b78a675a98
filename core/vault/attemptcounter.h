#pragma once

#include <QString>

#include <functional>

namespace samen::vault {

/** Seconds on a clock that only moves forward; injected so tests control time. */
using Clock = std::function<qint64()>;

/**
 * Seconds since boot, suspend included (CLOCK_BOOTTIME): changing the date or time in Settings
 * does not move it, so it cannot shorten a delay. It starts again at 0 after a reboot, which the
 * counter treats like a clock set back: the delay starts again, never ends early.
 */
[[nodiscard]] Clock systemClock();

/** What the counter remembers between tries. */
struct AttemptState
{
    /** Tries that did not succeed (a try counts as failed until it succeeds). */
    quint32 failures = 0;
    /** When the last try started, in Clock seconds. */
    qint64 lastAttemptAt = 0;

    friend bool operator==(const AttemptState &a, const AttemptState &b)
    {
        return a.failures == b.failures && a.lastAttemptAt == b.lastAttemptAt;
    }
};

/** The pure rules for delays between unlock attempts. */
namespace AttemptPolicy {
/** Tries allowed without any delay. */
constexpr quint32 freeAttempts = 5;
/** Delay after the fifth failure; doubles with each further failure. */
constexpr qint64 firstDelaySeconds = 30;
/** The delay never grows beyond one day. */
constexpr qint64 maxDelaySeconds = 24 * 60 * 60;

/** The delay that follows @p failures failures: 0 below freeAttempts, then 30 s, 60 s, 120 s, … */
[[nodiscard]] qint64 delayAfter(quint32 failures);
/** The fewest failures whose delay is maxDelaySeconds: what a missing or damaged record counts as. */
[[nodiscard]] quint32 worstCaseFailures();
/**
 * Seconds still to wait at @p now before the next try. A clock set back before the last try
 * restarts the full delay instead of ending it.
 */
[[nodiscard]] qint64 secondsToWait(const AttemptState &state, qint64 now);
} // namespace AttemptPolicy

/**
 * The failed-attempt counter, persisted in a small checksummed file next to the key file
 * (outside the encrypted database, which cannot be read before unlocking). Each try is
 * recorded *before* the secret is checked, with a durable write, so killing the app during a
 * try cannot reset the count. A missing or damaged file (while a key file exists) counts as the
 * worst case (worstCaseFailures(): the longest delay), so deleting it never shortens a wait. A
 * record from later than now (a reboot restarted the clock, or an old record in wall-clock time)
 * restarts the delay from now.
 *
 * Not covered without a device-bound key: the checksum is not keyed, so someone who can write
 * the file can replace it by an older copy or forge one.
 */
class AttemptCounter
{
public:
    /** A counter stored in @p path, reading time from @p clock. */
    AttemptCounter(QString path, Clock clock);

    /**
     * The stored state; a missing or damaged file is replaced by the worst case first, a record
     * from later than now is restamped with now.
     */
    [[nodiscard]] AttemptState load();
    /** Seconds to wait before the next try may start. */
    [[nodiscard]] qint64 secondsToWait();
    /** Counts one more try that has not (yet) succeeded; false on I/O error. */
    [[nodiscard]] bool recordAttempt();
    /** Clears the count after a successful unlock; false on I/O error. */
    [[nodiscard]] bool reset();
    /** Writes @p state durably. */
    [[nodiscard]] bool store(const AttemptState &state);

    /** Serialized form of @p state (magic, version, fields, BLAKE2b checksum). */
    [[nodiscard]] static QByteArray encode(const AttemptState &state);
    /** Parses @p bytes; false when the magic, size or checksum is wrong. */
    [[nodiscard]] static bool decode(const QByteArray &bytes, AttemptState *state);

private:
    QString m_path;
    Clock m_clock;
};

} // namespace samen::vault
