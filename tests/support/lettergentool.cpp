// samen-lettergen OUTDIR COUNT [FIRST_SEED]: writes generated IND letters as phone photos
// (letter-<seed>.jpg) and their truth (letter-<seed>.json), for trying samen-letters by hand.

#include "support/lettergen.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QJsonValue isoOrNull(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() < 2 || args[1].toInt() <= 0) {
        err << "Usage: samen-lettergen OUTDIR COUNT [FIRST_SEED]\n";
        return 2;
    }
    const QDir dir(args[0]);
    if (!dir.mkpath(u"."_qs)) {
        err << "cannot create " << args[0] << '\n';
        return 2;
    }
    const int first = args.value(2).toInt();
    for (int seed = first; seed < first + args[1].toInt(); ++seed) {
        const samen::testing::GeneratedLetter letter = samen::testing::generateLetter(seed);
        QFile photo(dir.filePath(u"letter-%1.jpg"_qs.arg(seed)));
        QFile truth(dir.filePath(u"letter-%1.json"_qs.arg(seed)));
        const QJsonObject json { { u"type"_qs, letter.truth.type },
                                 { u"packLetterId"_qs, letter.truth.packLetterId },
                                 { u"letterDate"_qs, letter.truth.letterDate.toString(Qt::ISODate) },
                                 { u"answerBy"_qs, isoOrNull(letter.truth.answerBy) },
                                 { u"decisionBy"_qs, isoOrNull(letter.truth.decisionBy) },
                                 { u"vNumber"_qs, letter.truth.vNumber },
                                 { u"caseNumber"_qs, letter.truth.caseNumber } };
        if (!photo.open(QIODevice::WriteOnly) || !truth.open(QIODevice::WriteOnly)) {
            err << "cannot write in " << args[0] << '\n';
            return 2;
        }
        photo.write(samen::testing::jpegBytes(samen::testing::photographed(letter.page, seed)));
        truth.write(QJsonDocument(json).toJson());
    }
    return 0;
}
