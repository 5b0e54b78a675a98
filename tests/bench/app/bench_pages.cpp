// How fast the pages with long lists open, and how many items they create, with a big family
// generated here (issue 19): N family members (each with 3 papers), 50 dates from IND letters,
// 100 photos on one paper. Measured for N = 20 and N = 200 in one run, against an almost empty
// page (erase) opened the same way: time from the push to the first rendered frame (median of
// the runs, pages interleaved) and the QQuickItems the page holds. The family and deadlines
// pages also as the router prepares them while home is shown ("+"), and home after an unlock,
// made in the push or prepared behind the unlock page (issue 19 item 5). Built, not run by ctest:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/app/bench_pages [runs]
// (SAMEN_BENCH_FRAMES=dir also saves each page's first frame of the last run there.)
// Build with -DSAMEN_BENCH_BEFORE_ISSUE_14_3 on a checkout from before DocumentPhotos (the
// documents page then shows the paper chosen in the DocumentFiles singleton).

#include "documents/documentfiles.h"
#include "family/familycontroller.h"
#include "support/bigfamily.h"
#include "support/uitestsession.h"
#include "uiinspector.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

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
    /** The first frame, as drawn. */
    QImage frame;
};

/** The page Main.qml's PreparedPages has made as @p name, or nullptr. */
QObject *preparedPage(QQuickWindow *window, const QString &name)
{
    auto *preparer = window->findChild<QObject *>(QStringLiteral("preparedPages"));
    QVariant page;
    if (preparer)
        QMetaObject::invokeMethod(preparer, "preparedPage", Q_RETURN_ARG(QVariant, page),
                                  Q_ARG(QVariant, name));
    return page.value<QObject *>();
}

/** Draws frames (the router prepares pages after one) until page @p name is prepared; whether it is. */
bool waitForPrepared(QQuickWindow *window, const QString &name)
{
    QElapsedTimer waited;
    waited.start();
    while (!preparedPage(window, name) && waited.elapsed() < 5000) {
        window->requestUpdate();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return preparedPage(window, name) != nullptr;
}

/**
 * Opens @p name above home (home itself made before the clock starts) and renders one frame;
 * with @p prepared the router has prepared the page while home was shown (its idle time is not
 * counted), else it makes it in the push, as before issue 19's preparation.
 */
Sample open(QQuickWindow *window, const QString &name, const QVariantMap &subject, bool prepared = false)
{
    window->setProperty("preparesPages", prepared);
    UiInspector::showPage(window, QStringLiteral("home"));
    (void)UiInspector::renderFrame(window);
    if (prepared && !waitForPrepared(window, name))
        std::fprintf(stderr, "bench_pages: %s was not prepared\n", qPrintable(name));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QElapsedTimer clock;
    clock.start();
    QVariant page;
    // Main.qml's push(name, StackView.Immediate, properties), as the router opens a page.
    QMetaObject::invokeMethod(window, "push", Q_RETURN_ARG(QVariant, page), Q_ARG(QVariant, name),
                              Q_ARG(QVariant, 0),
                              Q_ARG(QVariant, subject.isEmpty() ? QVariant() : QVariant(subject)));
    QImage frame = window->grabWindow();
    Sample sample { clock.nsecsElapsed(), 0, std::move(frame) };
    if (auto *item = qobject_cast<QQuickItem *>(page.value<QObject *>()))
        sample.items = UiDriver::itemCount(item);
    return sample;
}

/** When the vault's worker last handed a result to the GUI thread, and every frame drawn after it. */
class UnlockWatch : public QObject
{
public:
    explicit UnlockWatch(QQuickWindow *window)
    {
        m_clock.start();
        QCoreApplication::instance()->installEventFilter(this);
        m_frames = QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [this] { m_frameTimes.append(m_clock.nsecsElapsed()); }, Qt::DirectConnection);
    }
    ~UnlockWatch() override
    {
        QCoreApplication::instance()->removeEventFilter(this);
        QObject::disconnect(m_frames);
    }
    UnlockWatch(const UnlockWatch &) = delete;
    UnlockWatch &operator=(const UnlockWatch &) = delete;

    /** From the worker's last result (the key derivation done) to the first frame after it; -1 while none. */
    [[nodiscard]] qint64 resultToFrame() const
    {
        for (const qint64 frame : m_frameTimes) {
            if (m_resultAt >= 0 && frame > m_resultAt)
                return frame - m_resultAt;
        }
        return -1;
    }

protected:
    bool eventFilter(QObject *receiver, QEvent *event) override
    {
        // QFutureWatcher's events (started, result, finished) come from the worker thread.
        if (event->type() == QEvent::FutureCallOut && receiver->inherits("QFutureWatcherBase"))
            m_resultAt = m_clock.nsecsElapsed();
        return false;
    }

private:
    QElapsedTimer m_clock;
    qint64 m_resultAt = -1;
    QList<qint64> m_frameTimes;
    QMetaObject::Connection m_frames;
};

