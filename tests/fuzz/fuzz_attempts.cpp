// libFuzzer target: the attempt-counter file decoders (unsealed, and sealed under a fixed key)
// and the delay policy on what they decode. Input: 8 bytes of "now" (little endian), then the file.
#include "vault/attemptcounter.h"

#include "vaultfuzzsupport.h"

#include <QtEndian>

#include <cstddef>
#include <cstdint>

using namespace samen::vault;

namespace {
const SecureBytes &fuzzKey()
{
    static const QByteArray bytes(32, 'k');
    static const SecureBytes key(bytes.constData(), 32);
    return key;
}

void checkPolicy(const AttemptState &state, qint64 now)
{
    const qint64 wait = AttemptPolicy::secondsToWait(state, now);
    if (wait < 0 || wait > AttemptPolicy::maxDelaySeconds)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::writeSeedIfAsked([] {
        QByteArray seed(8, '\0');
        qToLittleEndian<qint64>(1000, seed.data());
        return seed +
            (qEnvironmentVariableIsSet("SAMEN_FUZZ_SEALED_SEED")
                 ? AttemptCounter::encodeSealed(AttemptState { 6, 990 }, 12, fuzzKey())
                 : AttemptCounter::encode(AttemptState { 6, 990 }));
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 8)
        return 0;
    const qint64 now = qFromLittleEndian<qint64>(data);
    const QByteArray file(reinterpret_cast<const char *>(data) + 8, qsizetype(size - 8));
    AttemptState state;
    if (AttemptCounter::decode(file, &state)) {
        if (AttemptCounter::encode(state) != file)
            std::abort(); // a file that decodes must be exactly what encode() writes
        checkPolicy(state, now);
    }
    quint64 sequence = 0;
    if (AttemptCounter::decodeSealed(file, fuzzKey(), &state, &sequence)) {
        if (AttemptCounter::encodeSealed(state, sequence, fuzzKey()) != file)
            std::abort();
        checkPolicy(state, now);
    }
    return 0;
}
