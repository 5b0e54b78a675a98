#include "androidcheck.h"
#include "gluecheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace androidcheck;

/**
 * Checks app/android (the Android package source dir) without an Android SDK: manifest,
 * backup rules, translated strings, FLAG_SECURE in the activity, build.gradle, the CMake
 * block, and that the Linux build compiles no Android-only source. Every check has rows with a
 * small breakage of the real file that must be caught, so none of them passes by doing nothing.
 */
class TestAndroidPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifest_data();
    void manifest();
    void manifestClassesExist();
    void extractionRules_data();
    void extractionRules();
    void strings_data();
    void strings();
    void flagSecure_data();
    void flagSecure();
    void gradle_data();
    void gradle();
    void cmakeBlock_data();
    void cmakeBlock();
    void linuxBuild_data();
    void linuxBuild();
    void linuxBuildOfThisTree();
    void jniDescriptor_data();
    void jniDescriptor();
    void jniCalls_data();
    void jniCalls();
    void platformCMake_data();
    void platformCMake();
    void linuxTwins_data();
    void linuxTwins();

private:
    static QString packageDir() { return QStringLiteral(SAMEN_SOURCE_DIR "/app/android"); }
    static QString glueDir() { return QStringLiteral(SAMEN_SOURCE_DIR "/app/platform/android"); }
    static QMap<QString, QString> readAll(const QString &dir, const QStringList &patterns, bool recursive);
    static QString joined(const QMap<QString, QString> &files);
    static void mutateAll(QMap<QString, QString> &files);
    static QByteArray read(const QString &path);
    static void addMutationColumns();
    static QByteArray mutated(const QByteArray &original);
    static void verifyProblems(const QStringList &problems);
};

QByteArray TestAndroidPackage::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void TestAndroidPackage::addMutationColumns()
{
    QTest::addColumn<QString>("from"); // regular expression; empty: the file as shipped
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected"); // part of the expected problem; empty: no problem
}

QByteArray TestAndroidPackage::mutated(const QByteArray &original)
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    if (from.isEmpty())
        return original;
    QString text = QString::fromUtf8(original);
    const QRegularExpression pattern(from, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        qFatal("mutation pattern not found, the row would test nothing: %s", qPrintable(from));
    text.replace(match.capturedStart(), match.capturedLength(), to);
    return text.toUtf8();
}

void TestAndroidPackage::verifyProblems(const QStringList &problems)
{
    QFETCH(QString, expected);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        return;
    }
    QVERIFY2(!problems.filter(expected).isEmpty(),
             qPrintable(QStringLiteral("expected a problem with \"%1\", got: %2")
                            .arg(expected, problems.join(QStringLiteral("; ")))));
}

