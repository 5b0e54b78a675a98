#pragma once

#include "vault/securebytes.h"

#include <QtGlobal>

namespace samen::vault {

/** Argon2id cost parameters, as stored in key-file and backup headers. */
struct KdfParams
{
    /** Number of passes (libsodium opslimit). */
    quint32 opsLimit = 0;
    /** Memory in bytes (libsodium memlimit). */
    quint64 memLimit = 0;

    /** The floor for shipped parameters: 64 MiB and 3 passes. */
    [[nodiscard]] static KdfParams shippedMinimum();
    /** True when libsodium accepts the values and they stay below sane ceilings (1 GiB, 64 passes). */
    [[nodiscard]] bool isUsable() const;
    /**
     * True when isUsable() and the cost stays within what a phone can spend on a file that is
     * not yet authenticated (a backup header): at most 256 MiB and the work of 64 passes over
     * 64 MiB, the most calibrateKdf() ever chooses.
     */
    [[nodiscard]] bool isAffordable() const;
    /** True when both values reach shippedMinimum(). */
    [[nodiscard]] bool meetsShippedMinimum() const;
};

/** Length of the salt stored next to the parameters. */
constexpr std::size_t kdfSaltSize = 16;

/**
 * Derives a 32-byte key from @p secret and @p salt (kdfSaltSize bytes) with Argon2id.
 * Returns a null buffer when the parameters are unusable or memory runs out.
 */
[[nodiscard]] SecureBytes deriveKey(const SecureBytes &secret, const unsigned char *salt,
                                    const KdfParams &params);

/**
 * Parameters for a derivation of about @p targetSeconds, judged from one at @p current that took
 * @p measuredSeconds: more passes at the same memory when it ran in less than half the target,
 * else @p current. Never fewer passes than @p current nor than shippedMinimum(), at most 64.
 */
[[nodiscard]] KdfParams recalibratedKdf(const KdfParams &current, double measuredSeconds,
                                        double targetSeconds);

/** The most a restore may spend here on a backup's Argon2id before anything is read: 5 s. */
constexpr double restoreKdfSecondsCeiling = 5.0;

/**
 * Seconds a derivation with @p asked would take on this device, where one with @p own took
 * @p ownSeconds: the work (passes × memory) scales the time. @p own are this device's key-file
 * parameters, calibrated here (calibrateKdf()), so the estimate follows the device.
 */
[[nodiscard]] double predictedKdfSeconds(const KdfParams &own, double ownSeconds, const KdfParams &asked);

/**
 * Measures this device (at setup, up to about 1 s) and returns parameters at or above
 * shippedMinimum() whose derivation takes about @p targetSeconds (the app uses 0.75 s),
 * raising the passes at 64 MiB.
 */
[[nodiscard]] KdfParams calibrateKdf(double targetSeconds = 0.75);

} // namespace samen::vault
