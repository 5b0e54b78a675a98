// Listing a document's pages and reading thumbnails with 100 photos of about 1 MB in an
// encrypted vault: the layout before schema 5 (bytes and thumbnail inside the `attachment` row)
// against schema 5 (bytes and thumbnails in tables of their own), in the same run, through the
// same queries the app ran then and runs now. Prints medians and the ratio. Not a ctest; run by
// hand:  build/tests/bench/vault/bench_attachments [rounds]

#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/schema.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace samen::dossier;
using namespace samen::vault;
using namespace samen::vault::bench;

namespace {

constexpr int photos = 100;
constexpr int photoBytes = 1'100'000;
constexpr int thumbnailBytes = 6'000;

QByteArray noise(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

std::unique_ptr<Database> vaultAt(const QString &path, int version)
{
    Database::OpenResult opened = Database::OpenResult::IoError;
    auto db = Database::open(path, SecureBytes::random(32), Database::Mode::CreateNew, &opened);
    if (!db || !schema::migrate(*db, version) ||
        !db->exec("INSERT INTO document VALUES (1, NULL, 'passport', 'have', '', '');"))
        return nullptr;
    Transaction transaction(*db);
    for (int i = 1; i <= photos; ++i) {
        Statement insert =
            db->prepare(version < 5 ? "INSERT INTO attachment VALUES (?1, 1, 'image/jpeg', ?2, '', "
                                      "?3, 'passport-' || ?1 || '.jpg')"
                                    : "INSERT INTO attachment VALUES (?1, 1, 'image/jpeg', x'', '', "
                                      "x'', 'passport-' || ?1 || '.jpg')");
        insert.bind(1, qint64(i));
        if (version < 5)
            insert.bind(2, noise(photoBytes)).bind(3, noise(thumbnailBytes));
        if (!insert.run())
            return nullptr;
        if (version >= 5) {
            Attachment bytes { i, 1, u"image/jpeg"_qs, noise(photoBytes), {}, noise(thumbnailBytes), {} };
            Statement data = db->prepare("INSERT INTO attachment_data VALUES (?1, ?2)");
            Statement thumb = db->prepare("INSERT INTO attachment_thumbnail VALUES (?1, ?2)");
            data.bind(1, qint64(i)).bind(2, bytes.data);
            thumb.bind(1, qint64(i)).bind(2, bytes.thumbnail);
            if (!data.run() || !thumb.run())
                return nullptr;
        }
    }
    return transaction.commit() ? std::move(db) : nullptr;
}

struct Times
{
    double list = 0;
    double thumbnails = 0;
};

Times measure(Database &db, int version, int rounds)
{
    QList<double> list, thumbnails;
    const char *listSql =
        "SELECT id, mime_type, created_at, file_name FROM attachment WHERE document_id = 1 ORDER BY id";
    const char *thumbnailSql = version < 5
        ? "SELECT thumbnail FROM attachment WHERE id = ?1"
        : "SELECT thumbnail FROM attachment_thumbnail WHERE attachment_id = ?1";
    for (int round = 0; round < rounds; ++round) {
        list << timeMs([&] {
            Statement statement = db.prepare(listSql);
            int rows = 0;
            while (statement.next())
                ++rows;
            Q_ASSERT(rows == photos);
        });
        thumbnails << timeMs([&] {
            for (int i = 1; i <= photos; ++i) {
                Statement statement = db.prepare(thumbnailSql);
                statement.bind(1, qint64(i));
                if (!statement.next() || statement.blob(0).size() != thumbnailBytes)
                    std::abort();
            }
        });
    }
    return { median(list), median(thumbnails) };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 7;
    QTemporaryDir dir;
    auto before = vaultAt(dir.filePath(u"v4.db"_qs), 4);
    auto now = vaultAt(dir.filePath(u"v5.db"_qs), 5);
    if (!before || !now) {
        std::fprintf(stderr, "could not build the two vaults\n");
        return 1;
    }
    const Times old = measure(*before, 4, rounds);
    const Times split = measure(*now, 5, rounds);
    std::printf("%d photos of %d bytes, medians of %d rounds\n", photos, photoBytes, rounds);
    std::printf("list a document's pages:  before %8.2f ms  now %8.3f ms  ratio %.0fx\n", old.list,
                split.list, old.list / split.list);
    std::printf("read all 100 thumbnails:  before %8.2f ms  now %8.3f ms  ratio %.0fx\n", old.thumbnails,
                split.thumbnails, old.thumbnails / split.thumbnails);
    return 0;
}
