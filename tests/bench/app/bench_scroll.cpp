// The work of each frame while a long list scrolls (issue 19, "no frame over 16 ms of work"),
// with the big family of bench_pages (N members with 3 papers each, 50 dates from IND letters,
// 100 photos on one paper) for N = 20 and N = 200 in one run. Each page is opened above home,
// then its scrolling view (the Flickable with the tallest content) is swept from the top to the
// end and back, 24 px a frame (a slow flick), and every frame is timed on the GUI thread: moving
// the view (delegates made or recycled), the events waiting (rows made ahead a slice at a time by
// the incubation controller), polish and sync until the scene graph has rendered
// (QQuickWindow::afterRendering; the software renderer draws on this thread offscreen, a phone's
// GPU does not, so the drawing is also given apart, and the rest of the work as "nodraw"). Items:
// what the page holds after the sweep. Built, not run by ctest:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/app/bench_scroll [sweeps] [page,page,…]
// (the pages: family, deadlines, timeline, documentfiles, letters, journeyhelp, glossary; all
// when not given).

#include "support/bigfamily.h"
#include "support/uitestsession.h"
#include "uiinspector.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickItem>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

using namespace samen;

namespace {

constexpr int deadlineCount = 50;
constexpr int photoCount = 100;
constexpr qreal stepPixels = 24;
constexpr double frameBudgetMs = 16;

/** One frame: GUI-thread work in ms, and how much of it was drawing (software renderer). */
struct Frame
{
    double workMs = 0;
    double drawMs = 0;
};

/** The page's scrolling view: the Flickable (ListView or Flickable) with the tallest content. */
QQuickItem *scrollingView(QQuickItem *page)
{
    QList<QQuickItem *> flickables;
    UiDriver::findAll(
        page, [](const QQuickItem *item) { return item->inherits("QQuickFlickable"); }, flickables);
    QQuickItem *tallest = nullptr;
    for (QQuickItem *item : std::as_const(flickables)) {
        if (!tallest ||
            item->property("contentHeight").toReal() > tallest->property("contentHeight").toReal())
            tallest = item;
    }
    return tallest;
}

/** Moves @p view to @p y and renders one frame; the times of that frame. */
Frame frameAt(QQuickWindow *window, QQuickItem *view, qreal y)
{
    QElapsedTimer clock;
    qint64 drawStart = -1;
    qint64 drawEnd = -1;
    const auto before = QObject::connect(
        window, &QQuickWindow::beforeRendering, window, [&] { drawStart = clock.nsecsElapsed(); },
        Qt::DirectConnection);
    const auto after = QObject::connect(
        window, &QQuickWindow::afterRendering, window, [&] { drawEnd = clock.nsecsElapsed(); },
        Qt::DirectConnection);
    clock.start();
    view->setProperty("contentY", y);
    // What the event loop does between two frames, as on a phone: rows a list makes ahead are
    // made here, a slice at a time (Qt Quick's incubation controller), and count as this frame's.
    QCoreApplication::processEvents();
    const QImage image = window->grabWindow(); // polish, sync, render (then a copy, not counted)
    const qint64 end = drawEnd >= 0 ? drawEnd : clock.nsecsElapsed();
    QObject::disconnect(before);
    QObject::disconnect(after);
    Frame frame;
    frame.workMs = double(end) / 1e6;
    frame.drawMs = drawStart >= 0 && drawEnd >= drawStart ? double(drawEnd - drawStart) / 1e6 : 0;
    return frame;
}

struct Result
{
    QList<double> work;
    QList<double> draw;
    QList<double> logic; // work without drawing: moving, delegates, polish, sync
    qreal contentHeight = 0;
    int items = 0;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

Result sweep(QQuickWindow *window, const QString &name, const QVariantMap &subject, int sweeps)
{
    Result result;
    UiInspector::showPage(window, QStringLiteral("home"));
    (void)UiInspector::renderFrame(window);
    QVariant pushed;
    QMetaObject::invokeMethod(window, "push", Q_RETURN_ARG(QVariant, pushed), Q_ARG(QVariant, name),
                              Q_ARG(QVariant, 0),
                              Q_ARG(QVariant, subject.isEmpty() ? QVariant() : QVariant(subject)));
    auto *page = qobject_cast<QQuickItem *>(pushed.value<QObject *>());
    (void)UiInspector::renderFrame(window);
    QQuickItem *view = page ? scrollingView(page) : nullptr;
    if (!view)
        return result;
    const qreal end = std::max<qreal>(0, view->property("contentHeight").toReal() - view->height());
    result.contentHeight = view->property("contentHeight").toReal();
    const auto record = [&](qreal y) {
        const Frame frame = frameAt(window, view, y);
        result.work << frame.workMs;
        result.draw << frame.drawMs;
        result.logic << frame.workMs - frame.drawMs;
    };
    for (int round = 0; round < sweeps; ++round) {
        for (qreal y = 0; y <= end; y += stepPixels)
            record(y);
        for (qreal y = end; y >= 0; y -= stepPixels)
            record(y);
    }
    result.items = UiDriver::itemCount(page);
    return result;
}

void measure(int members, int sweeps, const QStringList &only)
{
    UiTestSession session;
    QQuickWindow *window = session.window();
    window->resize(360, 640);
    testsupport::BigFamily fixture;
    if (!window || !session.createVault([&](vault::Database &db) {
            return testsupport::fillBigFamily(db, members, deadlineCount, photoCount, fixture);
        })) {
        std::fprintf(stderr, "bench_scroll: the fixture could not be made\n");
        return;
    }
    const QVariantMap photos { { QStringLiteral("documentId"), double(fixture.photoDocument) } };
    const QList<std::pair<QString, QVariantMap>> pages {
        { QStringLiteral("family"), {} },   { QStringLiteral("deadlines"), {} },
        { QStringLiteral("timeline"), {} }, { QStringLiteral("documentfiles"), photos },
        { QStringLiteral("letters"), {} },  { QStringLiteral("journeyhelp"), {} },
        { QStringLiteral("glossary"), {} },
    };
    std::printf("%d members, %d dates, %d photos on one paper; %d sweep(s) down and up, %.0f px a frame\n",
                members, deadlineCount, photoCount, sweeps, stepPixels);
    std::printf("  %-14s %7s %6s %8s %8s %8s %6s %9s %9s %9s %6s\n", "page", "height", "frames", "p50 ms",
                "p99 ms", "max ms", ">16ms", "draw max", "nodraw99", "nodrawmx", "items");
    for (const auto &[name, subject] : pages) {
        if (!only.isEmpty() && !only.contains(name))
            continue;
        const Result result = sweep(window, name, subject, sweeps);
        const auto over = std::count_if(result.work.cbegin(), result.work.cend(),
                                        [](double ms) { return ms > frameBudgetMs; });
        std::printf("  %-14s %7.0f %6lld %8.2f %8.2f %8.2f %6lld %9.2f %9.2f %9.2f %6d\n", qPrintable(name),
                    result.contentHeight, static_cast<long long>(result.work.size()),
                    percentile(result.work, 0.5), percentile(result.work, 0.99), percentile(result.work, 1.0),
                    static_cast<long long>(over), percentile(result.draw, 1.0),
                    percentile(result.logic, 0.99), percentile(result.logic, 1.0), result.items);
    }
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int sweeps = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1;
    const QStringList only = argc > 2 ? QString::fromLocal8Bit(argv[2]).split(u',') : QStringList();
    for (const int members : { 20, 200 })
        measure(members, sweeps, only);
    return 0;
}
