#include "rules/cli.h"

#include "rules/case.h"
#include "rules/caseresultjson.h"
#include "rules/casetable.h"
#include "rules/evaluator.h"
#include "rules/pack.h"

#include <QFile>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>

#include <algorithm>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace samen::rules::cli {
namespace {

/** The largest pack or case file read (the shipped pack is about 50 KiB). */
constexpr qint64 maxInputBytes = 16 * 1024 * 1024;

struct Invocation
{
    QString pack;
    QString input;
};

/** Opens @p path when it is a regular file (a FIFO or device could block or never end). */
int openRegularFile(const QString &path, qint64 *size, QString *problem)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    struct stat status = {};
    if (fd < 0 || ::fstat(fd, &status) != 0) {
        *problem = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    if (!S_ISREG(status.st_mode)) {
        *problem = QStringLiteral("not a regular file");
        ::close(fd);
        return -1;
    }
    *size = status.st_size;
    return fd;
}

std::optional<QByteArray> readFile(const QString &path, QTextStream &err)
{
    qint64 size = 0;
    QString problem;
    const int fd = openRegularFile(path, &size, &problem);
    QFile file;
    if (fd < 0 || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        err << path << ": cannot read: " << (fd < 0 ? problem : file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    QByteArray bytes = size <= maxInputBytes ? file.read(maxInputBytes + 1) : QByteArray();
    if (size > maxInputBytes || bytes.size() > maxInputBytes) {
        err << path << ": too large: more than " << maxInputBytes / (1024 * 1024) << " MiB" << Qt::endl;
        return std::nullopt;
    }
    return bytes;
}

std::optional<Invocation> packAndInput(const QStringList &args, QTextStream &err)
{
    const QString usage = QStringLiteral("usage: samen-rules %1 --pack PACK FILE.json").arg(args.value(0));
    if (args.size() != 4 || args.at(1) != u"--pack") {
        err << usage << Qt::endl;
        return std::nullopt;
    }
    return Invocation { args.at(2), args.at(3) };
}

std::optional<RulePack> loadForUse(const QString &path, QTextStream &err)
{
    const auto bytes = readFile(path, err);
    if (!bytes)
        return std::nullopt;
    PackLoadResult loaded = loadPack(*bytes);
    if (!loaded.pack)
        err << path << ": invalid pack: " << loaded.error << Qt::endl;
    return std::move(loaded.pack);
}

int validate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 2) {
        err << "usage: samen-rules validate PACK" << Qt::endl;
        return BadInput;
    }
    const auto bytes = readFile(args.at(1), err);
    if (!bytes)
        return BadInput;
    const PackLoadResult loaded = loadPack(*bytes);
    if (!loaded.pack) {
        err << args.at(1) << ": " << loaded.error << Qt::endl;
        return Failed;
    }
    out << args.at(1) << ": valid: " << loaded.pack->rules.size() << " rules, " << loaded.pack->regimes.size()
        << " regimes, " << loaded.pack->questions.size() << " questions, rules as of "
        << loaded.pack->rulesAsOf.toString(Qt::ISODate) << Qt::endl;
    return Success;
}

int keys(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 2) {
        err << "usage: samen-rules keys PACK" << Qt::endl;
        return BadInput;
    }
    const auto pack = loadForUse(args.at(1), err);
    if (!pack)
        return BadInput;
    for (const QString &key : pack->explanationKeys())
        out << key << Qt::endl;
    return Success;
}

int evaluate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto invocation = packAndInput(args, err);
    if (!invocation)
        return BadInput;
    const auto pack = loadForUse(invocation->pack, err);
    const auto bytes = pack ? readFile(invocation->input, err) : std::nullopt;
    if (!bytes)
        return BadInput;
    const CaseParseResult parsed = parseCase(*bytes);
    if (!parsed.value) {
        err << invocation->input << ": " << parsed.error << Qt::endl;
        return BadInput;
    }
    const EvaluationResult result = Evaluator(*pack).evaluate(*parsed.value);
    if (!result.value) {
        err << invocation->input << ": " << result.error << Qt::endl;
        return BadInput;
    }
    out << QString::fromUtf8(QJsonDocument(toJson(*result.value)).toJson(QJsonDocument::Indented));
    out.flush();
    return Success;
}

std::optional<CaseTableReport> runTable(const QStringList &args, QTextStream &err,
                                        RulePack *packOut = nullptr)
{
    const auto invocation = packAndInput(args, err);
    if (!invocation)
        return std::nullopt;
    const auto pack = loadForUse(invocation->pack, err);
    const auto bytes = pack ? readFile(invocation->input, err) : std::nullopt;
    if (!bytes)
        return std::nullopt;
    CaseTableReport report = runCaseTable(*pack, *bytes);
    if (!report.error.isEmpty()) {
        err << invocation->input << ": " << report.error << Qt::endl;
        return std::nullopt;
    }
    if (packOut)
        *packOut = *pack;
    return report;
}

int test(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto report = runTable(args, err);
    if (!report)
        return BadInput;
    for (const QString &line : report->failures)
        out << line << Qt::endl;
    out << report->passed << " passed, " << report->failed << " failed" << Qt::endl;
    return report->failed == 0 ? Success : Failed;
}

int coverage(const QStringList &args, QTextStream &out, QTextStream &err)
{
    RulePack pack;
    const auto report = runTable(args, err, &pack);
    if (!report)
        return BadInput;
    int missing = 0;
    for (const auto &rule : pack.rules) {
        if (!report->decidedRules.contains(rule.id)) {
            out << "rule " << rule.id << " is not decided by any case" << Qt::endl;
            ++missing;
        }
    }
    out << pack.rules.size() - missing << " of " << pack.rules.size() << " rules decided by a case"
        << Qt::endl;
    return missing == 0 ? Success : Failed;
}

} // namespace

bool isCommand(const QString &name)
{
    return name == u"validate" || name == u"evaluate" || name == u"test" || name == u"coverage" ||
        name == u"keys";
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString command = args.value(0);
    if (command == u"validate")
        return validate(args, out, err);
    if (command == u"evaluate")
        return evaluate(args, out, err);
    if (command == u"test")
        return test(args, out, err);
    if (command == u"coverage")
        return coverage(args, out, err);
    if (command == u"keys")
        return keys(args, out, err);
    err << "samen-rules: unknown command '" << command << "'. Try 'samen-rules --help'." << Qt::endl;
    return BadInput;
}

QString commandHelp()
{
    return QStringLiteral("Commands:\n"
                          "  validate PACK                    Check a rule pack; exit 1 when invalid.\n"
                          "  evaluate --pack PACK CASE.json   Print the verdicts for one case as JSON.\n"
                          "  test --pack PACK CASES.json      Run a case table; exit 1 when a case fails.\n"
                          "  coverage --pack PACK CASES.json  List rules no case decides; exit 1 if any.\n"
                          "  keys PACK                        List the translation keys the pack uses.\n"
                          "Bad input (unreadable file, malformed JSON, invalid field) exits with 2.\n");
}

} // namespace samen::rules::cli
