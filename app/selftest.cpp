#include "selftest.h"

#include "startupclock.h"
#include "uiinspector.h"
#include "vault/processguard.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace SelfTest {

namespace {

int s_problems = 0;
QtMessageHandler s_previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++s_problems;
    s_previousHandler(type, context, message);
}

bool waitForFirstFrame(QQuickWindow *window)
{
    bool swapped = false;
    const auto connection = QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [&swapped] { swapped = true; }, Qt::DirectConnection);
    QTimer timeout;
    timeout.setSingleShot(true);
    timeout.start(30000);
    while (!swapped && timeout.isActive())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(connection);
    return swapped;
}

} // namespace

void startWatchingMessages()
{
    s_previousHandler = qInstallMessageHandler(countingHandler);
}

int firstFrame(QQmlApplicationEngine &engine)
{
    const auto roots = engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!window || !waitForFirstFrame(window))
        return 1;
    std::printf("first-frame-ms: %lld\n", static_cast<long long>(msSinceProcessStart()));
    std::fflush(stdout);
    return 0;
}

int run(QQmlApplicationEngine &engine)
{
    const auto roots = engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!window) {
        std::fprintf(stderr, "self-test: the main window did not load\n");
        return 1;
    }
    if (!waitForFirstFrame(window)) {
        std::fprintf(stderr, "self-test: no frame within 30 s\n");
        return 1;
    }
    if (!samen::vault::coreDumpsForbidden()) {
        std::fprintf(stderr, "self-test: core dumps are not disabled\n");
        ++s_problems;
    }
    std::printf("first-frame-ms: %lld\n", static_cast<long long>(msSinceProcessStart()));
    std::fflush(stdout);
    const QStringList pages = UiInspector::pageNames(window);
    for (const QString &page : pages) {
        if (!UiInspector::showPage(window, page)) {
            std::fprintf(stderr, "self-test: page %s did not open\n", qPrintable(page));
            ++s_problems;
        }
        (void)UiInspector::renderFrame(window);
    }
    if (s_problems > 0) {
        std::fprintf(stderr, "self-test: %d warning(s) or error(s)\n", s_problems);
        return 1;
    }
    std::printf("self-test: %lld pages loaded without warnings\n", static_cast<long long>(pages.size()));
    return 0;
}

} // namespace SelfTest
