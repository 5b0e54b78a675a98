#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

/**
 * Checks of the C++ JNI glue (app/platform/android) that run without an Android SDK: its calls
 * against the Java of app/android, and a tested Linux twin for every interface it implements.
 */
namespace androidcheck {

/**
 * The JNI descriptor of the Java type @p type as written in a declaration ("byte[]" → "[B",
 * "Context" → "Landroid/content/Context;"). Simple class names resolve through @p imports
 * (simple name → qualified name), java.lang, then @p package (the file's own package).
 */
[[nodiscard]] QString jniDescriptor(QString type, const QMap<QString, QString> &imports,
                                    const QString &package);

/** The static methods declared in @p javaSource: name → JNI signature, e.g. "hmac" → "([B)[B". */
[[nodiscard]] QMultiMap<QString, QString> staticMethodSignatures(const QString &javaSource);

/**
 * Problems of the JNI calls in @p glueSource (C++): every QJniObject::callStatic…Method must
 * name a class of @p javaSources ("nl/samen/app/KeystoreKey" → its Java source), a static method
 * of it, and that method's exact signature, with a C++ return type that fits the signature; a
 * call whose class, method and signature are not string literals (or a raw JNI lookup) is a
 * problem too, as it cannot be checked.
 */
[[nodiscard]] QStringList jniCallProblems(const QString &glueSource,
                                          const QMap<QString, QString> &javaSources);

/** What twinProblems() reads. */
struct TwinSources
{
    /** The headers of the Android glue, concatenated. */
    QString androidHeaders;
    /** The Linux half of the factory (app/platform/platformservices.cpp). */
    QString linuxFactory;
    /** Headers that declare the Linux classes (app/platform, core), concatenated. */
    QString linuxHeaders;
    /** Test sources under tests/ other than tests/android: path relative to tests/ → text. */
    QMap<QString, QString> testSources;
    /** The CMakeLists.txt of each test folder: folder relative to tests/ → text. */
    QMap<QString, QString> testCMakeLists;
};

/**
 * Problems of the Linux twins: every interface a glue class implements (its bases other than
 * QObject) must have a class that the Linux factory makes (std::make_unique<X>) and that derives
 * from it; that class must be named in a test source whose test is added in its folder's
 * CMakeLists.txt. An interface that Linux lacks on purpose is declared in the Linux factory with
 * a comment "no Linux twin: Name" (and why).
 */
[[nodiscard]] QStringList twinProblems(const TwinSources &sources);

} // namespace androidcheck

namespace androidcheck {

/**
 * Problems of app/platform/CMakeLists.txt (@p cmake) for the glue files @p glueFiles (paths
 * relative to app/platform, e.g. "android/androidnotifier.cpp"): each must be listed in the
 * if(ANDROID) block, and none after it (the Linux part).
 */
[[nodiscard]] QStringList platformCMakeProblems(const QString &cmake, const QStringList &glueFiles);

} // namespace androidcheck
