#pragma once

#include <QUrl>

class QQmlEngine;

/** Start-up steps shared by the app and the UI tests, so both load the UI the same way. */
namespace AppSetup {

/** Names the application (settings location, version) and picks the Controls style. */
void configureApplication();

/** Uses Qt Quick's software renderer where no GPU is available (offscreen runs). */
void chooseGraphicsBackend();

/** Adds the import path of our QML modules to @p engine. */
void addImportPaths(QQmlEngine &engine);

/** The main window's QML file. */
[[nodiscard]] QUrl mainQml();

} // namespace AppSetup
