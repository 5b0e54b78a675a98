#include "ocr/lettercli.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("samen-letters"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMEN_VERSION));
    const QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.value(0) == u"-h" || args.value(0) == u"--help") {
        out << samen::ocr::cli::usage();
        return 0;
    }
    if (args.isEmpty()) {
        err << samen::ocr::cli::usage();
        return samen::ocr::cli::BadInput;
    }
    return samen::ocr::cli::run(args, out, err);
}
