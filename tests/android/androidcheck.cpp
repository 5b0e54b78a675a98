#include "androidcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace androidcheck {

namespace {

const QString androidNs = QStringLiteral("http://schemas.android.com/apk/res/android");

QString androidAttribute(const QXmlStreamReader &xml, const QString &name)
{
    return xml.attributes().value(androidNs, name).toString();
}

bool isWhitespace(const QXmlStreamReader &xml)
{
    return xml.tokenType() == QXmlStreamReader::Characters && xml.isWhitespace();
}

struct ManifestScan
{
    QStringList problems;
    QXmlStreamReader::TokenType previous = QXmlStreamReader::NoToken;
};

void checkPermission(const QXmlStreamReader &xml, ManifestScan &scan)
{
    const QString name = androidAttribute(xml, QStringLiteral("name"));
    const QString shortName = name.section(QLatin1Char('.'), -1);
    if (shortName == QLatin1String("INTERNET"))
        scan.problems << QStringLiteral("INTERNET permission declared: Samen must work without network");
    else if (!name.startsWith(QLatin1String("android.permission.")) ||
             !allowedPermissions().contains(shortName))
        scan.problems << QStringLiteral("permission not in the allow-list: %1").arg(name);
    if (scan.previous != QXmlStreamReader::Comment)
        scan.problems << QStringLiteral("permission without a comment saying why: %1").arg(name);
}

void checkFeature(const QXmlStreamReader &xml, ManifestScan &scan)
{
    const QString name = androidAttribute(xml, QStringLiteral("name"));
    if (name.startsWith(QLatin1String("android.hardware.camera")) &&
        androidAttribute(xml, QStringLiteral("required")) != QLatin1String("false"))
        scan.problems << QStringLiteral("camera feature must be required=\"false\": %1").arg(name);
}

void checkApplication(const QXmlStreamReader &xml, ManifestScan &scan)
{
    const auto expect = [&](const QString &attribute, const QString &wanted) {
        const QString value = androidAttribute(xml, attribute);
        if (value != wanted)
            scan.problems
                << QStringLiteral("application %1 is \"%2\", must be \"%3\"").arg(attribute, value, wanted);
    };
    expect(QStringLiteral("allowBackup"), QStringLiteral("false"));
    expect(QStringLiteral("fullBackupContent"), QStringLiteral("false"));
    expect(QStringLiteral("dataExtractionRules"), QStringLiteral("@xml/data_extraction_rules"));
}

void checkManifestElement(const QXmlStreamReader &xml, ManifestScan &scan)
{
    const auto expect = [&](const QString &attribute, const QString &placeholder) {
        if (androidAttribute(xml, attribute) != placeholder)
            scan.problems
                << QStringLiteral("manifest %1 must be left to CMake (%2)").arg(attribute, placeholder);
    };
    expect(QStringLiteral("versionCode"), QStringLiteral("-- %%INSERT_VERSION_CODE%% --"));
    expect(QStringLiteral("versionName"), QStringLiteral("-- %%INSERT_VERSION_NAME%% --"));
}

void checkStartElement(const QXmlStreamReader &xml, ManifestScan &scan)
{
    const QStringView element = xml.name();
    if (element == u"manifest")
        checkManifestElement(xml, scan);
    else if (element == u"uses-permission" || element == u"uses-permission-sdk-23")
        checkPermission(xml, scan);
    else if (element == u"uses-feature")
        checkFeature(xml, scan);
    else if (element == u"application")
        checkApplication(xml, scan);
    else if (element == u"provider" &&
             (androidAttribute(xml, QStringLiteral("exported")) != QLatin1String("false") ||
              androidAttribute(xml, QStringLiteral("grantUriPermissions")) != QLatin1String("true")))
        scan.problems << QStringLiteral(
                             "provider %1 must be exported=\"false\" with grantUriPermissions=\"true\"")
                             .arg(androidAttribute(xml, QStringLiteral("name")));
    else if ((element == u"activity" || element == u"activity-alias") &&
             androidAttribute(xml, QStringLiteral("name")) != QLatin1String("nl.samen.app.SamenActivity"))
        scan.problems << QStringLiteral("activity other than SamenActivity (it would lack FLAG_SECURE): %1")
                             .arg(androidAttribute(xml, QStringLiteral("name")));
}

/** Letters of @p text, and how many of them lie in [first, last]. */
QPair<int, int> lettersInBlock(const QString &text, char32_t first, char32_t last)
{
    int letters = 0;
    int inBlock = 0;
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        ++letters;
        if (c >= first && c <= last)
            ++inBlock;
    }
    return { letters, inBlock };
}

