// libFuzzer target: the attempt-counter file decoder and the delay policy on what it decodes.
// Input: 8 bytes of "now" (little endian), then the file.
#include "vault/attemptcounter.h"

#include "vaultfuzzsupport.h"

#include <QtEndian>

#include <cstddef>
#include <cstdint>

using namespace samen::vault;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::writeSeedIfAsked([] {
        QByteArray seed(8, '\0');
        qToLittleEndian<qint64>(1000, seed.data());
        return seed + AttemptCounter::encode(AttemptState { 6, 990 });
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
    if (!AttemptCounter::decode(file, &state))
        return 0;
    if (AttemptCounter::encode(state) != file)
        std::abort(); // a file that decodes must be exactly what encode() writes
    const qint64 wait = AttemptPolicy::secondsToWait(state, now);
    if (wait < 0 || wait > AttemptPolicy::maxDelaySeconds)
        std::abort();
    return 0;
}
