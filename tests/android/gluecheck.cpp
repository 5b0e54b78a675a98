#include "gluecheck.h"

#include "androidcheck.h"

#include <QRegularExpression>
#include <QSet>

namespace androidcheck {

namespace {

const QMap<QString, QString> &primitiveDescriptors()
{
    static const QMap<QString, QString> map {
        { QStringLiteral("void"), QStringLiteral("V") },   { QStringLiteral("boolean"), QStringLiteral("Z") },
        { QStringLiteral("byte"), QStringLiteral("B") },   { QStringLiteral("char"), QStringLiteral("C") },
        { QStringLiteral("short"), QStringLiteral("S") },  { QStringLiteral("int"), QStringLiteral("I") },
        { QStringLiteral("long"), QStringLiteral("J") },   { QStringLiteral("float"), QStringLiteral("F") },
        { QStringLiteral("double"), QStringLiteral("D") },
    };
    return map;
}

/** The C++ return type a QJniObject::callStaticMethod<T> needs for a JNI return descriptor. */
const QMap<QString, QString> &cppReturnTypes()
{
    static const QMap<QString, QString> map {
        { QStringLiteral("V"), QStringLiteral("void") },
        { QStringLiteral("Z"), QStringLiteral("jboolean") },
        { QStringLiteral("B"), QStringLiteral("jbyte") },
        { QStringLiteral("C"), QStringLiteral("jchar") },
        { QStringLiteral("S"), QStringLiteral("jshort") },
        { QStringLiteral("I"), QStringLiteral("jint") },
        { QStringLiteral("J"), QStringLiteral("jlong") },
        { QStringLiteral("F"), QStringLiteral("jfloat") },
        { QStringLiteral("D"), QStringLiteral("jdouble") },
    };
    return map;
}

const QStringList &javaLangClasses()
{
    static const QStringList names { QStringLiteral("String"),  QStringLiteral("Object"),
                                     QStringLiteral("Integer"), QStringLiteral("Long"),
                                     QStringLiteral("Boolean"), QStringLiteral("CharSequence") };
    return names;
}

/** @p text without the generic arguments <...>. */
QString withoutGenerics(QString text)
{
    static const QRegularExpression innermost(QStringLiteral(R"(<[^<>]*>)"));
    while (text.contains(innermost))
        text.remove(innermost);
    return text;
}

QMap<QString, QString> importsOf(const QString &source)
{
    QMap<QString, QString> imports;
    static const QRegularExpression import(QStringLiteral(R"(\bimport\s+([\w.]+)\s*;)"));
    for (const QRegularExpressionMatch &match : import.globalMatch(source)) {
        const QString qualified = match.captured(1);
        imports.insert(qualified.section(QLatin1Char('.'), -1), qualified);
    }
    return imports;
}

QString packageOf(const QString &source)
{
    static const QRegularExpression package(QStringLiteral(R"(\bpackage\s+([\w.]+)\s*;)"));
    return package.match(source).captured(1);
}

/** The type of the parameter declaration @p parameter ("final byte[] data" → "byte[]"). */
QString parameterType(QString parameter)
{
    static const QRegularExpression annotations(QStringLiteral(R"(@\w+(\([^)]*\))?|\bfinal\b)"));
    parameter.remove(annotations);
    parameter = parameter.trimmed().replace(QStringLiteral("..."), QStringLiteral("[] "));
    static const QRegularExpression lastName(QStringLiteral(R"(\s*\b\w+\s*$)"));
    return parameter.remove(lastName).trimmed();
}

} // namespace

QString jniDescriptor(QString type, const QMap<QString, QString> &imports, const QString &package)
{
    type = withoutGenerics(type).remove(QRegularExpression(QStringLiteral(R"(\s)")));
    QString prefix;
    while (type.endsWith(QLatin1String("[]"))) {
        prefix += QLatin1Char('[');
        type.chop(2);
    }
    if (primitiveDescriptors().contains(type))
        return prefix + primitiveDescriptors().value(type);
    QString qualified = type;
    if (!type.contains(QLatin1Char('.'))) {
        if (imports.contains(type))
            qualified = imports.value(type);
        else if (javaLangClasses().contains(type))
            qualified = QStringLiteral("java.lang.") + type;
        else
            qualified = package + QLatin1Char('.') + type;
    }
    return prefix + QLatin1Char('L') + qualified.replace(QLatin1Char('.'), QLatin1Char('/')) +
        QLatin1Char(';');
}

QMultiMap<QString, QString> staticMethodSignatures(const QString &javaSource)
{
    const QString source = withoutComments(javaSource);
    const QMap<QString, QString> imports = importsOf(source);
    const QString package = packageOf(source);
    static const QRegularExpression method(QStringLiteral(
        R"((?:^|[;{}])\s*((?:(?:@\w+(?:\([^()]*\))?|public|protected|private|static|final|synchronized|native)\s+)*))"
        R"(([\w.]+(?:\s*<[^;{}()]*>)?(?:\s*\[\s*\])*)\s+(\w+)\s*\(([^()]*)\)\s*(?:throws\s+[\w.,\s]+)?\{)"));
    QMultiMap<QString, QString> signatures;
    for (const QRegularExpressionMatch &match : method.globalMatch(source)) {
        if (!match.captured(1).contains(QRegularExpression(QStringLiteral(R"(\bstatic\b)"))))
            continue;
        QString parameters;
        const QString list = withoutGenerics(match.captured(4)).trimmed();
        if (!list.isEmpty()) {
            for (const QString &parameter : list.split(QLatin1Char(',')))
                parameters += jniDescriptor(parameterType(parameter), imports, package);
        }
        signatures.insert(match.captured(3),
                          QLatin1Char('(') + parameters + QLatin1Char(')') +
                              jniDescriptor(match.captured(2), imports, package));
    }
    return signatures;
}

QStringList jniCallProblems(const QString &glueSource, const QMap<QString, QString> &javaSources)
{
    const QString source = withoutComments(glueSource);
    static const QRegularExpression call(
        QStringLiteral(R"re(\bQJniObject\s*::\s*callStatic(Object)?Method\s*(?:<\s*([\w:]+)\s*>)?\s*\()re"
                       R"re(\s*"([^"]*)"\s*,\s*"([^"]*)"\s*,\s*"([^"]*)")re"));
    static const QRegularExpression anyCall(
        QStringLiteral(R"(\b(call\w*Method|Get\w*MethodID|FindClass|\w*Field)\s*[<(])"));
    QStringList problems;
    int readable = 0;
    for (const QRegularExpressionMatch &match : call.globalMatch(source)) {
        ++readable;
        const QString className = match.captured(3);
        const QString name = match.captured(4);
        const QString signature = match.captured(5);
        const QString where = QStringLiteral("%1.%2%3").arg(className, name, signature);
        if (!javaSources.contains(className)) {
            problems << QStringLiteral("%1: no Java class %2 in app/android/src").arg(where, className);
            continue;
        }
        const QStringList declared = staticMethodSignatures(javaSources.value(className)).values(name);
        if (declared.isEmpty()) {
            problems << QStringLiteral("%1: %2 has no static method %3").arg(where, className, name);
            continue;
        }
        if (!declared.contains(signature)) {
            problems << QStringLiteral("%1: signature differs from the Java declaration %2")
                            .arg(where, declared.join(QStringLiteral(", ")));
            continue;
        }
        const QString returned = signature.section(QLatin1Char(')'), -1);
        const bool objectCall = !match.captured(1).isEmpty();
        const bool fits = objectCall
            ? (returned.startsWith(QLatin1Char('L')) || returned.startsWith(QLatin1Char('[')))
            : cppReturnTypes().value(returned) == match.captured(2);
        if (!fits)
            problems << QStringLiteral("%1: C++ return type %2 does not fit %3")
                            .arg(where, objectCall ? QStringLiteral("QJniObject") : match.captured(2),
                                 returned);
    }
    int all = 0;
    for (QRegularExpressionMatchIterator it = anyCall.globalMatch(source); it.hasNext(); it.next())
        ++all;
    if (all != readable)
        problems << QStringLiteral(
                        "%1 JNI call(s) the check cannot read: write QJniObject::callStatic…Method "
                        "with class, method and signature as string literals")
                        .arg(all - readable);
    return problems;
}

namespace {

/** Class name → its direct bases (unqualified), from the class definitions in @p headers. */
QMap<QString, QStringList> classBases(const QString &headers)
{
    static const QRegularExpression definition(
        QStringLiteral(R"(\b(?:class|struct)\s+(\w+)\s+(?:final\s+)?:\s*([^{;]+)\{)"));
    QMap<QString, QStringList> bases;
    for (const QRegularExpressionMatch &match : definition.globalMatch(withoutComments(headers))) {
        QStringList names;
        for (QString base : match.captured(2).split(QLatin1Char(','))) {
            base.remove(QRegularExpression(QStringLiteral(R"(\b(public|protected|private|virtual)\b)")));
            names << base.trimmed().section(QStringLiteral("::"), -1);
        }
        bases.insert(match.captured(1), names);
    }
    return bases;
}

QStringList madeByFactory(const QString &factory)
{
    static const QRegularExpression made(QStringLiteral(R"(\bmake_unique\s*<\s*([\w:]+)\s*>)"));
    QStringList classes;
    for (const QRegularExpressionMatch &match : made.globalMatch(withoutComments(factory)))
        classes << match.captured(1).section(QStringLiteral("::"), -1);
    return classes;
}

/** The test sources that name @p className and whose test their folder's CMakeLists.txt adds. */
QStringList testsNaming(const QString &className, const TwinSources &sources)
{
    const QRegularExpression word(QStringLiteral(R"(\b%1\b)").arg(className));
    QStringList tests;
    for (auto it = sources.testSources.cbegin(); it != sources.testSources.cend(); ++it) {
        const QString folder = it.key().section(QLatin1Char('/'), 0, -2);
        const QString base = it.key().section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
        if (withoutComments(it.value()).contains(word) &&
            sources.testCMakeLists.value(folder).contains(
                QRegularExpression(QStringLiteral(R"(\b%1\.cpp\b)").arg(base))))
            tests << it.key();
    }
    return tests;
}

} // namespace

QStringList twinProblems(const TwinSources &sources)
{
    const QMap<QString, QStringList> androidClasses = classBases(sources.androidHeaders);
    const QMap<QString, QStringList> linuxClasses = classBases(sources.linuxHeaders);
    const QStringList made = madeByFactory(sources.linuxFactory);
    // An interface Linux deliberately lacks is declared in the factory: "no Linux twin: Name".
    static const QRegularExpression declaredAbsent(QStringLiteral(R"(no Linux twin: (\w+))"));
    QStringList absent;
    for (const QRegularExpressionMatch &match : declaredAbsent.globalMatch(sources.linuxFactory))
        absent << match.captured(1);
    QStringList problems;
    if (androidClasses.isEmpty())
        problems << QStringLiteral("no class found in the Android glue headers");
    for (auto it = androidClasses.cbegin(); it != androidClasses.cend(); ++it) {
        for (const QString &interface : it.value()) {
            if (interface == QLatin1String("QObject") || absent.contains(interface))
                continue;
            QStringList twins;
            for (const QString &candidate : made) {
                if (linuxClasses.value(candidate).contains(interface))
                    twins << candidate;
            }
            if (twins.isEmpty()) {
                problems << QStringLiteral("%1 (Android: %2) has no Linux twin made by the Linux factory")
                                .arg(interface, it.key());
                continue;
            }
            for (const QString &twin : std::as_const(twins)) {
                if (testsNaming(twin, sources).isEmpty())
                    problems << QStringLiteral(
                                    "%1, the Linux twin of %2, is not named in any test added to ctest")
                                    .arg(twin, it.key());
            }
        }
    }
    return problems;
}

} // namespace androidcheck

namespace androidcheck {

QStringList platformCMakeProblems(const QString &cmake, const QStringList &glueFiles)
{
    static const QRegularExpression block(QStringLiteral(R"(^if\(ANDROID\)\n(.*?)\nendif\(\)\n(.*)$)"),
                                          QRegularExpression::DotMatchesEverythingOption |
                                              QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = block.match(cmake);
    if (!match.hasMatch())
        return { QStringLiteral("app/platform/CMakeLists.txt has no if(ANDROID) … endif() block") };
    QStringList problems;
    for (const QString &file : glueFiles) {
        const QRegularExpression listed(
            QStringLiteral(R"((^|\s)%1(\s|\)|$))").arg(QRegularExpression::escape(file)));
        if (!match.captured(1).contains(listed))
            problems
                << QStringLiteral("not built on Android (missing in the if(ANDROID) block): %1").arg(file);
        if (match.captured(2).contains(listed))
            problems << QStringLiteral("in the Linux build of app/platform: %1").arg(file);
    }
    return problems;
}

} // namespace androidcheck
