// Unlock time with the shipped Argon2id parameters: derive the KEK, unwrap the data key,
// open and check the database, run the first query. Not a ctest; run by hand:
//   build/tests/bench/vault/bench_vault_unlock [rounds]

#include "vault/database.h"
#include "vault/kdf.h"
#include "vault/keyfile.h"
#include "vault/peoplerepository.h"
#include "vault/vault.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace samen::vault;
using namespace samen::vault::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    QTemporaryDir dir;
    Vault::Options options;
    options.folder = dir.filePath(u"vault"_qs); // shipped parameters: calibrated at create()
    Vault vault(options);
    QByteArray pin("135790");
    double createMs = timeMs([&] { (void)vault.create(pin, SecretKind::Pin); });
    if (vault.state() != Vault::State::Unlocked)
        return 1;
    QFile keyFile(QDir(options.folder).filePath(Vault::keyFileName));
    if (!keyFile.open(QIODevice::ReadOnly))
        return 1;
    const auto header = KeyFile::readHeader(keyFile.readAll());
    std::printf("calibrated Argon2id: %u passes, %llu MiB (create incl. calibration: %.0f ms)\n",
                header->params.opsLimit, static_cast<unsigned long long>(header->params.memLimit >> 20),
                createMs);

    QList<double> kdfSamples;
    for (int i = 0; i < rounds; ++i) {
        const unsigned char salt[kdfSaltSize] = {};
        const SecureBytes secret("135790", 6);
        kdfSamples << timeMs([&] { (void)deriveKey(secret, salt, header->params); });
    }
    std::printf("Argon2id alone: median %.0f ms\n", median(kdfSamples));

    QList<double> samples;
    for (int i = 0; i < rounds; ++i) {
        vault.lock();
        samples << timeMs([&] {
            QByteArray secret("135790");
            if (vault.unlock(secret).result != Vault::UnlockResult::Ok)
                std::abort();
            (void)PeopleRepository(*vault.database()).referents();
        });
    }
    std::printf(
        "unlock (Argon2id + unwrap + open + quick_check + first query): median %.0f ms over %d rounds\n",
        median(samples), rounds);
    return 0;
}
