#include "rules/casetable.h"

#include "rules/case.h"
#include "rules/caseresultjson.h"
#include "rules/evaluator.h"
#include "rules/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace samen::rules {
namespace {

using json::child;
using json::InputError;

QString compact(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    QJsonArray wrapper { value };
    const QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonObject memberById(const QJsonObject &result, const QString &id)
{
    for (const QJsonValue &member : result.value(u"members"_qs).toArray()) {
        if (member.toObject().value(u"id"_qs).toString() == id)
            return member.toObject();
    }
    return {};
}

void compareField(QStringList &problems, const QString &what, const QJsonValue &expected,
                  const QJsonValue &actual)
{
    const QJsonValue normal = actual.isUndefined() ? QJsonValue() : actual;
    if (expected != normal)
        problems << QStringLiteral("%1: expected %2, got %3").arg(what, compact(expected), compact(normal));
}

void compareMembers(QStringList &problems, const QJsonObject &expect, const QJsonObject &result,
                    const QString &field, const QString &label)
{
    for (auto it = expect.constBegin(); it != expect.constEnd(); ++it) {
        const QJsonObject member = memberById(result, it.key());
        if (member.isEmpty()) {
            problems << QStringLiteral("%1: no such member").arg(it.key());
            continue;
        }
        compareField(problems, it.key() + label, it.value(), member.value(field));
    }
}

QJsonObject optionalObject(const QJsonObject &entry, const QString &key, const QString &path)
{
    const QJsonValue value = entry.value(key);
    return value.isUndefined() ? QJsonObject() : json::asObject(value, child(path, key));
}

QStringList checkEntry(const Evaluator &evaluator, const QJsonObject &entry, const QString &path,
                       QSet<QString> &decided)
{
    const QJsonObject caseObject = json::asObject(entry.value(u"case"_qs), child(path, u"case"_qs));
    const CaseParseResult parsed = parseCase(caseObject);
    const QString expectError = json::optionalString(entry, u"expectError"_qs, path);
    if (!expectError.isEmpty()) {
        if (parsed.value)
            return { QStringLiteral("expected error at %1, but the case was accepted").arg(expectError) };
        if (!parsed.error.startsWith(expectError + u':'))
            return { QStringLiteral("expected error at %1, got \"%2\"").arg(expectError, parsed.error) };
        return {};
    }
    if (!parsed.value)
        return { QStringLiteral("case refused: %1").arg(parsed.error) };
    const EvaluationResult evaluated = evaluator.evaluate(*parsed.value);
    if (!evaluated.value)
        return { QStringLiteral("not evaluated: %1").arg(evaluated.error) };
    const QJsonObject expect = json::asObject(entry.value(u"expect"_qs), child(path, u"expect"_qs));
    for (const auto &member : evaluated.value->members) {
        if (expect.contains(member.id))
            decided.unite(QSet<QString>(member.rules.cbegin(), member.rules.cend()));
    }
    const QJsonObject result = toJson(*evaluated.value);
    QStringList problems;
    compareMembers(problems, expect, result, u"outcome"_qs, QString());
    compareMembers(problems, optionalObject(entry, u"expectEarliest"_qs, path), result, u"earliest"_qs,
                   u" earliest"_qs);
    compareMembers(problems, optionalObject(entry, u"expectRules"_qs, path), result, u"rules"_qs,
                   u" rules"_qs);
    compareMembers(problems, optionalObject(entry, u"expectDocuments"_qs, path), result,
                   u"requiredDocuments"_qs, u" documents"_qs);
    if (entry.contains(u"expectRegime"_qs))
        compareField(problems, u"regime"_qs, entry.value(u"expectRegime"_qs), result.value(u"regime"_qs));
    if (entry.contains(u"expectDeadline"_qs))
        compareField(problems, u"deadline"_qs, entry.value(u"expectDeadline"_qs),
                     result.value(u"deadline"_qs));
    const QJsonObject deadlines = deadlinesToJson(*evaluated.value);
    const QJsonObject expectDeadlines = optionalObject(entry, u"expectDeadlines"_qs, path);
    for (auto it = expectDeadlines.constBegin(); it != expectDeadlines.constEnd(); ++it)
        compareField(problems, it.key(), it.value(), deadlines.value(it.key()));
    return problems;
}

void runEntries(const RulePack &pack, const QJsonArray &table, CaseTableReport &report)
{
    const Evaluator evaluator(pack);
    for (qsizetype i = 0; i < table.size(); ++i) {
        const QString path = child(QString(), i);
        const QJsonObject entry = json::asObject(table.at(i), path);
        json::onlyKeys(entry, path,
                       { u"name"_qs, u"case"_qs, u"expect"_qs, u"expectRegime"_qs, u"expectDeadline"_qs,
                         u"expectEarliest"_qs, u"expectRules"_qs, u"expectDocuments"_qs,
                         u"expectDeadlines"_qs, u"expectError"_qs });
        const QString name = json::requiredString(entry, u"name"_qs, path);
        const QStringList problems = checkEntry(evaluator, entry, path, report.decidedRules);
        if (problems.isEmpty()) {
            ++report.passed;
        } else {
            ++report.failed;
            report.failures << QStringLiteral("FAIL %1: %2").arg(name, problems.join(u"; "));
        }
    }
}

} // namespace

CaseTableReport runCaseTable(const RulePack &pack, const QByteArray &tableJson)
{
    CaseTableReport report;
    try {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(tableJson, &error);
        if (error.error != QJsonParseError::NoError)
            throw InputError {
                QString(),
                QStringLiteral("malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString())
            };
        if (!document.isArray())
            throw InputError { QString(), QStringLiteral("expected a JSON array of cases") };
        runEntries(pack, document.array(), report);
    } catch (const InputError &error) {
        report = CaseTableReport();
        report.error = error.text();
    }
    return report;
}

} // namespace samen::rules
