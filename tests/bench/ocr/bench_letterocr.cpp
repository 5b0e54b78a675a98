// OCR of one generated A4 letter page at 300 dpi (a phone photo of it, JPEG 70 %), against
// Tesseract's own command-line tool on the same file in the same run (issue 17).
//
//   build/tests/bench/ocr/bench_letterocr [runs]      (default 5)
//
// Prints the median time of: OcrEngine::read() on the loaded page (the engine open, as in the
// app after the first letter), OcrEngine::open() + read() (the first letter), readLetter() (the
// reader: Leptonica preparation, OCR, text reading), and `tesseract FILE stdout -l nld`; the ratios
// to the CLI, and the peak RSS of each side (each in a process of its own). Target: at most
// 1.2 x the CLI and at most 150 MB.

#include "benchsupport.h"
#include "ocr/letterocr.h"
#include "ocr/ocrengine.h"
#include "ocr/pageload.h"
#include "rules/pack.h"
#include "support/lettergen.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace samen;
using samen::vault::bench::median;
using samen::vault::bench::timeMs;

namespace {

double peakRssMb(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_maxrss / 1024.0;
}

/** Child process: the engine on @p path, @p runs times; prints "warm cold reader rss". */
int measureEngine(const QString &path, int runs)
{
    const ocr::PageLoad load = ocr::loadLetterFile(path);
    if (load.pages.isEmpty())
        return 1;
    QList<double> warm;
    QList<double> cold;
    QList<double> reader;
    QList<double> prepare;
    const rules::LetterPatterns &patterns = rules::bundledPack().pack->journey.reading;
    for (int i = 0; i < runs; ++i) {
        std::unique_ptr<ocr::OcrEngine> engine;
        cold << timeMs([&] {
            engine = ocr::OcrEngine::open(nullptr);
            if (engine)
                (void)engine->read(load.pages.first());
        });
        if (!engine)
            return 1;
        warm << timeMs([&] { (void)engine->read(load.pages.first()); });
        reader << timeMs([&] { (void)ocr::readLetter(load.pages, *engine, patterns, QDate(2027, 2, 15)); });
        prepare << timeMs([&] { (void)ocr::preparedPage(load.pages.first()); });
    }
    std::printf("%.1f %.1f %.1f %.1f %.1f\n", median(warm), median(cold), median(reader),
                peakRssMb(RUSAGE_SELF), median(prepare));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && QByteArray(argv[1]) == "--engine") {
        QCoreApplication app(argc, argv);
        return measureEngine(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]));
    }
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const QString tesseract = QStandardPaths::findExecutable(u"tesseract"_qs);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"letter.jpg"_qs);
    {
        const testing::GeneratedLetter letter = testing::generateLetter(4);
        QFile file(path);
        if (tesseract.isEmpty() || !file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "needs the tesseract CLI (tesseract-ocr) and a temporary folder\n");
            return 1;
        }
        file.write(testing::jpegBytes(testing::photographed(letter.page, 4)));
    }
    QList<double> cli;
    for (int i = 0; i < runs; ++i) {
        cli << timeMs([&] {
            QProcess process;
            process.start(tesseract, { path, u"stdout"_qs, u"-l"_qs, u"nld"_qs });
            process.waitForFinished(-1);
        });
    }
    const double cliRss = peakRssMb(RUSAGE_CHILDREN);
    QProcess engine;
    engine.start(QCoreApplication::applicationFilePath(), { u"--engine"_qs, path, QString::number(runs) });
    engine.waitForFinished(-1);
    const QList<QByteArray> figures = engine.readAllStandardOutput().simplified().split(' ');
    if (engine.exitCode() != 0 || figures.size() != 5) {
        std::fprintf(stderr, "the engine run failed\n");
        return 1;
    }
    const double warm = figures[0].toDouble();
    const double cold = figures[1].toDouble();
    const double reader = figures[2].toDouble();
    const double cliMs = median(cli);
    std::printf("A4 page, 2480x3508 photo (JPEG 70 %%), %d runs, medians\n", runs);
    std::printf("tesseract CLI (start, model, OCR):   %7.0f ms   peak RSS %5.1f MB\n", cliMs, cliRss);
    std::printf("OcrEngine::read (engine open):       %7.0f ms   ratio %.2f\n", warm, warm / cliMs);
    std::printf("OcrEngine::open + read:              %7.0f ms   ratio %.2f\n", cold, cold / cliMs);
    std::printf("readLetter (prepare, OCR, reading):  %7.0f ms   ratio %.2f\n", reader, reader / cliMs);
    std::printf("  of which preparedPage (Leptonica):%7.0f ms\n", figures[4].toDouble());
    std::printf("engine process peak RSS:             %7.1f MB\n", figures[3].toDouble());
    return 0;
}
