#include "engines/enginemodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>

namespace samen::engines {

namespace {

QMutex &modulesLock()
{
    static QMutex lock;
    return lock;
}

/** Modules loaded so far, by name; never unloaded (their code may still be on a stack). */
QHash<QString, QLibrary *> &loadedModules()
{
    static QHash<QString, QLibrary *> modules;
    return modules;
}

QString fileNameOf(const QString &name)
{
    return QStringLiteral("lib%1.so").arg(name);
}

QLibrary *load(const QString &name, QString *error)
{
    QStringList tried;
#ifdef Q_OS_ANDROID
    tried << name;
#else
    for (const QString &folder : moduleFolders()) {
        const QString path = QDir(folder).filePath(fileNameOf(name));
        if (QFileInfo::exists(path))
            tried << path;
    }
#endif
    QString why = QStringLiteral("%1 is in none of: %2").arg(fileNameOf(name), moduleFolders().join(u", "));
    for (const QString &path : tried) {
        auto library = std::make_unique<QLibrary>(path);
        if (library->load())
            return library.release();
        why = library->errorString();
    }
    if (error)
        *error = why;
    return nullptr;
}

} // namespace

QStringList moduleFolders()
{
    QStringList folders;
    if (QCoreApplication::instance())
        folders << QCoreApplication::applicationDirPath();
#ifdef SAMEN_ENGINE_BUILD_DIR
    folders << QStringLiteral(SAMEN_ENGINE_BUILD_DIR);
#endif
    folders.removeDuplicates();
    return folders;
}

QFunctionPointer resolve(const QString &name, const char *entry, QString *error)
{
    QMutexLocker lock(&modulesLock());
    QLibrary *&library = loadedModules()[name];
    if (!library)
        library = load(name, error);
    if (!library)
        return nullptr;
    const QFunctionPointer function = library->resolve(entry);
    if (!function && error)
        *error = library->errorString();
    return function;
}

} // namespace samen::engines
