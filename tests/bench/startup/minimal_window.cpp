// The baseline: a bare Qt Quick window built with the same toolchain and renderer choice as
// samen, printing its first frame the same way. With --with-text it also shows one line of
// text, which makes it pay Qt's font start-up (fontconfig) as every app with text does.
#include "startupclock.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQmlApplicationEngine engine;
    const bool withText = QCoreApplication::arguments().contains(QStringLiteral("--with-text"));
    engine.loadData(withText ? "import QtQuick\nWindow { width: 360; height: 640; visible: true; "
                               "color: \"#f6f4ef\"; Text { text: \"Samen\" } }"
                             : "import QtQuick\nWindow { width: 360; height: 640; visible: true; "
                               "color: \"#f6f4ef\" }");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
        std::printf("first-frame-ms: %lld\n", static_cast<long long>(msSinceProcessStart()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return app.exec();
}
