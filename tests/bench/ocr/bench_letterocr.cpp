// OCR of one generated A4 letter page at 300 dpi (a phone photo of it, JPEG 70 %), against
// Tesseract's own command-line tool on the same file in the same run (issue 17).
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/ocr/bench_letterocr [runs]      (default 5)
//
// The engine side runs in a process of its own (its peak RSS is its own); the runs alternate,
// one `tesseract FILE stdout -l nld` then one round of the engine, so that the load of a shared
// machine weighs on both sides alike. A round times: readLetter() (the reader: Leptonica
// preparation, OCR, text reading) and, separately, its stages: the page into Leptonica, the
// background normalisation, the deskew, OCR of the prepared page, the text reading; then
// OcrEngine::read() of the page as loaded (the engine open), and once per run
// OcrEngine::open() + read() (the first letter). Prints the medians, the ratios to the CLI and
// the peak RSS of each side. Target: readLetter at most 1.2 x the CLI, at most 150 MB.

#include "benchsupport.h"
#include "letters/letterreading.h"
#include "ocr/letterocr.h"
#include "ocr/ocrengine.h"
#include "ocr/pageload.h"
#include "ocr/pix.h"
#include "rules/pack.h"
#include "support/lettergen.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <leptonica/allheaders.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

using namespace samen;
using samen::vault::bench::median;
using samen::vault::bench::timeMs;

namespace {

/** The figures of one engine round, in the order the child prints them. */
const QList<const char *> kFigures { "reader",      "toPix",   "normalise", "deskew",
                                     "ocrPrepared", "reading", "warm",      "cold" };

double peakRssMb(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_maxrss / 1024.0;
}

/** One round on the open @p engine: the figures of kFigures (cold: 0, see coldRound()). */
QList<double> round(const QImage &page, ocr::OcrEngine &engine)
{
    const rules::LetterPatterns &patterns = rules::bundledPack().pack->journey.reading;
    const QDate today(2027, 2, 15);
    QList<double> figures;
    figures << timeMs([&] { (void)ocr::readLetter({ page }, engine, patterns, today); });
    ocr::PixPtr grey;
    ocr::PixPtr even;
    ocr::PixPtr straight;
    figures << timeMs([&] { grey.reset(ocr::pixFromImage(page, 300)); });
    figures << timeMs([&] { even.reset(pixBackgroundNormSimple(grey.get(), nullptr, nullptr)); });
    figures << timeMs([&] { straight.reset(pixDeskew(even.get(), 0)); });
    ocr::OcrText text;
    figures << timeMs([&] { text = engine.read(straight.get()); });
    figures << timeMs([&] { (void)letters::readLetterText(text.text, patterns, text.confidence, today); });
    figures << timeMs([&] { (void)engine.read(page); });
    figures << 0;
    return figures;
}

double coldRound(const QImage &page)
{
    return timeMs([&] {
        const auto engine = ocr::OcrEngine::open(nullptr);
        if (engine)
            (void)engine->read(page);
    });
}

/** Child process: one round for each line on stdin ("round" or "cold"); at the end its peak RSS. */
int serveEngine(const QString &path)
{
    const ocr::PageLoad load = ocr::loadLetterFile(path);
    const auto engine = ocr::OcrEngine::open(nullptr);
    if (load.pages.isEmpty() || !engine)
        return 1;
    std::string command;
    while (std::getline(std::cin, command)) {
        QList<double> figures =
            command == "cold" ? QList<double>(kFigures.size(), 0.0) : round(load.pages.first(), *engine);
        if (command == "cold")
            figures.last() = coldRound(load.pages.first());
        for (double figure : figures)
            std::printf("%.1f ", figure);
        std::printf("\n");
        std::fflush(stdout);
    }
    std::printf("%.1f\n", peakRssMb(RUSAGE_SELF));
    return 0;
}

QList<double> ask(QProcess &engine, const char *command)
{
    engine.write(command);
    engine.write("\n");
    while (!engine.canReadLine() && engine.waitForReadyRead(-1)) { }
    QList<double> figures;
    for (const QByteArray &figure : engine.readLine().simplified().split(' '))
        figures << figure.toDouble();
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && QByteArray(argv[1]) == "--engine") {
        QCoreApplication app(argc, argv);
        return serveEngine(QString::fromLocal8Bit(argv[2]));
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
    QProcess engine;
    engine.start(QCoreApplication::applicationFilePath(), { u"--engine"_qs, path });
    QList<double> cli;
    QList<QList<double>> rounds(kFigures.size());
    for (int i = 0; i < runs; ++i) {
        cli << timeMs([&] {
            QProcess process;
            process.start(tesseract, { path, u"stdout"_qs, u"-l"_qs, u"nld"_qs });
            process.waitForFinished(-1);
        });
        const QList<double> figures = ask(engine, "round");
        const QList<double> cold = ask(engine, "cold");
        if (figures.size() != kFigures.size() || cold.size() != kFigures.size()) {
            std::fprintf(stderr, "the engine run failed\n");
            return 1;
        }
        for (qsizetype f = 0; f + 1 < kFigures.size(); ++f)
            rounds[f] << figures[f];
        rounds.last() << cold.last();
    }
    engine.closeWriteChannel();
    engine.waitForFinished(-1);
    const double engineRss = engine.readAllStandardOutput().trimmed().toDouble();
    const double cliRss = peakRssMb(RUSAGE_CHILDREN);
    auto at = [&](const char *name) { return median(rounds[kFigures.indexOf(name)]); };
    const double cliMs = median(cli);
    std::printf("A4 page, 2480x3508 photo (JPEG 70 %%), %d runs alternating with the CLI, medians\n", runs);
    std::printf("tesseract CLI (start, model, OCR):   %7.0f ms   peak RSS %5.1f MB\n", cliMs, cliRss);
    std::printf("readLetter (prepare, OCR, reading):  %7.0f ms   ratio %.2f\n", at("reader"),
                at("reader") / cliMs);
    std::printf("  its stages, timed one by one:\n");
    std::printf("  page into Leptonica:               %7.0f ms\n", at("toPix"));
    std::printf("  background normalisation:          %7.0f ms\n", at("normalise"));
    std::printf("  deskew:                            %7.0f ms\n", at("deskew"));
    std::printf("  OCR of the prepared page:          %7.0f ms   ratio %.2f\n", at("ocrPrepared"),
                at("ocrPrepared") / cliMs);
    std::printf("  text reading (type, dates):        %7.0f ms\n", at("reading"));
    std::printf("OcrEngine::read, page as loaded:     %7.0f ms   ratio %.2f\n", at("warm"),
                at("warm") / cliMs);
    std::printf("OcrEngine::open + read:              %7.0f ms   ratio %.2f\n", at("cold"),
                at("cold") / cliMs);
    std::printf("engine process peak RSS:             %7.1f MB\n", engineRss);
    return 0;
}
