#include "rules/cli.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(FILE *out)
{
    std::fputs("Usage: samen-rules COMMAND [ARGS]\n"
               "Checks a Samen rule pack and runs cases against it, without the phone.\n"
               "\n",
               out);
    std::fputs(qPrintable(samen::rules::cli::commandHelp()), out);
    std::fputs("\n"
               "Options:\n"
               "  -h, --help     Show this help.\n"
               "  -v, --version  Show the version.\n",
               out);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("samen-rules"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMEN_VERSION));
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(stderr);
        return samen::rules::cli::BadInput;
    }
    const QString command = args.constFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help")) {
        printUsage(stdout);
        return 0;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        std::printf("samen-rules %s\n", SAMEN_VERSION);
        return 0;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    return samen::rules::cli::run(args, out, err);
}
