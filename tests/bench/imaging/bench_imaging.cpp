// The photo check on a 12 MP phone photo (4000x3000, an A4 letter turned 3 degrees and seen at
// an angle): page detection (target under 200 ms here), the whole quality check (which includes
// it), and straightening the page, each against a baseline in the same run: a plain
// QImage::scaled() of the same photo to the working size (1280 px), smooth. Prints the ratios.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/imaging/bench_imaging [--benchmark_repetitions=N]

#include "imaging/pagedetect.h"
#include "imaging/photoquality.h"
#include "imaging/straighten.h"
#include "support/pagephotos.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace samen;

namespace {

const QImage &photo()
{
    static const QImage image = [] {
        testsupport::PagePhotoSpec spec;
        spec.photo = QSize(3000, 4000);
        spec.rotation = 3;
        spec.perspective = 0.06;
        return testsupport::jpegged(testsupport::noisy(testsupport::renderPagePhoto(spec).image, 4), 85);
    }();
    return image;
}

void baselineScale(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(photo().scaled(imaging::workingSide, imaging::workingSide,
                                                Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void detectPage(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(imaging::detectPage(photo()));
}

void checkQuality(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(imaging::checkQuality(photo()));
}

void straighten(benchmark::State &state)
{
    const auto quad = imaging::detectPage(photo());
    if (!quad) {
        state.SkipWithError("no page found");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(imaging::straighten(photo(), *quad));
}

BENCHMARK(baselineScale)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(detectPage)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(checkQuality)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(straighten)->Unit(benchmark::kMillisecond)->MinTime(2);

/** Collects the medians (or means, without repetitions) to print the ratios at the end. */
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            const std::string name = run.run_name.function_name;
            const bool aggregate = run.run_type == Run::RT_Aggregate;
            if (aggregate && run.aggregate_name != "median")
                continue;
            m_ms[name] = run.GetAdjustedRealTime();
        }
    }
    void print() const
    {
        const double base = m_ms.count("baselineScale") ? m_ms.at("baselineScale") : 0;
        std::printf(
            "\n12 MP photo (3000x4000), wall-clock ms and ratio to a smooth QImage::scaled() to %d px (%.1f ms):\n",
            imaging::workingSide, base);
        for (const char *name : { "detectPage", "checkQuality", "straighten" }) {
            if (m_ms.count(name) && base > 0)
                std::printf(
                    "  %-13s %7.1f ms  %5.2fx%s\n", name, m_ms.at(name), m_ms.at(name) / base,
                    std::string(name) == "detectPage"
                        ? (m_ms.at(name) < 200 ? "  (target < 200 ms: met)" : "  (target < 200 ms: MISSED)")
                        : "");
        }
    }

private:
    std::map<std::string, double> m_ms;
};

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts for the generated letter
    benchmark::Initialize(&argc, argv);
    photo();
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.print();
    benchmark::Shutdown();
    return 0;
}