QMap<QString, QString> readStrings(const QString &path, QStringList &problems)
{
    QMap<QString, QString> strings;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << QStringLiteral("missing %1").arg(path);
        return strings;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"string") {
            const QString name = xml.attributes().value(QStringLiteral("name")).toString();
            strings.insert(name, xml.readElementText());
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("%1: %2").arg(path, xml.errorString());
    return strings;
}

struct Language
{
    QString dir;
    char32_t scriptFirst;
    char32_t scriptLast;
};

const QList<Language> &languages()
{
    static const QList<Language> list {
        { QStringLiteral("values"), U'A', U'z' },        { QStringLiteral("values-ar"), 0x0600, 0x06FF },
        { QStringLiteral("values-ti"), 0x1200, 0x139F }, { QStringLiteral("values-fa-rAF"), 0x0600, 0x06FF },
        { QStringLiteral("values-nl"), U'A', U'z' },
    };
    return list;
}

int matchingBrace(const QString &source, int open)
{
    int depth = 0;
    for (int i = open; i < source.size(); ++i) {
        if (source.at(i) == QLatin1Char('{'))
            ++depth;
        else if (source.at(i) == QLatin1Char('}') && --depth == 0)
            return i;
    }
    return -1;
}

} // namespace

QStringList allowedPermissions()
{
    return { QStringLiteral("POST_NOTIFICATIONS"), QStringLiteral("SCHEDULE_EXACT_ALARM"),
             QStringLiteral("RECEIVE_BOOT_COMPLETED"), QStringLiteral("CAMERA") };
}

QStringList manifestProblems(const QByteArray &xmlText)
{
    ManifestScan scan;
    for (const char *placeholder : { "%%INSERT_PERMISSIONS", "%%INSERT_FEATURES" }) {
        if (xmlText.contains(placeholder))
            scan.problems << QStringLiteral("Qt placeholder %1 present: androiddeployqt would add the "
                                            "permissions of every Qt module (INTERNET included)")
                                 .arg(QLatin1String(placeholder));
    }
    QXmlStreamReader xml(xmlText);
    bool sawApplication = false;
    bool inQueries = false;
    bool sawSpeechQuery = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            sawApplication = sawApplication || xml.name() == u"application";
            inQueries = inQueries || xml.name() == u"queries";
            sawSpeechQuery = sawSpeechQuery ||
                (inQueries && xml.name() == u"action" &&
                 xml.attributes().value(QStringLiteral("android:name")) ==
                     u"android.intent.action.TTS_SERVICE");
            checkStartElement(xml, scan);
        }
        if (xml.isEndElement() && xml.name() == u"queries")
            inQueries = false;
        if (!isWhitespace(xml))
            scan.previous = xml.tokenType();
    }
    if (xml.hasError())
        scan.problems << QStringLiteral("malformed manifest: %1").arg(xml.errorString());
    else if (!sawApplication)
        scan.problems << QStringLiteral("no <application> element");
    if (!xml.hasError() && !sawSpeechQuery)
        scan.problems << QStringLiteral(
            "no <queries> for android.intent.action.TTS_SERVICE: from Android 11 the "
            "app would not see the phone's speech engine (reading aloud)");
    return scan.problems;
}

QStringList extractionRulesProblems(const QByteArray &xmlText)
{
    static const QStringList domains { QStringLiteral("root"),
                                       QStringLiteral("file"),
                                       QStringLiteral("database"),
                                       QStringLiteral("sharedpref"),
                                       QStringLiteral("external"),
                                       QStringLiteral("device_root"),
                                       QStringLiteral("device_file"),
                                       QStringLiteral("device_database"),
                                       QStringLiteral("device_sharedpref") };
    QMap<QString, QStringList> excluded; // section -> domains excluded whole
    QStringList problems;
    QString section;
    QXmlStreamReader xml(xmlText);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("cloud-backup") || name == QLatin1String("device-transfer")) {
                section = name;
                excluded.insert(section, {});
            } else if (name == QLatin1String("include")) {
                problems
                    << QStringLiteral("<include> in %1: nothing may be copied off the phone").arg(section);
            } else if (name == QLatin1String("exclude") && !section.isEmpty() &&
                       xml.attributes().value(QStringLiteral("path")) == u".") {
                excluded[section] << xml.attributes().value(QStringLiteral("domain")).toString();
            }
        }
    }
    if (xml.hasError())
        return { QStringLiteral("malformed data extraction rules: %1").arg(xml.errorString()) };
    for (const QString &wanted : { QStringLiteral("cloud-backup"), QStringLiteral("device-transfer") }) {
        if (!excluded.contains(wanted)) {
            problems << QStringLiteral("no <%1> section: Android would copy everything").arg(wanted);
            continue;
        }
        for (const QString &domain : domains) {
            if (!excluded.value(wanted).contains(domain))
                problems << QStringLiteral("%1 does not exclude domain %2").arg(wanted, domain);
        }
    }
    return problems;
}

