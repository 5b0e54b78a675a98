#include "ocr/lettercli.h"

#include "ocr/letterocr.h"
#include "rules/datemath.h"
#include "rules/pack.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace samen::ocr::cli {

namespace {

QJsonValue dateValue(const std::optional<letters::FoundDate> &found)
{
    return found ? QJsonValue(rules::datemath::toIso(found->date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

struct Options
{
    QString file;
    QDate today = QDate::currentDate();
    QString pack;
    QString problem;
};

Options parse(const QStringList &args)
{
    Options options;
    if (args.value(0) != u"read")
        return { {}, {}, {}, u"unknown command; see --help"_qs };
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--today" || args[i] == u"--pack") {
            if (i + 1 >= args.size())
                return { {}, {}, {}, args[i] + u" needs a value"_qs };
            const QString value = args[++i];
            if (args[i - 1] == u"--pack") {
                options.pack = value;
                continue;
            }
            const auto today = rules::datemath::parseIsoDate(value);
            if (!today)
                return { {}, {}, {}, u"--today: expected YYYY-MM-DD"_qs };
            options.today = *today;
        } else if (options.file.isEmpty()) {
            options.file = args[i];
        } else {
            return { {}, {}, {}, u"one FILE only"_qs };
        }
    }
    if (options.file.isEmpty())
        options.problem = u"read needs a FILE"_qs;
    return options;
}

} // namespace

QString usage()
{
    return u"Usage: samen-letters read FILE [--today YYYY-MM-DD] [--pack PACK.json]\n"
           "Reads an IND letter (photo, scan or PDF) as the app does and prints one JSON object:\n"
           "type, letterDate, answerBy, decisionBy, vNumber, caseNumber, confidence, doubts, words.\n"
           "Exit 2 with a message when FILE cannot be read as a letter.\n"_qs;
}

QJsonObject readingJson(const letters::LetterReading &reading, const PageLoad &load)
{
    QJsonObject words;
    if (reading.letterDate)
        words.insert(u"letterDate"_qs, reading.letterDate->words);
    if (reading.answerBy)
        words.insert(u"answerBy"_qs, reading.answerBy->words);
    if (reading.decisionBy)
        words.insert(u"decisionBy"_qs, reading.decisionBy->words);
    return {
        { u"type"_qs, letters::kindName(reading.kind) },
        { u"packLetterId"_qs, textOrNull(reading.packLetterId) },
        { u"letterDate"_qs, dateValue(reading.letterDate) },
        { u"answerBy"_qs, dateValue(reading.answerBy) },
        { u"decisionBy"_qs, dateValue(reading.decisionBy) },
        { u"vNumber"_qs, textOrNull(reading.vNumber) },
        { u"caseNumber"_qs, textOrNull(reading.caseNumber) },
        { u"confidence"_qs, qRound(reading.confidence * 100) / 100.0 },
        { u"sure"_qs, letters::isSure(reading) },
        { u"looksLikeIndLetter"_qs, reading.looksLikeIndLetter },
        { u"doubts"_qs, QJsonArray::fromStringList(reading.doubts) },
        { u"words"_qs, words },
        { u"pages"_qs, int(load.pages.size()) },
        { u"pageCount"_qs, load.pageCount },
    };
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Options options = parse(args);
    if (!options.problem.isEmpty()) {
        err << "samen-letters: " << options.problem << '\n';
        return BadInput;
    }
    const rules::PackLoadResult pack =
        options.pack.isEmpty() ? rules::bundledPack() : rules::loadPackFile(options.pack);
    if (!pack.pack) {
        err << "samen-letters: the pack is invalid: " << pack.error << '\n';
        return Broken;
    }
    const PageLoad load = loadLetterFile(options.file);
    if (load.pages.isEmpty()) {
        err << "samen-letters: " << options.file << ": cannot read it as a letter ("
            << loadErrorName(load.error) << ")\n";
        return BadInput;
    }
    if (load.error == LoadError::TooManyPages)
        err << "samen-letters: " << options.file << ": " << load.pageCount << " pages; read the first "
            << load.pages.size() << "\n";
    QString problem;
    const std::unique_ptr<OcrEngine> engine = OcrEngine::open(&problem);
    if (!engine) {
        err << "samen-letters: " << problem << '\n';
        return Broken;
    }
    const letters::LetterReading reading =
        readLetter(load.pages, *engine, pack.pack->journey.reading, options.today);
    out << QJsonDocument(readingJson(reading, load)).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace samen::ocr::cli