void TestAndroidPackage::manifest_data()
{
    addMutationColumns();
    const QString beforeScreens = QStringLiteral("<supports-screens");
    const auto permission = [&](const char *name) {
        return QStringLiteral("<!-- reason -->\n<uses-permission android:name=\"android.permission.%1\"/>\n"
                              "<supports-screens")
            .arg(QLatin1String(name));
    };
    QTest::newRow("as shipped") << QString() << QString() << QString();
    QTest::newRow("INTERNET") << beforeScreens << permission("INTERNET") << QStringLiteral("INTERNET");
    QTest::newRow("network state") << beforeScreens << permission("ACCESS_NETWORK_STATE")
                                   << QStringLiteral("not in the allow-list");
    QTest::newRow("contacts") << beforeScreens << permission("READ_CONTACTS")
                              << QStringLiteral("not in the allow-list");
    QTest::newRow("storage, sdk-23 form")
        << beforeScreens
        << QStringLiteral("<!-- r --><uses-permission-sdk-23 android:name=\"android.permission."
                          "READ_EXTERNAL_STORAGE\"/><supports-screens")
        << QStringLiteral("not in the allow-list");
    QTest::newRow("permission without reason") << QStringLiteral(R"(<!-- Alarms are cleared[^>]*-->)")
                                               << QString() << QStringLiteral("without a comment");
    QTest::newRow("Qt permission placeholder")
        << beforeScreens << QStringLiteral("<!-- %%INSERT_PERMISSIONS -->\n<supports-screens")
        << QStringLiteral("INSERT_PERMISSIONS");
    QTest::newRow("Qt feature placeholder")
        << beforeScreens << QStringLiteral("<!-- %%INSERT_FEATURES -->\n<supports-screens")
        << QStringLiteral("INSERT_FEATURES");
    QTest::newRow("camera required") << QStringLiteral(R"(camera" android:required="false")")
                                     << QStringLiteral(R"(camera" android:required="true")")
                                     << QStringLiteral("camera feature");
    QTest::newRow("allowBackup true")
        << QStringLiteral(R"(android:allowBackup="false")") << QStringLiteral(R"(android:allowBackup="true")")
        << QStringLiteral("allowBackup");
    QTest::newRow("allowBackup missing")
        << QStringLiteral(R"(android:allowBackup="false")") << QString() << QStringLiteral("allowBackup");
    QTest::newRow("fullBackupContent missing") << QStringLiteral(R"(android:fullBackupContent="false")")
                                               << QString() << QStringLiteral("fullBackupContent");
    QTest::newRow("dataExtractionRules missing") << QStringLiteral(R"(android:dataExtractionRules="[^"]*")")
                                                 << QString() << QStringLiteral("dataExtractionRules");
    QTest::newRow("Qt's own activity") << QStringLiteral(R"(nl\.samen\.app\.SamenActivity)")
                                       << QStringLiteral("org.qtproject.qt.android.bindings.QtActivity")
                                       << QStringLiteral("other than SamenActivity");
    QTest::newRow("fixed version code") << QStringLiteral("-- %%INSERT_VERSION_CODE%% --")
                                        << QStringLiteral("7") << QStringLiteral("versionCode");
    QTest::newRow("no speech engine query")
        << QStringLiteral(R"(<queries>[\s\S]*</queries>)") << QString() << QStringLiteral("TTS_SERVICE");
    QTest::newRow("shared files exported")
        << QStringLiteral(R"(android:exported="false"\s+android:grantUriPermissions)")
        << QStringLiteral(R"(android:exported="true" android:grantUriPermissions)")
        << QStringLiteral("provider");
    QTest::newRow("shared files without grants") << QStringLiteral(R"( android:grantUriPermissions="true")")
                                                 << QString() << QStringLiteral("provider");
    QTest::newRow("malformed") << QStringLiteral("</manifest>") << QString() << QStringLiteral("malformed");
}

void TestAndroidPackage::manifest()
{
    verifyProblems(manifestProblems(mutated(read(packageDir() + QStringLiteral("/AndroidManifest.xml")))));
}

void TestAndroidPackage::manifestClassesExist()
{
    const QString manifest = QString::fromUtf8(read(packageDir() + QStringLiteral("/AndroidManifest.xml")));
    const QRegularExpression ours(QStringLiteral(R"re(android:name="nl\.samen\.app\.(\w+)")re"));
    int classes = 0;
    for (const QRegularExpressionMatch &match : ours.globalMatch(manifest)) {
        const QString path =
            packageDir() + QStringLiteral("/src/nl/samen/app/%1.java").arg(match.captured(1));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        ++classes;
    }
    QCOMPARE(classes, 4); // SamenActivity, ReminderReceiver, ReminderBootReceiver, SharedFiles
}

void TestAndroidPackage::extractionRules_data()
{
    addMutationColumns();
    QTest::newRow("as shipped") << QString() << QString() << QString();
    QTest::newRow("no device transfer") << QStringLiteral("<device-transfer>.*</device-transfer>")
                                        << QString() << QStringLiteral("no <device-transfer>");
    QTest::newRow("no cloud backup") << QStringLiteral("<cloud-backup>.*</cloud-backup>") << QString()
                                     << QStringLiteral("no <cloud-backup>");
    QTest::newRow("include") << QStringLiteral("<device-transfer>")
                             << QStringLiteral(R"(<device-transfer><include domain="file" path="."/>)")
                             << QStringLiteral("<include> in device-transfer");
    QTest::newRow("one domain kept") << QStringLiteral(R"(<exclude domain="sharedpref" path="."/>)")
                                     << QString()
                                     << QStringLiteral("cloud-backup does not exclude domain sharedpref");
    QTest::newRow("only one file excluded")
        << QStringLiteral(R"(<exclude domain="database" path="\."/>)")
        << QStringLiteral(R"(<exclude domain="database" path="samen.db"/>)")
        << QStringLiteral("does not exclude domain database");
}

void TestAndroidPackage::extractionRules()
{
    // The manifest check pins the name @xml/data_extraction_rules; this is that file.
    const QString path = packageDir() + QStringLiteral("/res/xml/data_extraction_rules.xml");
    verifyProblems(extractionRulesProblems(mutated(read(path))));
}

void TestAndroidPackage::strings_data()
{
    QTest::addColumn<QString>("file"); // strings.xml to change, relative to res/
    addMutationColumns(); // from empty and to "-": delete the file
    QTest::newRow("as shipped") << QString() << QString() << QString() << QString();
    QTest::newRow("no Tigrinya") << QStringLiteral("values-ti") << QStringLiteral(".*") << QStringLiteral("-")
                                 << QStringLiteral("missing");
    QTest::newRow("Dutch is English")
        << QStringLiteral("values-nl") << QStringLiteral("Haal uw gezin naar Nederland, stap voor stap.")
        << QStringLiteral("Bring your family to the Netherlands, step by step.")
        << QStringLiteral("not translated");
    QTest::newRow("Arabic in Latin letters")
        << QStringLiteral("values-ar") << QStringLiteral("(?<=\"samen_app_description\">)[^<]*")
        << QStringLiteral("Ahdir ailatak ila Holanda") << QStringLiteral("script");
    QTest::newRow("Dari empty") << QStringLiteral("values-fa-rAF")
                                << QStringLiteral("(?<=\"samen_app_description\">)[^<]*") << QString()
                                << QStringLiteral("missing or empty");
    QTest::newRow("name translated") << QStringLiteral("values-nl") << QStringLiteral(">Samen<")
                                     << QStringLiteral(">Samen-app<") << QStringLiteral("\"Samen\"");
}

void TestAndroidPackage::strings()
{
    QFETCH(QString, file);
    QFETCH(QString, to);
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    QDirIterator it(packageDir() + QStringLiteral("/res"), { QStringLiteral("strings.xml") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString folder = QFileInfo(source).dir().dirName();
        QVERIFY(QDir(copy.path()).mkpath(folder));
        const QByteArray content = folder == file ? mutated(read(source)) : read(source);
        if (folder == file && to == QLatin1String("-"))
            continue;
        QFile target(copy.filePath(folder + QStringLiteral("/strings.xml")));
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(content);
    }
    verifyProblems(stringsProblems(copy.path()));
}

void TestAndroidPackage::flagSecure_data()
{
    addMutationColumns();
    const QString setFlags = QStringLiteral(R"(getWindow\(\)\.setFlags\([^;]*;)");
    QTest::newRow("as shipped") << QString() << QString() << QString();
    QTest::newRow("addFlags is fine too")
        << setFlags << QStringLiteral("getWindow().addFlags(WindowManager.LayoutParams.FLAG_SECURE);")
        << QString();
    QTest::newRow("after super.onCreate")
        << QStringLiteral(R"((getWindow\(\)\.setFlags\([^;]*;)(\s*)(super\.onCreate\([^;]*;))")
        << QStringLiteral("super.onCreate(savedInstanceState);\n"
                          "getWindow().setFlags(WindowManager.LayoutParams.FLAG_SECURE, "
                          "WindowManager.LayoutParams.FLAG_SECURE);")
        << QStringLiteral("after super.onCreate");
    QTest::newRow("commented out") << setFlags << QStringLiteral("/* removed */ // getWindow().setFlags(x)\n")
                                   << QStringLiteral("does not set FLAG_SECURE");
    QTest::newRow("other flag") << setFlags
                                << QStringLiteral(
                                       "getWindow().setFlags(WindowManager.LayoutParams.FLAG_FULLSCREEN, 0);")
                                << QStringLiteral("does not set FLAG_SECURE");
    QTest::newRow("not a QtActivity")
        << QStringLiteral("extends QtActivity") << QStringLiteral("extends Activity")
        << QStringLiteral("does not extend QtActivity");
}

void TestAndroidPackage::flagSecure()
{
    const QString path = packageDir() + QStringLiteral("/src/nl/samen/app/SamenActivity.java");
    verifyProblems(flagSecureProblems(QString::fromUtf8(mutated(read(path)))));
}

void TestAndroidPackage::gradle_data()
{
    addMutationColumns();
    QTest::newRow("as shipped (resConfig only in a comment)") << QString() << QString() << QString();
    QTest::newRow("Qt template's resConfig")
        << QStringLiteral(R"(defaultConfig \{)")
        << QStringLiteral("defaultConfig {\n        resConfig \"en\"") << QStringLiteral("resConfig");
}

void TestAndroidPackage::gradle()
{
    verifyProblems(
        gradleProblems(QString::fromUtf8(mutated(read(packageDir() + QStringLiteral("/build.gradle"))))));
}

void TestAndroidPackage::cmakeBlock_data()
{
    addMutationColumns();
    QTest::newRow("as shipped") << QString() << QString() << QString();
    QTest::newRow("target SDK 31") << QStringLiteral("QT_ANDROID_TARGET_SDK_VERSION 33")
                                   << QStringLiteral("QT_ANDROID_TARGET_SDK_VERSION 31")
                                   << QStringLiteral("QT_ANDROID_TARGET_SDK_VERSION 33");
    QTest::newRow("no package dir") << QStringLiteral(R"(QT_ANDROID_PACKAGE_SOURCE_DIR [^\n]*)") << QString()
                                    << QStringLiteral("QT_ANDROID_PACKAGE_SOURCE_DIR");
    QTest::newRow("no libsodium") << QStringLiteral(R"(;\$\{samen_android_libs\}/libsodium\.so)") << QString()
                                  << QStringLiteral("libsodium");
    QTest::newRow("outside if(ANDROID)")
        << QStringLiteral(R"(if\(ANDROID\))") << QStringLiteral("if(TRUE)") << QStringLiteral("if(ANDROID)");
}

void TestAndroidPackage::cmakeBlock()
{
    const QString cmake =
        QString::fromUtf8(mutated(read(QStringLiteral(SAMEN_SOURCE_DIR "/app/CMakeLists.txt"))));
    const QRegularExpressionMatch block =
        QRegularExpression(QStringLiteral(R"(\nif\(ANDROID\)\n(.*?)\nendif\(\))"),
                           QRegularExpression::DotMatchesEverythingOption)
            .match(cmake);
    QStringList problems;
    if (!block.hasMatch())
        problems << QStringLiteral("no if(ANDROID) block");
    const QString body = block.captured(1);
    for (const char *required :
         { "QT_ANDROID_PACKAGE_SOURCE_DIR \"${CMAKE_CURRENT_SOURCE_DIR}/android\"",
           "QT_ANDROID_ABIS \"arm64-v8a;armeabi-v7a\"", "QT_ANDROID_MIN_SDK_VERSION 23",
           "QT_ANDROID_TARGET_SDK_VERSION 33", "QT_ANDROID_VERSION_NAME \"${PROJECT_VERSION}\"",
           "QT_ANDROID_VERSION_CODE ${SAMEN_ANDROID_VERSION_CODE}", "/libsqlcipher.so", "/libsodium.so",
           "/libcrypto_3.so" }) {
        if (!body.contains(QLatin1String(required)))
            problems << QStringLiteral("if(ANDROID) block lacks %1").arg(QLatin1String(required));
    }
    verifyProblems(problems);
}

void TestAndroidPackage::linuxBuild_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ordinary source") << QStringLiteral("app/main.cpp") << QString();
    QTest::newRow("this test") << QStringLiteral("tests/android/androidcheck.cpp") << QString();
    QTest::newRow("in app/android") << QStringLiteral("app/android/jniglue.cpp")
                                    << QStringLiteral("app/android");
    QTest::newRow("in core/vault/android")
        << QStringLiteral("core/vault/android/keystore.cpp") << QStringLiteral("core/vault/android");
    QTest::newRow("in app/platform/android") << QStringLiteral("app/platform/android/androidnotifier.cpp")
                                             << QStringLiteral("app/platform/android");
    QTest::newRow("JNI by name") << QStringLiteral("app/notifier_jni.cpp") << QStringLiteral("notifier_jni");
}

void TestAndroidPackage::linuxBuild()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString json = QStringLiteral(R"([{"directory": "/b", "command": "c++", "file": "%1/%2"}])")
                             .arg(QStringLiteral("/src"), file);
    verifyProblems(linuxBuildProblems(json.toUtf8(), QStringLiteral("/src")));
}

