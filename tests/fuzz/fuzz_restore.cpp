// libFuzzer target: the restored-schema check. The input is a plain SQLite file standing for the
// decrypted copy inside a backup (its first byte picks the schema version it claims); only the
// known tables' known columns may reach a fresh database, and whatever is accepted must be sound.
#include "vault/database.h"
#include "vault/schema.h"
#include "vault/schemacopy.h"

#include "vaultfuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace samen::vault;

namespace {
std::unique_ptr<Database> plainDatabase(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_qs);
    QFile::remove(path + u"-shm"_qs);
    Database::OpenResult opened = Database::OpenResult::IoError;
    auto db = Database::open(path, SecureBytes(), Database::Mode::CreateNew, &opened);
    // No fsync per transaction: the fuzzer writes a fresh database for every input.
    return db && db->exec("PRAGMA synchronous = OFF;") && schema::migrate(*db) ? std::move(db) : nullptr;
}

QByteArray makeSeed()
{
    const QString path = fuzz::scratchFolder() + u"/seed.db"_qs;
    {
        auto db = plainDatabase(path);
        if (!db ||
            !db->exec("PRAGMA journal_mode = DELETE;"
                      "INSERT INTO referent VALUES (1, 'R', 'R', '1990-01-01', 'ER', '2025-05-01');"
                      "INSERT INTO family_member VALUES (1, 1, 'child', 'C', 'C', '2015-02-03', 'ET', "
                      "'m1', 'note', '');" // reading_language (schema 6) last
                      "INSERT INTO document VALUES (1, 1, 'passport', 'have', '', '2026-01-01');"
                      "INSERT INTO attachment VALUES (1, 1, 'image/jpeg', x'ffd8ff', '2026', x'', 'a.jpg');"
                      "INSERT INTO deadline VALUES (1, 1, 'r', '2026-05-01', 0, '', '');"
                      "INSERT INTO reminder VALUES (1, 1, '2026-04-01', 0);"
                      "INSERT INTO interview_answer VALUES ('referent', 'q', 'yes', '2026-01-01');"
                      "PRAGMA page_size = 512; VACUUM;")) // small pages, a small seed
            return {};
    }
    return QByteArray(1, char(schema::latestVersion)) + fuzz::readAll(path);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::writeSeedIfAsked(makeSeed);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const int version = 1 + data[0] % schema::latestVersion;
    const QString folder = fuzz::scratchFolder();
    const QString copy = folder + u"/copy.db"_qs;
    if (!fuzz::writeAll(copy, QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1))))
        std::abort();
    auto target = plainDatabase(folder + u"/target.db"_qs);
    if (!target)
        std::abort();
    Statement attach = target->prepare("ATTACH DATABASE ?1 AS copy;");
    attach.bind(1, copy);
    if (!attach.run())
        return 0;
    const bool copied = schemacopy::copyKnownRows(*target, "copy", version);
    (void)target->exec("DETACH DATABASE copy;");
    if (copied && (!target->integrityOk() || target->userVersion() != schema::latestVersion))
        std::abort();
    Statement objects =
        target->prepare("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')");
    if (!objects.next() || objects.integer(0) != 0)
        std::abort(); // nothing of the copy's schema may arrive
    return 0;
}