/**
 * The GUI thread's part of an unlock, push to first frame: from the moment the key derivation's
 * result reaches the GUI thread to the first frame after it (the services read the vault, the
 * router shows home). With @p prepared the unlock page has prepared home meanwhile. The items
 * of the page shown; @p taken counts the runs that showed the prepared home.
 */
Sample unlockToHome(UiTestSession &session, bool prepared, int &taken)
{
    QQuickWindow *window = session.window();
    window->setProperty("preparesPages", prepared);
    session.vault().lock();
    (void)UiInspector::renderFrame(window);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (prepared && !waitForPrepared(window, QStringLiteral("home")))
        std::fprintf(stderr, "bench_pages: home was not prepared\n");
    const QPointer<QObject> home = prepared ? preparedPage(window, QStringLiteral("home")) : nullptr;
    Sample sample;
    {
        UnlockWatch watch(window);
        QSignalSpy finished(&session.vault(), &VaultController::finished);
        session.vault().unlock(QStringLiteral("135790"));
        if (!session.waitForVault(finished))
            std::fprintf(stderr, "bench_pages: the vault did not open\n");
        QElapsedTimer waited;
        waited.start();
        while (watch.resultToFrame() < 0 && waited.elapsed() < 5000) {
            window->requestUpdate();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        sample.nanoseconds = watch.resultToFrame();
    }
    const QQuickItem *stack = UiDriver::findItem(
        window->contentItem(), [](const QQuickItem *item) { return item->inherits("QQuickStackView"); });
    auto *current = stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
    sample.items = current ? UiDriver::itemCount(current) : 0;
    if (home && current == home)
        ++taken;
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
    session.languages().choose(QStringLiteral("en"));
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
        bool prepared = false;
        QList<qint64> times;
        int items = 0;
    };
    // "name+" is the page the router prepared while home was shown (issue 19 item 5).
    QList<Page> pages { { QStringLiteral("erase"), {}, false, {}, 0 },
                        { QStringLiteral("family"), {}, false, {}, 0 },
                        { QStringLiteral("family"), {}, true, {}, 0 },
                        { QStringLiteral("deadlines"), {}, false, {}, 0 },
                        { QStringLiteral("deadlines"), {}, true, {}, 0 },
                        { QStringLiteral("documentfiles"), photos, false, {}, 0 } };
    for (int run = 0; run <= runs; ++run) {
        for (Page &page : pages) {
            const Sample sample = open(window, page.name, page.subject, page.prepared);
            if (run == 0)
                continue; // warm-up: QML files compiled and cached
            page.times.append(sample.nanoseconds);
            page.items = sample.items;
            // SAMEN_BENCH_FRAMES=dir: each page's first frame of the last run, to compare.
            const QString frames = qEnvironmentVariable("SAMEN_BENCH_FRAMES");
            if (run == runs && !frames.isEmpty())
                sample.frame.save(QStringLiteral("%1/%2-%3%4.png")
                                      .arg(frames, QString::number(members), page.name,
                                           page.prepared ? QStringLiteral("-prepared") : QString()));
        }
    }
    // Unlock to home, home made in the push and prepared behind the unlock page, interleaved.
    Page unlocks[2] { { QStringLiteral("unlock>home"), {}, false, {}, 0 },
                      { QStringLiteral("unlock>home"), {}, true, {}, 0 } };
    int taken = 0;
    for (int run = 0; run <= runs; ++run) {
        for (Page &page : unlocks) {
            int takenNow = 0;
            const Sample sample = unlockToHome(session, page.prepared, takenNow);
            if (run == 0)
                continue;
            taken += takenNow;
            page.times.append(sample.nanoseconds);
            page.items = sample.items;
        }
    }
    window->setProperty("preparesPages", true);
    pages << unlocks[0] << unlocks[1];
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
        std::printf("  %-14s %9.2f %7.2f %7d %9.2f\n",
                    qPrintable(page.name + (page.prepared ? u"+"_qs : QString())), ms,
                    base > 0 ? ms / base : 0, page.items, baseItems > 0 ? double(page.items) / baseItems : 0);
    }
    std::printf("  (+: prepared by the router beforehand; unlock>home: the key's result on the GUI thread\n"
                "   to the first frame, the services' reading of the vault included)\n");
    std::printf("  prepared home shown in %d of %d runs\n", taken, runs);
    std::printf("  firstDocumentId: %.3f ms\n", median(lookups));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // The language counts as chosen (the router follows the vault to the unlock page and back
    // to home), in settings of this run's own.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 9;
    for (const int members : { 20, 200 })
        measure(members, runs);
    return 0;
}