void TestAndroidPackage::linuxBuildOfThisTree()
{
    const QByteArray json = read(QStringLiteral(SAMEN_BINARY_DIR "/compile_commands.json"));
    QVERIFY2(json.contains(SAMEN_SOURCE_DIR "/app/main.cpp"), "compile_commands.json lacks app/main.cpp");
    const QStringList problems = linuxBuildProblems(json, QStringLiteral(SAMEN_SOURCE_DIR));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QMap<QString, QString> TestAndroidPackage::readAll(const QString &dir, const QStringList &patterns,
                                                   bool recursive)
{
    QMap<QString, QString> files;
    QDirIterator it(dir, patterns, QDir::Files,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), QString::fromUtf8(read(path)));
    }
    if (files.isEmpty())
        qFatal("no %s in %s", qPrintable(patterns.join(QLatin1Char(' '))), qPrintable(dir));
    return files;
}

QString TestAndroidPackage::joined(const QMap<QString, QString> &files)
{
    QString text;
    for (const QString &content : files)
        text += content + QLatin1Char('\n');
    return text;
}

void TestAndroidPackage::mutateAll(QMap<QString, QString> &files)
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    if (from.isEmpty())
        return;
    const QRegularExpression pattern(from);
    bool found = false;
    for (QString &content : files) {
        found = found || content.contains(pattern);
        content.replace(pattern, to);
    }
    if (!found)
        qFatal("mutation pattern not found, the row would test nothing: %s", qPrintable(from));
}

