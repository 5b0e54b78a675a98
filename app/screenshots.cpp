#include "screenshots.h"

#include "languagecontroller.h"
#include "locale/languages.h"
#include "uiinspector.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

namespace Screenshots {

const QList<QSize> &phoneSizes()
{
    static const QList<QSize> sizes = { QSize(360, 640), QSize(412, 915) };
    return sizes;
}

int render(QQmlApplicationEngine &engine, LanguageController &languages, const QString &directory)
{
    const auto roots = engine.rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!window || !QDir().mkpath(directory)) {
        std::fprintf(stderr, "screenshots: cannot load the window or create %s\n", qPrintable(directory));
        return 1;
    }
    const QDir out(directory);
    int failures = 0;
    for (const auto &language : samen::locale::supportedLanguages()) {
        languages.apply(language.code);
        for (const QSize &size : phoneSizes()) {
            window->resize(size);
            for (const QString &page : UiInspector::pageNames(window)) {
                UiInspector::showPage(window, page);
                const QString name = QStringLiteral("%1-%2-%3x%4.png")
                                         .arg(page, language.code)
                                         .arg(size.width())
                                         .arg(size.height());
                const bool saved = UiInspector::renderFrame(window).save(out.filePath(name));
                failures += saved ? 0 : 1;
                std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(out.filePath(name)));
            }
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace Screenshots
