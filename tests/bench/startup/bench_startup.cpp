// Median first-frame time of `samen --self-test` against a bare Qt Quick window, runs
// interleaved so that both see the same machine load; prints the ratio.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Sample
{
    double reportedMs = -1; // first-frame-ms printed by the process (from process start)
    double observedMs = -1; // from QProcess::start() until that line arrived
};

Sample runOnce(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    Sample sample;
    static const QRegularExpression pattern(QStringLiteral("first-frame-ms: (\\d+)"));
    QString output;
    while (sample.reportedMs < 0 && process.waitForReadyRead(30000)) {
        output += QString::fromUtf8(process.readAllStandardOutput());
        const auto match = pattern.match(output);
        if (match.hasMatch()) {
            sample.observedMs = timer.nsecsElapsed() / 1e6;
            sample.reportedMs = match.captured(1).toDouble();
        }
    }
    process.waitForFinished(60000);
    return sample;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_startup SAMEN MINIMAL_WINDOW [RUNS=10]\n");
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 10;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());

    QList<double> samenReported, samenObserved, baseReported, baseObserved, textReported;
    for (int i = 0; i < runs; ++i) {
        const Sample base = runOnce(args.at(2), {}, env);
        const Sample text = runOnce(args.at(2), { QStringLiteral("--with-text") }, env);
        const Sample samen =
            runOnce(args.at(1),
                    { QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("en") }, env);
        if (base.reportedMs < 0 || text.reportedMs < 0 || samen.reportedMs < 0) {
            std::fprintf(stderr, "run %d: no first-frame-ms line\n", i + 1);
            return 1;
        }
        baseReported << base.reportedMs;
        baseObserved << base.observedMs;
        textReported << text.reportedMs;
        samenReported << samen.reportedMs;
        samenObserved << samen.observedMs;
    }
    const double ratio = median(samenReported) / median(baseReported);
    std::printf("runs: %d (interleaved)\n", runs);
    std::printf("minimal window: median first frame %.0f ms (seen from outside %.1f ms)\n",
                median(baseReported), median(baseObserved));
    std::printf("minimal + text: median first frame %.0f ms\n", median(textReported));
    std::printf("samen:          median first frame %.0f ms (seen from outside %.1f ms)\n",
                median(samenReported), median(samenObserved));
    std::printf("ratio samen/minimal: %.2f (outside view %.2f); target <= 1.50\n", ratio,
                median(samenObserved) / median(baseObserved));
    std::printf("ratio samen/(minimal + one line of text): %.2f\n",
                median(samenReported) / median(textReported));
    return 0;
}
