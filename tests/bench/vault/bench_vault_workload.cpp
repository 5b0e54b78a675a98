// The same 10,000-row workload (insert, query by id, update) on an encrypted and on a plain
// database, both through SQLCipher 3.4.1 (an unkeyed database is plain SQLite) with the
// vault's pragmas (WAL, synchronous=FULL), through the app's repositories. Prints medians
// and the ratio; a third run on a plain file with 1024-byte pages separates the cost of the
// smaller pages SQLCipher 3 uses from the cost of encryption. Not a ctest; run by hand:
//   build/tests/bench/vault/bench_vault_workload [rounds]

#include "vault/database.h"
#include "vault/peoplerepository.h"
#include "vault/schema.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace samen::dossier;
using namespace samen::vault;
using namespace samen::vault::bench;

namespace {

constexpr int rows = 10000;

struct Times
{
    QList<double> insert, query, update, total;
};

void runOnce(const QString &path, const SecureBytes &key, Times *times)
{
    Database::OpenResult result = Database::OpenResult::IoError;
    auto db = Database::open(path, key, Database::Mode::CreateNew, &result);
    if (!db || !schema::migrate(*db))
        std::abort();
    PeopleRepository people(*db);
    QList<qint64> ids;
    const double insert = timeMs([&] {
        Transaction transaction(*db);
        for (int i = 0; i < rows; ++i) {
            Referent referent { 0,
                                QStringLiteral("name %1").arg(i),
                                QStringLiteral("latin %1").arg(i),
                                u"1990-01-01"_qs,
                                u"ER"_qs,
                                u"2025-10-01"_qs };
            (void)people.save(referent);
            ids << referent.id;
        }
        (void)transaction.commit();
    });
    qint64 found = 0;
    const double query = timeMs([&] {
        for (qint64 id : ids)
            found += people.referent(id) ? 1 : 0;
    });
    const double update =
        timeMs([&] {
            Transaction transaction(*db);
            for (qint64 id : ids) {
                Referent referent { id,       u"changed"_qs,   u"changed"_qs, u"1991-02-02"_qs,
                                    u"SY"_qs, u"2025-11-01"_qs };
                (void)people.save(referent);
            }
            (void)transaction.commit();
        });
    if (found != rows)
        std::abort();
    times->insert << insert;
    times->query << query;
    times->update << update;
    times->total << insert + query + update;
}

/** A plain database file with @p pageSize bytes per page, to compare like with like. */
void preparePlainFile(const QString &path, int pageSize)
{
    sqlite3 *db = nullptr;
    const QByteArray sql = "PRAGMA page_size = " + QByteArray::number(pageSize) + "; VACUUM;";
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK ||
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        std::abort();
    sqlite3_close(db);
}

void print(const char *label, const Times &times)
{
    std::printf("%-10s insert %7.1f ms  query %7.1f ms  update %7.1f ms  total %7.1f ms\n", label,
                median(times.insert), median(times.query), median(times.update), median(times.total));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    Times encrypted, plain, plainSmallPages;
    for (int i = 0; i < rounds; ++i) { // interleaved, so drift hits all alike
        runOnce(dir.filePath(QStringLiteral("encrypted%1.db").arg(i)), key, &encrypted);
        runOnce(dir.filePath(QStringLiteral("plain%1.db").arg(i)), SecureBytes(), &plain);
        const QString small = dir.filePath(QStringLiteral("plain1k%1.db").arg(i));
        preparePlainFile(small, 1024);
        runOnce(small, SecureBytes(), &plainSmallPages);
    }
    std::printf("%d rows, medians over %d rounds\n", rows, rounds);
    print("encrypted", encrypted);
    print("plain", plain);
    print("plain 1k", plainSmallPages);
    std::printf("(encrypted: SQLCipher 3 pages of 1024 bytes; plain: SQLite default 4096; plain 1k: 1024)\n");
    std::printf("ratio encrypted/plain 1k: total %.2fx\n",
                median(encrypted.total) / median(plainSmallPages.total));
    std::printf(
        "ratio encrypted/plain: insert %.2fx  query %.2fx  update %.2fx  total %.2fx (target <= 1.5x)\n",
        median(encrypted.insert) / median(plain.insert), median(encrypted.query) / median(plain.query),
        median(encrypted.update) / median(plain.update), median(encrypted.total) / median(plain.total));
    return 0;
}
