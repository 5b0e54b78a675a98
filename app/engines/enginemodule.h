#pragma once

#include <QFunctionPointer>
#include <QString>
#include <QStringList>
#include <QtGlobal>

/**
 * Samen's heavy engines live in modules of their own (app/engines/CMakeLists.txt): Tesseract,
 * Leptonica and Poppler for the letter reader. The executable does not link them, so the
 * dynamic linker does not load and relocate their libraries before the first frame; the first
 * use loads the module (issue 19). Any thread; a module stays loaded until the process ends.
 */
namespace samen::engines {

/**
 * The entry point @p entry of the module @p name ("samen_letterocr" is libsamen_letterocr.so),
 * loading the module on the first call; nullptr with @p error set (may be null) when it cannot
 * be found or has no such entry.
 */
[[nodiscard]] QFunctionPointer resolve(const QString &name, const char *entry, QString *error);

/**
 * Where resolve() looks for a module, in order: the folder of the executable, then the build's
 * module folder (so that tests and a run from the build tree find it). On Android the module is
 * in the package's native library folder and is loaded by its bare name.
 */
[[nodiscard]] QStringList moduleFolders();

/**
 * The object that module @p name's entry point @p entry (a `const Interface *()` function)
 * returns; nullptr, with a warning that names the module (nothing personal), when the module or
 * its entry is missing.
 */
template<typename Interface> [[nodiscard]] const Interface *engine(const QString &name, const char *entry)
{
    QString error;
    const auto function = reinterpret_cast<const Interface *(*)()>(resolve(name, entry, &error));
    if (!function)
        qWarning("samen: the module %s did not load: %s", qPrintable(name), qPrintable(error));
    return function ? function() : nullptr;
}

} // namespace samen::engines
