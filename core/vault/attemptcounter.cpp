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
constexpr int sealedBodySize = bodySize + 8;
constexpr int checksumSize = 16;
constexpr char unsealedVersion = 1;
constexpr char sealedVersion = 2;

QByteArray checksum(const char *data, int size, const SecureBytes *key = nullptr)
{
    QByteArray sum(checksumSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(sum.data()), checksumSize,
                       reinterpret_cast<const unsigned char *>(data), size_t(size),
                       key ? key->data() : nullptr, key ? key->size() : 0);
    return sum;
}

QByteArray body(const AttemptState &state, char version, int size)
{
    QByteArray bytes(size, '\0');
    std::memcpy(bytes.data(), magic, sizeof magic);
    bytes[8] = version;
    qToLittleEndian<quint32>(state.failures, bytes.data() + 12);
    qToLittleEndian<qint64>(state.lastAttemptAt, bytes.data() + 16);
    return bytes;
}

/** Magic, @p version and zero reserved bytes, in a file of @p size bytes. */
bool hasHeader(const QByteArray &bytes, char version, int size)
{
    return bytes.size() == size && std::memcmp(bytes.constData(), magic, sizeof magic) == 0 &&
        bytes.at(8) == version && bytes.at(9) == 0 && bytes.at(10) == 0 && bytes.at(11) == 0;
}

AttemptState fields(const QByteArray &bytes)
{
    return { qFromLittleEndian<quint32>(bytes.constData() + 12),
             qFromLittleEndian<qint64>(bytes.constData() + 16) };
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

AttemptCounter::AttemptCounter(QString path, Clock clock, DeviceSecretStore *device)
    : m_path(std::move(path))
    , m_clock(std::move(clock))
    , m_device(device)
{ }

AttemptCounter::~AttemptCounter() = default;

QByteArray AttemptCounter::encode(const AttemptState &state)
{
    const QByteArray bytes = body(state, unsealedVersion, bodySize);
    return bytes + checksum(bytes.constData(), bodySize);
}

bool AttemptCounter::decode(const QByteArray &bytes, AttemptState *state)
{
    if (!hasHeader(bytes, unsealedVersion, bodySize + checksumSize) ||
        bytes.mid(bodySize) != checksum(bytes.constData(), bodySize))
        return false;
    *state = fields(bytes);
    return true;
}

QByteArray AttemptCounter::encodeSealed(const AttemptState &state, quint64 sequence, const SecureBytes &key)
{
    QByteArray bytes = body(state, sealedVersion, sealedBodySize);
    qToLittleEndian<quint64>(sequence, bytes.data() + bodySize);
    return bytes + checksum(bytes.constData(), sealedBodySize, &key);
}

bool AttemptCounter::decodeSealed(const QByteArray &bytes, const SecureBytes &key, AttemptState *state,
                                  quint64 *sequence)
{
    if (key.isNull() || !looksSealed(bytes))
        return false;
    const QByteArray expected = checksum(bytes.constData(), sealedBodySize, &key);
    if (sodium_memcmp(expected.constData(), bytes.constData() + sealedBodySize, checksumSize) != 0)
        return false;
    *state = fields(bytes);
    *sequence = qFromLittleEndian<quint64>(bytes.constData() + bodySize);
    return true;
}

bool AttemptCounter::looksSealed(const QByteArray &bytes)
{
    return hasHeader(bytes, sealedVersion, sealedBodySize + checksumSize);
}

bool AttemptCounter::readDevice(bool create)
{
    if (!m_device)
        return false;
    if (!m_key.isNull())
        return true;
    std::optional<DeviceSecretStore::Record> record = m_device->read(create);
    if (!record)
        return false;
    m_sequenceKept = record->sequenceKept;
    m_sequence = std::max(m_sequence, record->sequence);
    m_key = std::move(record->key);
    return true;
}

std::optional<AttemptState> AttemptCounter::trusted(const QByteArray &bytes)
{
    AttemptState state;
    if (looksSealed(bytes)) {
        quint64 sequence = 0;
        if (!readDevice(false) || !decodeSealed(bytes, m_key, &state, &sequence) ||
            (m_sequenceKept && sequence < m_sequence))
            return std::nullopt;
        m_sequence = sequence;
        return state;
    }
    if (!decode(bytes, &state))
        return std::nullopt;
    // Unsealed although the store has a key: forged, or an older copy from before the key.
    if (readDevice(false) && !m_key.isNull())
        return std::nullopt;
    return state;
}

bool AttemptCounter::sealUnavailable()
{
    QByteArray bytes;
    return readSmallFile(m_path, &bytes, 1024) && looksSealed(bytes) && !readDevice(false);
}

AttemptState AttemptCounter::load()
{
    QByteArray bytes;
    const qint64 now = m_clock();
    const AttemptState worst { AttemptPolicy::worstCaseFailures(), now };
    const bool read = readSmallFile(m_path, &bytes, 1024);
    if (read && looksSealed(bytes) && !readDevice(false))
        return worst; // cannot be checked now; kept for when the store answers again
    std::optional<AttemptState> state = read ? trusted(bytes) : std::nullopt;
    if (!state) {
        (void)store(worst);
        return worst;
    }
    if (state->lastAttemptAt > now && state->failures > 0) {
        state->lastAttemptAt = now;
        (void)store(*state);
    }
    return *state;
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
    if (!readDevice(true) || m_key.isNull()) {
        // The store did not answer (or there is none): a sealed file stays for when it does.
        QByteArray bytes;
        return !(readSmallFile(m_path, &bytes, 1024) && looksSealed(bytes)) &&
            writeFileDurably(m_path, encode(state));
    }
    const quint64 next = m_sequence + 1;
    if (!writeFileDurably(m_path, encodeSealed(state, next, m_key)))
        return false;
    m_sequence = next;
    // The file is written first: a kill before the store is updated leaves the file ahead of
    // it, which is accepted; the other order would turn a kill into the worst case.
    if (m_sequenceKept)
        (void)m_device->writeSequence(next);
    return true;
}

bool AttemptCounter::isSealed()
{
    QByteArray bytes;
    AttemptState state;
    quint64 sequence = 0;
    return readSmallFile(m_path, &bytes, 1024) && readDevice(false) &&
        decodeSealed(bytes, m_key, &state, &sequence);
}

bool AttemptCounter::forgetDeviceKey()
{
    m_key = SecureBytes();
    m_sequence = 0;
    return !m_device || m_device->forget();
}

} // namespace samen::vault
