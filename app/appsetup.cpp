#include "appsetup.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>

namespace AppSetup {

void configureApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Samen"));
    QCoreApplication::setApplicationName(QStringLiteral("Samen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMEN_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Samen"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));
}

void chooseGraphicsBackend()
{
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

void addImportPaths(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
}

QUrl mainQml()
{
    return QUrl(QStringLiteral("qrc:/qt/qml/Samen/Main.qml"));
}

} // namespace AppSetup
