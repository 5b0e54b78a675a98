// What a copy of samen.key costs an attacker who tries secrets offline: one Argon2id
// derivation at the parameters this machine calibrates to (what setup would ship here) and at
// the floor (64 MiB, 3 passes), extrapolated to every 6- and 8-digit PIN the app accepts and to
// passphrases of random words. Not a ctest; run by hand:
//   build/tests/bench/vault/bench_bruteforce [rounds]

#include "vault/kdf.h"
#include "vault/pinpolicy.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QThread>

#include <cmath>
#include <cstdio>

using namespace samen::vault;
using namespace samen::vault::bench;

namespace {

double secondsPerGuess(const KdfParams &params, int rounds)
{
    QList<double> samples;
    const unsigned char salt[kdfSaltSize] = {};
    const SecureBytes secret("135790", 6);
    for (int i = 0; i < rounds; ++i)
        samples << timeMs([&] { (void)deriveKey(secret, salt, params); });
    return median(samples) / 1000;
}

/** How many PINs of @p digits digits the app accepts (pinPattern() refuses the rest). */
double acceptedPins(int digits)
{
    if (digits > 6)
        return std::pow(10.0, digits); // not enumerated: the refused share is below 3 %
    qint64 accepted = 0;
    for (int n = 0; n < 1'000'000; ++n)
        accepted += pinPattern(QByteArray::number(n).rightJustified(6, '0')) == PinPattern::None ? 1 : 0;
    return double(accepted);
}

void report(const char *what, double guesses, double seconds, int cores)
{
    const double oneCoreDays = guesses * seconds / 86400;
    std::printf("  %-44s %.3g guesses: %.3g days on 1 core, %.3g days on %d cores (half that on average)\n",
                what, guesses, oneCoreDays, oneCoreDays / cores, cores);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    const int cores = QThread::idealThreadCount();
    const KdfParams calibrated = calibrateKdf();
    for (const KdfParams &params : { calibrated, KdfParams::shippedMinimum() }) {
        const double seconds = secondsPerGuess(params, rounds);
        std::printf("Argon2id %u passes, %llu MiB: median %.3f s per guess over %d rounds\n", params.opsLimit,
                    static_cast<unsigned long long>(params.memLimit >> 20), seconds, rounds);
        report("every accepted 6-digit PIN", acceptedPins(6), seconds, cores);
        report("every 8-digit PIN", acceptedPins(8), seconds, cores);
        report("passphrase of 3 random words (7,776-word list)", std::pow(7776.0, 3), seconds, cores);
        report("passphrase of 4 random words (7,776-word list)", std::pow(7776.0, 4), seconds, cores);
    }
    return 0;
}
