#include "vault/kdf.h"

#include <QElapsedTimer>

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace samen::vault {

namespace {
constexpr quint64 mebibyte = 1024 * 1024;
constexpr quint64 memoryCeiling = 1024 * mebibyte;
constexpr quint32 passesCeiling = 64;
} // namespace

KdfParams KdfParams::shippedMinimum()
{
    return { 3, 64 * mebibyte };
}

bool KdfParams::isUsable() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= passesCeiling &&
        memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= memoryCeiling;
}

bool KdfParams::isAffordable() const
{
    constexpr quint64 memoryBudget = 256 * mebibyte;
    constexpr quint64 workBudget = passesCeiling * 64 * mebibyte;
    return isUsable() && memLimit <= memoryBudget && opsLimit * memLimit <= workBudget;
}

bool KdfParams::meetsShippedMinimum() const
{
    const KdfParams floor = shippedMinimum();
    return opsLimit >= floor.opsLimit && memLimit >= floor.memLimit;
}

SecureBytes deriveKey(const SecureBytes &secret, const unsigned char *salt, const KdfParams &params)
{
    if (!params.isUsable() || sodium_init() < 0)
        return {};
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (key.isNull())
        return {};
    const auto *password = reinterpret_cast<const char *>(secret.data());
    if (crypto_pwhash(key.data(), key.size(), password ? password : "", secret.size(), salt, params.opsLimit,
                      static_cast<size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return key;
}

namespace {
double secondsFor(const KdfParams &params)
{
    const SecureBytes probe = SecureBytes::random(16);
    unsigned char salt[kdfSaltSize];
    randombytes_buf(salt, sizeof salt);
    QElapsedTimer timer;
    timer.start();
    if (deriveKey(probe, salt, params).isNull())
        return -1;
    return std::max(timer.nsecsElapsed() / 1e9, 1e-3);
}

quint32 passesFor(double passes)
{
    return static_cast<quint32>(
        std::clamp(std::round(passes), double(KdfParams::shippedMinimum().opsLimit), double(passesCeiling)));
}
} // namespace

KdfParams recalibratedKdf(const KdfParams &current, double measuredSeconds, double targetSeconds)
{
    if (measuredSeconds <= 0 || measuredSeconds >= targetSeconds / 2 || !current.isUsable())
        return current;
    KdfParams raised = current;
    raised.opsLimit =
        std::max(current.opsLimit, passesFor(current.opsLimit * targetSeconds / measuredSeconds));
    return raised;
}

double predictedKdfSeconds(const KdfParams &own, double ownSeconds, const KdfParams &asked)
{
    const double ownWork = double(own.opsLimit) * double(own.memLimit);
    if (ownWork <= 0 || ownSeconds <= 0)
        return 0;
    return ownSeconds * double(asked.opsLimit) * double(asked.memLimit) / ownWork;
}

KdfParams calibrateKdf(double targetSeconds)
{
    KdfParams params = KdfParams::shippedMinimum();
    const double first = secondsFor(params);
    if (first <= 0)
        return params;
    params.opsLimit = passesFor(params.opsLimit * targetSeconds / first);
    if (params.opsLimit == KdfParams::shippedMinimum().opsLimit)
        return params;
    // Passes do not scale exactly linearly (allocation, caches): check once and correct.
    const double second = secondsFor(params);
    if (second > 0)
        params.opsLimit = passesFor(params.opsLimit * targetSeconds / second);
    return params;
}

} // namespace samen::vault