void TestAndroidPackage::jniDescriptor_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("descriptor");
    QTest::newRow("boolean") << QStringLiteral("boolean") << QStringLiteral("Z");
    QTest::newRow("long") << QStringLiteral("long") << QStringLiteral("J");
    QTest::newRow("void") << QStringLiteral("void") << QStringLiteral("V");
    QTest::newRow("byte[]") << QStringLiteral("byte[]") << QStringLiteral("[B");
    QTest::newRow("int[][]") << QStringLiteral("int [] []") << QStringLiteral("[[I");
    QTest::newRow("String") << QStringLiteral("String") << QStringLiteral("Ljava/lang/String;");
    QTest::newRow("imported") << QStringLiteral("Context") << QStringLiteral("Landroid/content/Context;");
    QTest::newRow("generic") << QStringLiteral("List<String>") << QStringLiteral("Ljava/util/List;");
    QTest::newRow("qualified") << QStringLiteral("android.app.Activity")
                               << QStringLiteral("Landroid/app/Activity;");
    QTest::newRow("same package") << QStringLiteral("Helper[]") << QStringLiteral("[Lnl/samen/app/Helper;");
}

void TestAndroidPackage::jniDescriptor()
{
    QFETCH(QString, type);
    QFETCH(QString, descriptor);
    const QMap<QString, QString> imports { { QStringLiteral("Context"),
                                             QStringLiteral("android.content.Context") },
                                           { QStringLiteral("List"), QStringLiteral("java.util.List") } };
    QCOMPARE(androidcheck::jniDescriptor(type, imports, QStringLiteral("nl.samen.app")), descriptor);
}

