// libFuzzer target: the backup reader (header, secretstream chunks, restore into a new database)
// with the passphrase the seed was made with. Headers asking for costly Argon2id parameters are
// skipped: the reader bounds them (KdfParams::isAffordable()) and they only slow the fuzzer.
#include "vault/backup.h"
#include "vault/database.h"
#include "vault/schema.h"

#include "vaultfuzzsupport.h"

#include <QDir>
#include <QtEndian>

#include <cstddef>
#include <cstdint>

using namespace samen::vault;

namespace {
const SecureBytes &passphrase()
{
    static const SecureBytes secret("backup passphrase", 17);
    return secret;
}

QByteArray makeSeed()
{
    const QString folder = fuzz::scratchFolder();
    Database::OpenResult opened = Database::OpenResult::IoError;
    auto db =
        Database::open(folder + u"/seed.db"_qs, SecureBytes::random(32), Database::Mode::CreateNew, &opened);
    if (!db || !schema::migrate(*db) ||
        !db->exec(
            "INSERT INTO referent VALUES (1, 'R', 'R', '1990-01-01', 'ER', '2025-05-01');"
            "INSERT INTO family_member (id, referent_id, relation, name, latin_name, birth_date, country) "
            "VALUES (1, 1, 'child', 'C', 'C', '2015-02-03', 'ET');"
            "INSERT INTO interview_answer VALUES ('referent', 'q', 'yes', '2026-01-01');"))
        return {};
    const QString path = folder + u"/seed.samen"_qs;
    return backup::write(*db, folder, path, passphrase(), KdfParams { 1, 8192 }) == BackupResult::Ok
        ? fuzz::readAll(path)
        : QByteArray();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::writeSeedIfAsked(makeSeed);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size >= 24 &&
        quint64(qFromLittleEndian<quint32>(data + 12)) * qFromLittleEndian<quint64>(data + 16) >
            quint64(4 * 1024 * 1024))
        return 0;
    const QString folder = fuzz::scratchFolder();
    const QString path = folder + u"/input.samen"_qs;
    const QString target = folder + u"/restored.db"_qs;
    if (!fuzz::writeAll(path, QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size))))
        std::abort();
    static const SecureBytes dataKey = SecureBytes::random(32);
    const BackupResult result = backup::restore(path, passphrase(), folder, target, dataKey);
    if (result == BackupResult::Ok) {
        Database::OpenResult opened = Database::OpenResult::IoError;
        auto db = Database::open(target, dataKey, Database::Mode::ExistingOnly, &opened);
        if (!db || db->userVersion() != schema::latestVersion || !db->integrityOk())
            std::abort(); // an accepted backup must give a sound database at the latest schema
    } else if (QFile::exists(target)) {
        std::abort(); // a refused backup must leave nothing behind
    }
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(target + QLatin1String(suffix));
    return 0;
}
