#pragma once

// Our QML modules are static libraries: every executable that loads them imports their plugins.
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Samen_AppPlugin)
Q_IMPORT_QML_PLUGIN(SamenPlugin)
