// The baseline: a bare Qt Quick window built with the same toolchain and renderer choice as
// samen, printing its first frame the same way. With --with-text it also shows one line of
// text, which makes it pay Qt's font start-up (fontconfig) as every app with text does. With
// --controls it is a minimal one-page Qt Quick Controls app (Basic style, as samen uses): a page
// with a title bar, a line of text, a text field and a button.
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
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--controls")))
        engine.loadData("import QtQuick\nimport QtQuick.Controls.Basic\nimport QtQuick.Layouts\n"
                        "ApplicationWindow { width: 360; height: 640; visible: true; color: \"#f6f4ef\"\n"
                        "  Page { anchors.fill: parent\n"
                        "    header: ToolBar { Label { text: \"Samen\"; anchors.centerIn: parent } }\n"
                        "    ColumnLayout { anchors.fill: parent; anchors.margins: 16\n"
                        "      Label { text: \"Your PIN\" }\n"
                        "      TextField { Layout.fillWidth: true; echoMode: TextInput.Password }\n"
                        "      Button { text: \"Open\"; Layout.fillWidth: true }\n"
                        "      Item { Layout.fillHeight: true } } } }");
    else if (args.contains(QStringLiteral("--with-text")))
        engine.loadData("import QtQuick\nWindow { width: 360; height: 640; visible: true; "
                        "color: \"#f6f4ef\"; Text { text: \"Samen\" } }");
    else
        engine.loadData("import QtQuick\nWindow { width: 360; height: 640; visible: true; "
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