void TestAndroidPackage::jniCalls_data()
{
    QTest::addColumn<QString>("file"); // "glue" (every .cpp of app/platform/android) or a Java class
    addMutationColumns();
    const QString glue = QStringLiteral("glue");
    const QString scheduler = QStringLiteral("nl/samen/app/ReminderScheduler");
    const QString keystore = QStringLiteral("nl/samen/app/KeystoreKey");
    QTest::newRow("as shipped") << glue << QString() << QString() << QString();
    QTest::newRow("glue: wrong signature")
        << glue << QStringLiteral(R"("hmac", "\(\[B\)\[B")") << QStringLiteral(R"("hmac", "([B)V")")
        << QStringLiteral("signature differs");
    QTest::newRow("glue: long for int")
        << glue << QStringLiteral(R"("\(Landroid/content/Context;I\)V")")
        << QStringLiteral(R"("(Landroid/content/Context;J)V")") << QStringLiteral("signature differs");
    QTest::newRow("glue: unknown method")
        << glue << QStringLiteral(R"("cancelAll")") << QStringLiteral(R"("cancelEverything")")
        << QStringLiteral("no static method cancelEverything");
    QTest::newRow("glue: unknown class")
        << glue << QStringLiteral(R"("nl/samen/app/ReminderScheduler", "cancel",)")
        << QStringLiteral(R"("nl/samen/app/Reminders", "cancel",)") << QStringLiteral("no Java class");
    QTest::newRow("glue: return type")
        << glue << QStringLiteral(R"(callStaticMethod<jboolean>\("nl/samen/app/KeystoreKey", "exists")")
        << QStringLiteral(R"(callStaticMethod<jint>("nl/samen/app/KeystoreKey", "exists")")
        << QStringLiteral("does not fit");
    QTest::newRow("glue: object call of a void method")
        << glue << QStringLiteral(R"(callStaticMethod<void>\("nl/samen/app/ReminderScheduler", "cancelAll")")
        << QStringLiteral(R"(callStaticObjectMethod("nl/samen/app/ReminderScheduler", "cancelAll")")
        << QStringLiteral("does not fit");
    QTest::newRow("glue: class in a constant")
        << glue << QStringLiteral(R"("nl/samen/app/KeystoreKey", "create")")
        << QStringLiteral(R"(keystoreClass, "create")") << QStringLiteral("cannot read");
    QTest::newRow("glue: raw JNI lookup")
        << glue << QStringLiteral(R"(QJniEnvironment env;)")
        << QStringLiteral("QJniEnvironment env; env->GetStaticMethodID(nullptr, \"a\", \"()V\");")
        << QStringLiteral("cannot read");
    QTest::newRow("Java: parameter type changed")
        << scheduler << QStringLiteral(R"(int id, long triggerAtMillis)")
        << QStringLiteral("long id, long triggerAtMillis") << QStringLiteral("signature differs");
    QTest::newRow("Java: CharSequence for String")
        << scheduler << QStringLiteral(R"(String title, String text)")
        << QStringLiteral("CharSequence title, String text") << QStringLiteral("signature differs");
    QTest::newRow("Java: not static")
        << keystore << QStringLiteral(R"(public static synchronized byte\[\] hmac)")
        << QStringLiteral("public synchronized byte[] hmac") << QStringLiteral("no static method hmac");
    QTest::newRow("Java: commented out")
        << keystore << QStringLiteral(R"(public static synchronized boolean exists\(\))")
        << QStringLiteral("// public static synchronized boolean exists()\n    static void old()")
        << QStringLiteral("no static method exists");
    QTest::newRow("Java: parameter renamed, final")
        << keystore << QStringLiteral(R"(hmac\(byte\[\] data\))")
        << QStringLiteral("hmac(final byte [] input)") << QString();
}

void TestAndroidPackage::jniCalls()
{
    QFETCH(QString, file);
    QMap<QString, QString> java;
    const QMap<QString, QString> javaFiles =
        readAll(packageDir() + QStringLiteral("/src"), { u"*.java"_qs }, true);
    for (auto it = javaFiles.cbegin(); it != javaFiles.cend(); ++it)
        java.insert(it.key().chopped(int(qstrlen(".java"))), it.value());
    QString glue = joined(readAll(glueDir(), { u"*.cpp"_qs }, false));
    if (file == QLatin1String("glue"))
        glue = QString::fromUtf8(mutated(glue.toUtf8()));
    else
        java[file] = QString::fromUtf8(mutated(java.value(file).toUtf8()));
    verifyProblems(jniCallProblems(glue, java));
}

void TestAndroidPackage::platformCMake_data()
{
    addMutationColumns();
    QTest::newRow("as shipped") << QString() << QString() << QString();
    QTest::newRow("glue file not built on Android")
        << QStringLiteral(R"(\n\s*android/androidnotifier\.h android/androidnotifier\.cpp)") << QString()
        << QStringLiteral("missing in the if(ANDROID) block): android/androidnotifier.cpp");
    QTest::newRow("glue file in the Linux library")
        << QStringLiteral(R"(platformservices\.h platformservices\.cpp)")
        << QStringLiteral("platformservices.h platformservices.cpp android/androidkeystorebinding.cpp")
        << QStringLiteral("in the Linux build of app/platform: android/androidkeystorebinding.cpp");
    QTest::newRow("no if(ANDROID)") << QStringLiteral(R"(if\(ANDROID\))") << QStringLiteral("if(TRUE)")
                                    << QStringLiteral("no if(ANDROID)");
}

void TestAndroidPackage::platformCMake()
{
    QStringList glueFiles;
    for (const QString &name : readAll(glueDir(), { u"*.cpp"_qs }, false).keys())
        glueFiles << QStringLiteral("android/") + name;
    QCOMPARE(glueFiles.size(), 6);
    const QByteArray cmake = read(QStringLiteral(SAMEN_SOURCE_DIR "/app/platform/CMakeLists.txt"));
    verifyProblems(platformCMakeProblems(QString::fromUtf8(mutated(cmake)), glueFiles));
}

void TestAndroidPackage::linuxTwins_data()
{
    QTest::addColumn<QString>("part"); // which of TwinSources the mutation changes (every match)
    addMutationColumns();
    QTest::newRow("as shipped") << QString() << QString() << QString() << QString();
    QTest::newRow("no pass-through in the Linux factory")
        << QStringLiteral("factory")
        << QStringLiteral(R"(std::make_unique<vault::PassThroughKeystoreBinding>\(\))")
        << QStringLiteral("nullptr")
        << QStringLiteral("KeystoreBinding (Android: AndroidKeystoreBinding) has no Linux twin");
    QTest::newRow("Linux factory makes a class of another interface")
        << QStringLiteral("factory") << QStringLiteral(R"(std::make_unique<DBusNotifier>)")
        << QStringLiteral("std::make_unique<vault::PassThroughKeystoreBinding>")
        << QStringLiteral("Notifier (Android: AndroidNotifier) has no Linux twin");
    QTest::newRow("twin named in no test")
        << QStringLiteral("tests") << QStringLiteral(R"(\bDBusNotifier\b)") << QStringLiteral("OtherNotifier")
        << QStringLiteral("DBusNotifier, the Linux twin of AndroidNotifier, is not named");
    QTest::newRow("twin's tests not added to ctest")
        << QStringLiteral("cmake") << QStringLiteral(R"(\btst_(dbusnotifier|platformservices)\.cpp)")
        << QStringLiteral("other.cpp") << QStringLiteral("DBusNotifier, the Linux twin of AndroidNotifier");
    QTest::newRow("absence not declared")
        << QStringLiteral("factory") << QStringLiteral(R"(no Linux twin: ShareSheet)")
        << QStringLiteral("no twin")
        << QStringLiteral("ShareSheet (Android: AndroidShareSheet) has no Linux twin");
    QTest::newRow("new Android interface without twin")
        << QStringLiteral("android") << QStringLiteral(R"(namespace samen::platform \{)")
        << QStringLiteral("namespace samen::platform {\nclass AndroidCamera final : public Camera\n{\n};")
        << QStringLiteral("Camera (Android: AndroidCamera) has no Linux twin");
}

void TestAndroidPackage::linuxTwins()
{
    QFETCH(QString, part);
    const QString root = QStringLiteral(SAMEN_SOURCE_DIR);
    QMap<QString, QString> android = readAll(glueDir(), { u"*.h"_qs }, false);
    QMap<QString, QString> factory { { u"platformservices.cpp"_qs,
                                       QString::fromUtf8(
                                           read(root + u"/app/platform/platformservices.cpp"_qs)) } };
    QMap<QString, QString> linuxHeaders = readAll(root + u"/core"_qs, { u"*.h"_qs }, true);
    linuxHeaders.insert(readAll(root + u"/app/platform"_qs, { u"*.h"_qs }, false));
    QMap<QString, QString> tests;
    QMap<QString, QString> cmake;
    const QMap<QString, QString> allTests = readAll(root + u"/tests"_qs, { u"*.cpp"_qs }, true);
    for (auto it = allTests.cbegin(); it != allTests.cend(); ++it) {
        const QString folder = it.key().section(QLatin1Char('/'), 0, -2);
        if (folder.startsWith(QLatin1String("android")))
            continue;
        tests.insert(it.key(), it.value());
        if (!cmake.contains(folder))
            cmake.insert(folder,
                         QString::fromUtf8(read(root + u"/tests/"_qs + folder + u"/CMakeLists.txt"_qs)));
    }
    QMap<QString, QMap<QString, QString> *> parts { { u"android"_qs, &android },
                                                    { u"factory"_qs, &factory },
                                                    { u"tests"_qs, &tests },
                                                    { u"cmake"_qs, &cmake } };
    if (!part.isEmpty())
        mutateAll(*parts.value(part));
    verifyProblems(twinProblems({ joined(android), joined(factory), joined(linuxHeaders), tests, cmake }));
}

QTEST_GUILESS_MAIN(TestAndroidPackage)
#include "tst_androidpackage.moc"
