// Importing 100 phone photos of 4000x3000 into the vault, as "Add photo or file" does: the
// importer (size check, scaled decode, upright, JPEG q85, thumbnail) and the store (one
// transaction per photo in the encrypted database). Reports the time per photo, the peak RSS
// (target below 150 MB) and the database growth per photo, and a baseline in the same run:
// a plain QImage load of the same file and a JPEG q85 save into memory, at full size. After each
// photo the paper's page is read again as the app's DocumentPhotos does (the rows and every
// thumbnail), and the median of the last 10 imports is compared with the first 10 (issue 19:
// at most 1.2x, the cost must not grow with the photos already there).
//
//   build/tests/bench/import/bench_import [photos]
//
// The photos (noise over a gradient, so that they compress like real photos) are written to a
// temporary folder by a child process first, so that the peak RSS is the import's own.

#include "benchsupport.h"
#include "documents/attachmentstore.h"
#include "documents/documentimporter.h"
#include "support/vaulttestsupport.h"
#include "vault/documentrepository.h"
#include "vault/peoplerepository.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>

using namespace samen;

namespace {

constexpr QSize photoSize(4000, 3000);

QString photoPath(const QString &folder, int i)
{
    return QDir(folder).filePath(QStringLiteral("photo-%1.jpg").arg(i, 3, 10, QLatin1Char('0')));
}

int generate(const QString &folder, int count)
{
    QRandomGenerator random(42);
    for (int i = 0; i < count; ++i) {
        QImage image(photoSize, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int noise = int(random.bounded(48u));
                line[x] = qRgb((x * 255 / photoSize.width() + noise + i) & 0xff,
                               (y * 255 / photoSize.height() + noise) & 0xff, (128 + noise) & 0xff);
            }
        }
        if (!image.save(photoPath(folder, i), "jpeg", 92))
            return 1;
    }
    return 0;
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

qint64 folderBytes(const QString &folder)
{
    qint64 total = 0;
    for (const QString &path : vault::testsupport::filesBelow(folder))
        total += QFileInfo(path).size();
    return total;
}

qint64 seedDocument(vault::Database &db)
{
    vault::PeopleRepository people(db);
    dossier::Referent referent { 0, QStringLiteral("R"), QStringLiteral("R"), {}, QStringLiteral("ER"), {} };
    dossier::FamilyMember member {
        0, 0, QStringLiteral("partner"), QStringLiteral("P"), QStringLiteral("P"), {}, {}, {}, {}
    };
    if (!people.save(referent))
        return 0;
    member.referentId = referent.id;
    dossier::Document document { 0, 0, QStringLiteral("identity"), dossier::DocumentStatus::Missing, {}, {} };
    if (!people.save(member))
        return 0;
    document.memberId = member.id;
    return vault::DocumentRepository(db).save(document) ? document.id : 0;
}

/** The peak RSS since the last resetPeak() (VmHWM), in MB. */
double peakSinceResetMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

/** Resets VmHWM to the current RSS (Linux 4.0 and later), so that the key derivation does not count. */
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/** CPU time of this process so far in ms (all threads): not inflated by other processes' load. */
double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--generate"))
        return generate(args.at(2), args.at(3).toInt());
    const int count = args.size() > 1 ? args.at(1).toInt() : 100;

    QTemporaryDir photos;
    QTemporaryDir vaultFolder;
    std::printf("writing %d photos of %dx%d...\n", count, photoSize.width(), photoSize.height());
    if (QProcess::execute(args.at(0),
                          { QStringLiteral("--generate"), photos.path(), QString::number(count) }) != 0)
        return 1;
    qint64 inputBytes = 0;
    for (int i = 0; i < count; ++i)
        inputBytes += QFileInfo(photoPath(photos.path(), i)).size();

    const auto created = vault::testsupport::createdVault(vaultFolder.path());
    if (!created)
        return 1;
    auto &vault = *created;
    const qint64 documentId = seedDocument(*vault.database());
    documents::AttachmentStore store(*vault.database());
    const double rssBefore = peakRssMb();
    const qint64 bytesBefore = folderBytes(vaultFolder.path());
    resetPeak();
    const double cpuStart = cpuMs();

    QList<double> importMs;
    double convertMs = 0;
    for (int i = 0; i < count; ++i) {
        documents::ImportResult result;
        const double convert = vault::bench::timeMs(
            [&] { result = documents::DocumentImporter::importFile(photoPath(photos.path(), i)); });
        const double save = vault::bench::timeMs([&] {
            if (result.error != documents::ImportError::None ||
                !store.add(documentId, result.file, QDateTime::currentDateTimeUtc()))
                std::exit(1);
        });
        const double reread = vault::bench::timeMs([&] {
            vault::DocumentRepository documents(*vault.database());
            for (const auto &summary : documents.attachmentSummaries(documentId))
                (void)documents.thumbnail(summary.id);
        });
        convertMs += convert;
        importMs << convert + save + reread;
    }
    const double importCpu = (cpuMs() - cpuStart) / count;
    const double rssImport = peakSinceResetMb();
    vault.lock();
    const qint64 growth = folderBytes(vaultFolder.path()) - bytesBefore;

    QList<double> baselineMs;
    const double baselineStart = cpuMs();
    for (int i = 0; i < count; ++i) {
        baselineMs << vault::bench::timeMs([&] {
            QImage image(photoPath(photos.path(), i));
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "jpeg", 85);
        });
    }
    const double baselineCpu = (cpuMs() - baselineStart) / count;
    const double importMedian = vault::bench::median(importMs);
    const double baselineMedian = vault::bench::median(baselineMs);
    std::printf("photos: %d, input %.1f MB each on average\n", count, inputBytes / 1048576.0 / count);
    std::printf(
        "import: median %.1f ms wall per photo (convert %.1f ms mean, the rest is the encrypted insert); "
        "CPU %.1f ms per photo\n",
        importMedian, convertMs / count, importCpu);
    std::printf("peak RSS: %.1f MB after vault set-up (Argon2id), %.1f MB during the imports (VmHWM reset "
                "before them; target < 150 MB)\n",
                rssBefore, rssImport);
    std::printf("database growth: %.1f KB per photo (vault folder after lock)\n", growth / 1024.0 / count);
    std::printf(
        "baseline (QImage load + JPEG q85 save, full size): median %.1f ms wall, CPU %.1f ms per photo; "
        "peak RSS during it %.1f MB\n",
        baselineMedian, baselineCpu, peakSinceResetMb());
    if (count >= 20) {
        const double first = vault::bench::median(importMs.mid(0, 10));
        const double last = vault::bench::median(importMs.mid(count - 10));
        std::printf("growth: median of the last 10 imports %.1f ms, of the first 10 %.1f ms: %.2fx "
                    "(target <= 1.20)\n",
                    last, first, last / first);
    }
    std::printf("ratio import / baseline: %.2f (wall, median), %.2f (CPU)\n", importMedian / baselineMedian,
                importCpu / baselineCpu);
    return 0;
}
