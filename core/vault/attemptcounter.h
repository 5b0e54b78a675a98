#pragma once

#include "vault/devicesecretstore.h"

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
 * The failed-attempt counter, persisted in a small file next to the key file (outside the
 * encrypted database, which cannot be read before unlocking). Each try is recorded *before* the
 * secret is checked, with a durable write, so killing the app during a try cannot reset the
 * count. A missing or damaged file (while a key file exists) counts as the worst case
 * (worstCaseFailures(): the longest delay), so deleting it never shortens a wait. A record from
 * later than now (a reboot restarted the clock, or an old record in wall-clock time) restarts the
 * delay from now.
 *
 * With a DeviceSecretStore that has a key, the file is sealed: a keyed BLAKE2b MAC over the state
 * and a sequence number that grows with every write, and the store keeps the latest sequence
 * where it can. A forged file, an unsealed file once a key exists, or an older copy of the file
 * (a sequence below the store's) counts as the worst case. An unsealed file is accepted once,
 * when the store makes its first key (an update from a version without the store). Without a
 * store, or while it cannot be reached before it ever made a key, the file is unsealed (the
 * BLAKE2b checksum only catches damage). A sealed file while the store cannot be reached is not
 * trusted and not overwritten: sealUnavailable() says so, and the vault refuses to check a PIN.
 */
class AttemptCounter
{
public:
    /** A counter stored in @p path, reading time from @p clock, sealed with @p device if any. */
    AttemptCounter(QString path, Clock clock, DeviceSecretStore *device = nullptr);
    ~AttemptCounter();
    AttemptCounter(const AttemptCounter &) = delete;
    AttemptCounter &operator=(const AttemptCounter &) = delete;

    /**
     * The stored state; a missing, damaged, forged or rolled-back file is replaced by the worst
     * case first, a record from later than now is restamped with now.
     */
    [[nodiscard]] AttemptState load();
    /** Seconds to wait before the next try may start. */
    [[nodiscard]] qint64 secondsToWait();
    /** Counts one more try that has not (yet) succeeded; false on I/O error. */
    [[nodiscard]] bool recordAttempt();
    /** Clears the count after a successful unlock; false on I/O error. */
    [[nodiscard]] bool reset();
    /** Writes @p state durably (sealed when the store has a key). */
    [[nodiscard]] bool store(const AttemptState &state);
    /**
     * True when the file is sealed but the device store cannot be reached now: the count cannot
     * be checked, so no try may start (the file is left as it is).
     */
    [[nodiscard]] bool sealUnavailable();
    /** True when the file is sealed and its MAC checks out under the device store's key. */
    [[nodiscard]] bool isSealed();
    /** Forgets the device store's key and sequence (erase everything). */
    [[nodiscard]] bool forgetDeviceKey();

    /** Serialized unsealed form of @p state (magic, version 1, fields, BLAKE2b checksum). */
    [[nodiscard]] static QByteArray encode(const AttemptState &state);
    /** Parses an unsealed file; false when the magic, size or checksum is wrong. */
    [[nodiscard]] static bool decode(const QByteArray &bytes, AttemptState *state);
    /** Serialized sealed form (version 2): fields, @p sequence and a MAC keyed with @p key. */
    [[nodiscard]] static QByteArray encodeSealed(const AttemptState &state, quint64 sequence,
                                                 const SecureBytes &key);
    /** Parses a sealed file; false when the magic, size or MAC under @p key is wrong. */
    [[nodiscard]] static bool decodeSealed(const QByteArray &bytes, const SecureBytes &key,
                                           AttemptState *state, quint64 *sequence);
    /** True when @p bytes claims to be a sealed file (its MAC unchecked). */
    [[nodiscard]] static bool looksSealed(const QByteArray &bytes);

private:
    [[nodiscard]] std::optional<AttemptState> trusted(const QByteArray &bytes);
    [[nodiscard]] bool readDevice(bool create);

    QString m_path;
    Clock m_clock;
    DeviceSecretStore *m_device = nullptr;
    /** The device key once read (isNull() while there is none or it was not read). */
    SecureBytes m_key;
    /** The highest sequence seen in the file or the store. */
    quint64 m_sequence = 0;
    bool m_sequenceKept = false;
};

} // namespace samen::vault