QStringList stringsProblems(const QString &resDir)
{
    QStringList problems;
    QString english;
    for (const Language &language : languages()) {
        const QString path = QDir(resDir).filePath(language.dir + QStringLiteral("/strings.xml"));
        const QMap<QString, QString> strings = readStrings(path, problems);
        if (!QFileInfo::exists(path))
            continue;
        if (strings.value(QStringLiteral("samen_app_name")) != QLatin1String("Samen"))
            problems << QStringLiteral("%1: samen_app_name must be \"Samen\"").arg(language.dir);
        const QString description = strings.value(QStringLiteral("samen_app_description")).trimmed();
        const auto [letters, inScript] =
            lettersInBlock(description, language.scriptFirst, language.scriptLast);
        if (language.dir == QLatin1String("values"))
            english = description;
        if (description.isEmpty())
            problems << QStringLiteral("%1: samen_app_description missing or empty").arg(language.dir);
        else if (language.dir != QLatin1String("values") && description == english)
            problems << QStringLiteral("%1: samen_app_description is not translated").arg(language.dir);
        else if (inScript * 10 < letters * 9)
            problems << QStringLiteral("%1: samen_app_description is not in the language's script")
                            .arg(language.dir);
    }
    return problems;
}

QStringList flagSecureProblems(const QString &javaSource)
{
    const QString source = withoutComments(javaSource);
    if (!source.contains(
            QRegularExpression(QStringLiteral(R"(class\s+SamenActivity\s+extends\s+QtActivity\b)"))))
        return { QStringLiteral("SamenActivity does not extend QtActivity") };
    const QRegularExpressionMatch onCreate =
        QRegularExpression(QStringLiteral(R"(void\s+onCreate\s*\(\s*Bundle\s+\w+\s*\)\s*\{)")).match(source);
    if (!onCreate.hasMatch())
        return { QStringLiteral("SamenActivity has no onCreate(Bundle)") };
    const int open = onCreate.capturedEnd() - 1;
    const QString body = source.mid(open, matchingBrace(source, open) - open + 1);
    const int secure = body.indexOf(QRegularExpression(QStringLiteral(
        R"(getWindow\(\)\s*\.\s*(setFlags|addFlags)\s*\(\s*WindowManager\s*\.\s*LayoutParams\s*\.\s*FLAG_SECURE\b)")));
    const int superCall = body.indexOf(QRegularExpression(QStringLiteral(R"(\bsuper\s*\.\s*onCreate\s*\()")));
    if (secure < 0)
        return { QStringLiteral("onCreate does not set FLAG_SECURE on the window") };
    if (superCall < 0)
        return { QStringLiteral("onCreate does not call super.onCreate") };
    if (superCall < secure)
        return { QStringLiteral(
            "FLAG_SECURE is set after super.onCreate: Qt's first frame could be captured") };
    return {};
}

QStringList gradleProblems(const QString &gradleSource)
{
    if (withoutComments(gradleSource).contains(QRegularExpression(QStringLiteral(R"(\bresConfigs?\b)"))))
        return { QStringLiteral("build.gradle restricts resource configurations (resConfig): "
                                "translated strings would be dropped from the APK") };
    return {};
}

QStringList linuxBuildProblems(const QByteArray &compileCommandsJson, const QString &sourceDir)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(compileCommandsJson, &error);
    if (!document.isArray())
        return { QStringLiteral("compile_commands.json unreadable: %1").arg(error.errorString()) };
    QStringList problems;
    const QDir root(sourceDir);
    for (const QJsonValue &entry : document.array()) {
        const QString relative =
            root.relativeFilePath(entry.toObject().value(QStringLiteral("file")).toString());
        if (!relative.startsWith(QLatin1String("app/")) && !relative.startsWith(QLatin1String("core/")))
            continue;
        const QStringList parts = relative.split(QLatin1Char('/'));
        if (parts.contains(QLatin1String("android")) ||
            parts.last().contains(QLatin1String("jni"), Qt::CaseInsensitive))
            problems << QStringLiteral("Android-only source in the Linux build: %1").arg(relative);
    }
    return problems;
}

QString withoutComments(const QString &source)
{
    QString out;
    out.reserve(source.size());
    QChar quote;
    for (int i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < source.size() ? source.at(i + 1) : QChar();
        if (!quote.isNull()) {
            out += c;
            if (c == QLatin1Char('\\') && !next.isNull())
                out += source.at(++i);
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < source.size() && source.at(i) != QLatin1Char('\n'))
                ++i;
            out += QLatin1Char('\n');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const int end = source.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? source.size() : end + 1;
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace androidcheck
