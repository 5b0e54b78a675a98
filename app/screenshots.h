#pragma once

#include <QList>
#include <QSize>
#include <QString>

class LanguageController;
class QQmlApplicationEngine;

/** The --screenshots run: every page in every language at every phone size, to PNG files. */
namespace Screenshots {

/** The phone sizes every page is rendered and checked at. */
[[nodiscard]] const QList<QSize> &phoneSizes();

/**
 * Renders to @p directory as "<page>-<language>-<w>x<h>.png" and returns the process exit
 * code; prints one line per file.
 */
[[nodiscard]] int render(QQmlApplicationEngine &engine, LanguageController &languages,
                         const QString &directory);

} // namespace Screenshots
