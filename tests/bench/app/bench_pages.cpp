// How fast the pages with long lists open, and how many items they create, with a big family
// generated here (issue 19): N family members (each with 3 papers), 50 dates from IND letters,
// 100 photos on one paper. Measured for N = 20 and N = 200 in one run, against an almost empty
// page (erase) opened the same way: time from the push to the first rendered frame (median of
// the runs, pages interleaved) and the QQuickItems the page holds. Built, not run by ctest:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/app/bench_pages [runs]
// Build with -DSAMEN_BENCH_BEFORE_ISSUE_14_3 on a checkout from before DocumentPhotos (the
// documents page then shows the paper chosen in the DocumentFiles singleton).

#include "documents/documentfiles.h"
#include "family/familycontroller.h"
#include "support/bigfamily.h"
#include "support/uitestsession.h"
#include "uiinspector.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickItem>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace samen;

namespace {

constexpr int deadlineCount = 50;
constexpr int photoCount = 100;

struct Sample
{
    qint64 nanoseconds = 0;
    int items = 0;
};

/** Opens @p name above home (home itself made before the clock starts) and renders one frame. */
Sample open(QQuickWindow *window, const QString &name, const QVariantMap &subject)
{
    UiInspector::showPage(window, QStringLiteral("home"));
    (void)UiInspector::renderFrame(window);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QElapsedTimer clock;
    clock.start();
    QVariant page;
    // Main.qml's push(name, StackView.Immediate, properties), as the router opens a page.
    QMetaObject::invokeMethod(window, "push", Q_RETURN_ARG(QVariant, page), Q_ARG(QVariant, name),
                              Q_ARG(QVariant, 0),
                              Q_ARG(QVariant, subject.isEmpty() ? QVariant() : QVariant(subject)));
    (void)window->grabWindow();
    Sample sample { clock.nsecsElapsed(), 0 };
    if (auto *item = qobject_cast<QQuickItem *>(page.value<QObject *>()))
        sample.items = UiDriver::itemCount(item);
    return sample;
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : double(values.at(values.size() / 2)) / 1e6;
}

void measure(int members, int runs)
{
    UiTestSession session;
    QQuickWindow *window = session.window();
    window->resize(360, 640);
    testsupport::BigFamily fixture;
    if (!window || !session.createVault([&](vault::Database &db) {
            return testsupport::fillBigFamily(db, members, deadlineCount, photoCount, fixture);
        })) {
        std::fprintf(stderr, "bench_pages: the fixture could not be made\n");
        return;
    }
    QVariantMap photos { { QStringLiteral("documentId"), double(fixture.photoDocument) } };
#ifdef SAMEN_BENCH_BEFORE_ISSUE_14_3
    session.documentFiles().setDocumentId(fixture.photoDocument);
    photos.clear();
#endif
    struct Page
    {
        QString name;
        QVariantMap subject;
        QList<qint64> times;
        int items = 0;
    };
    QList<Page> pages { { QStringLiteral("erase"), {}, {}, 0 },
                        { QStringLiteral("family"), {}, {}, 0 },
                        { QStringLiteral("deadlines"), {}, {}, 0 },
                        { QStringLiteral("documentfiles"), photos, {}, 0 } };
    for (int run = 0; run <= runs; ++run) {
        for (Page &page : pages) {
            const Sample sample = open(window, page.name, page.subject);
            if (run == 0)
                continue; // warm-up: QML files compiled and cached
            page.times.append(sample.nanoseconds);
            page.items = sample.items;
        }
    }
    QList<qint64> lookups;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        (void)session.family().firstDocumentId(fixture.lastMember);
        lookups.append(clock.nsecsElapsed());
    }
    const double base = median(pages.constFirst().times);
    const int baseItems = pages.constFirst().items;
    std::printf("%d members, %d dates, %d photos on one paper; %d runs, median\n", members, deadlineCount,
                photoCount, runs);
    std::printf("  %-14s %9s %7s %7s %9s\n", "page", "ms", "ratio", "items", "ratio");
    for (const Page &page : std::as_const(pages)) {
        const double ms = median(page.times);
        std::printf("  %-14s %9.2f %7.2f %7d %9.2f\n", qPrintable(page.name), ms, base > 0 ? ms / base : 0,
                    page.items, baseItems > 0 ? double(page.items) / baseItems : 0);
    }
    std::printf("  firstDocumentId: %.3f ms\n", median(lookups));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 9;
    for (const int members : { 20, 200 })
        measure(members, runs);
    return 0;
}
