#include "vault/attemptcounter.h"

#include "vault/durablefile.h"

#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <utility>

namespace samen::vault {

namespace {
constexpr char magic[8] = { 'S', 'A', 'M', 'E', 'N', 'A', 'T', 'T' };
constexpr int bodySize = 8 + 4 + 4 + 8;
constexpr int checksumSize = 16;

QByteArray checksum(const char *data, int size)
{
    QByteArray sum(checksumSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(sum.data()), checksumSize,
                       reinterpret_cast<const unsigned char *>(data), size_t(size), nullptr, 0);
    return sum;
}
} // namespace

Clock systemClock()
{
    return [] {
        timespec now {};
        ::clock_gettime(CLOCK_BOOTTIME, &now);
        return qint64(now.tv_sec);
    };
}

qint64 AttemptPolicy::delayAfter(quint32 failures)
{
    if (failures < freeAttempts)
        return 0;
    qint64 delay = firstDelaySeconds;
    for (quint32 extra = freeAttempts; extra < failures && delay < maxDelaySeconds; ++extra)
        delay *= 2;
    return std::min(delay, maxDelaySeconds);
}

quint32 AttemptPolicy::worstCaseFailures()
{
    quint32 failures = freeAttempts;
    while (delayAfter(failures) < maxDelaySeconds)
        ++failures;
    return failures;
}

qint64 AttemptPolicy::secondsToWait(const AttemptState &state, qint64 now)
{
    const qint64 delay = delayAfter(state.failures);
    if (now <= state.lastAttemptAt)
        return delay;
    // Unsigned: the difference of any two qint64 with now > last fits, where signed could overflow.
    const quint64 elapsed = quint64(now) - quint64(state.lastAttemptAt);
    return elapsed >= quint64(delay) ? 0 : delay - qint64(elapsed);
}

AttemptCounter::AttemptCounter(QString path, Clock clock)
    : m_path(std::move(path))
    , m_clock(std::move(clock))
{ }

QByteArray AttemptCounter::encode(const AttemptState &state)
{
    QByteArray bytes(bodySize, '\0');
    std::memcpy(bytes.data(), magic, sizeof magic);
    bytes[8] = 1;
    qToLittleEndian<quint32>(state.failures, bytes.data() + 12);
    qToLittleEndian<qint64>(state.lastAttemptAt, bytes.data() + 16);
    return bytes + checksum(bytes.constData(), bodySize);
}

bool AttemptCounter::decode(const QByteArray &bytes, AttemptState *state)
{
    const bool reservedZero = bytes.size() == bodySize + checksumSize && bytes.at(9) == 0 && bytes.at(10) == 0 &&
        bytes.at(11) == 0;
    if (!reservedZero || std::memcmp(bytes.constData(), magic, sizeof magic) != 0 || bytes.at(8) != 1 ||
        bytes.mid(bodySize) != checksum(bytes.constData(), bodySize))
        return false;
    state->failures = qFromLittleEndian<quint32>(bytes.constData() + 12);
    state->lastAttemptAt = qFromLittleEndian<qint64>(bytes.constData() + 16);
    return true;
}

AttemptState AttemptCounter::load()
{
    QByteArray bytes;
    AttemptState state;
    const qint64 now = m_clock();
    if (readSmallFile(m_path, &bytes, 1024) && decode(bytes, &state)) {
        if (state.lastAttemptAt > now && state.failures > 0) {
            state.lastAttemptAt = now;
            (void)store(state);
        }
        return state;
    }
    const AttemptState worst { AttemptPolicy::worstCaseFailures(), now };
    (void)store(worst);
    return worst;
}

qint64 AttemptCounter::secondsToWait()
{
    return AttemptPolicy::secondsToWait(load(), m_clock());
}

bool AttemptCounter::recordAttempt()
{
    AttemptState state = load();
    state.failures += 1;
    state.lastAttemptAt = m_clock();
    return store(state);
}

bool AttemptCounter::reset()
{
    return store(AttemptState {});
}

bool AttemptCounter::store(const AttemptState &state)
{
    return writeFileDurably(m_path, encode(state));
}

} // namespace samen::vault
