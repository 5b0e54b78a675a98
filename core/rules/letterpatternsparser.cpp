#include "rules/letterpatternsparser.h"

#include "rules/journey.h"
#include "rules/jsonreader.h"
#include "rules/pack.h"

#include <QSet>

namespace samen::rules {

using json::child;
using json::InputError;
using json::quoted;

namespace {

const QString kSection = u"letterReading"_qs;

/** A list of phrases: strings, none empty. */
QStringList phrases(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QStringList values = json::stringList(object, key, path);
    if (required && values.isEmpty())
        throw InputError { child(path, key), QStringLiteral("needs at least one phrase") };
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].trimmed().isEmpty())
            throw InputError { child(child(path, key), i), QStringLiteral("empty phrase") };
    }
    return values;
}

class PatternsParser
{
public:
    PatternsParser(const RulePack &pack, const Journey &journey)
        : m_pack(pack)
        , m_journey(journey)
    { }

    LetterPatterns parse(const QJsonObject &section);

private:
    QString sourceRef(const QJsonObject &object, const QString &path) const;
    QString letterRef(const QJsonObject &object, const QString &path) const;
    void readMonths(const QJsonObject &section);
    void readNumberWords(const QJsonObject &section);
    void readPeriods(const QJsonObject &section);
    LetterTypePattern readType(const QJsonObject &object, const QString &path);
    QList<LetterVariant> readVariants(const QJsonObject &object, const QString &path) const;
    static LetterDateRole dateRole(const QJsonObject &object, const QString &path);

    const RulePack &m_pack;
    const Journey &m_journey;
    LetterPatterns m_patterns;
    QSet<QString> m_kinds;
};

LetterPatterns PatternsParser::parse(const QJsonObject &section)
{
    json::onlyKeys(section, kSection,
                   { u"months"_qs, u"monthAbbreviations"_qs, u"numberWords"_qs, u"letterDateLabels"_qs,
                     u"vNumberLabels"_qs, u"caseNumberLabels"_qs, u"senderWords"_qs, u"senderWordsNeeded"_qs,
                     u"periods"_qs, u"types"_qs, u"source"_qs });
    readMonths(section);
    readNumberWords(section);
    m_patterns.letterDateLabels = phrases(section, u"letterDateLabels"_qs, kSection, true);
    m_patterns.vNumberLabels = phrases(section, u"vNumberLabels"_qs, kSection, true);
    m_patterns.caseNumberLabels = phrases(section, u"caseNumberLabels"_qs, kSection, true);
    m_patterns.senderWords = phrases(section, u"senderWords"_qs, kSection, true);
    m_patterns.senderWordsNeeded = json::requiredInt(section, u"senderWordsNeeded"_qs, kSection);
    if (m_patterns.senderWordsNeeded < 1 || m_patterns.senderWordsNeeded > m_patterns.senderWords.size())
        throw InputError { child(kSection, u"senderWordsNeeded"_qs),
                           QStringLiteral("must be between 1 and the number of senderWords") };
    readPeriods(section);
    const QString typesPath = child(kSection, u"types"_qs);
    const QJsonArray types = json::asArray(section.value(u"types"_qs), typesPath);
    for (qsizetype i = 0; i < types.size(); ++i)
        m_patterns.types.append(
            readType(json::asObject(types.at(i), child(typesPath, i)), child(typesPath, i)));
    for (const QString &kind : letterKindNames()) {
        if (!m_kinds.contains(kind))
            throw InputError { typesPath, QStringLiteral("no patterns for type %1").arg(quoted(kind)) };
    }
    m_patterns.source = sourceRef(section, kSection);
    return m_patterns;
}

QString PatternsParser::sourceRef(const QJsonObject &object, const QString &path) const
{
    return json::requiredRef(object, u"source"_qs, path, u"source"_qs,
                             [this](const QString &id) { return m_pack.source(id) != nullptr; });
}

QString PatternsParser::letterRef(const QJsonObject &object, const QString &path) const
{
    return json::requiredRef(object, u"letter"_qs, path, u"letter"_qs,
                             [this](const QString &id) { return m_journey.letter(id) != nullptr; });
}

void PatternsParser::readMonths(const QJsonObject &section)
{
    m_patterns.months = phrases(section, u"months"_qs, kSection, true);
    if (m_patterns.months.size() != 12)
        throw InputError { child(kSection, u"months"_qs), QStringLiteral("needs the 12 month names") };
    const QString path = child(kSection, u"monthAbbreviations"_qs);
    const QJsonArray abbreviations = json::asArray(section.value(u"monthAbbreviations"_qs), path);
    if (abbreviations.size() != 12)
        throw InputError { path, QStringLiteral("needs a list for each of the 12 months") };
    for (qsizetype i = 0; i < 12; ++i) {
        QStringList forms;
        const QJsonArray list = json::asArray(abbreviations.at(i), child(path, i));
        for (qsizetype j = 0; j < list.size(); ++j) {
            if (!list.at(j).isString() || list.at(j).toString().trimmed().isEmpty())
                throw InputError { child(child(path, i), j), QStringLiteral("must be a non-empty string") };
            forms << list.at(j).toString();
        }
        m_patterns.monthAbbreviations.append(forms);
    }
}

void PatternsParser::readNumberWords(const QJsonObject &section)
{
    const QString path = child(kSection, u"numberWords"_qs);
    const QJsonObject words = json::asObject(section.value(u"numberWords"_qs), path);
    for (auto it = words.begin(); it != words.end(); ++it) {
        const int value = json::requiredInt(words, it.key(), path);
        if (it.key().trimmed().isEmpty() || value < 1 || value > 366)
            throw InputError { child(path, it.key()), QStringLiteral("must be a word for 1 to 366") };
        m_patterns.numberWords.append({ it.key(), value });
    }
    if (m_patterns.numberWords.isEmpty())
        throw InputError { path, QStringLiteral("needs at least one number word") };
}

void PatternsParser::readPeriods(const QJsonObject &section)
{
    const QString path = child(kSection, u"periods"_qs);
    const QJsonObject periods = json::asObject(section.value(u"periods"_qs), path);
    json::onlyKeys(periods, path, { u"leads"_qs, u"units"_qs, u"fromLetterDate"_qs, u"source"_qs });
    m_patterns.periods.leads = phrases(periods, u"leads"_qs, path, true);
    m_patterns.periods.fromLetterDate = phrases(periods, u"fromLetterDate"_qs, path, true);
    const QString unitsPath = child(path, u"units"_qs);
    const QJsonObject units = json::asObject(periods.value(u"units"_qs), unitsPath);
    static const QStringList known = { u"days"_qs, u"weeks"_qs, u"months"_qs };
    for (auto it = units.begin(); it != units.end(); ++it) {
        const QString unit = it.value().toString();
        if (!known.contains(unit))
            throw InputError { child(unitsPath, it.key()),
                               QStringLiteral("must be \"days\", \"weeks\" or \"months\"") };
        m_patterns.periods.units.append({ it.key(), unit });
    }
    if (m_patterns.periods.units.isEmpty())
        throw InputError { unitsPath, QStringLiteral("needs at least one unit word") };
    m_patterns.periods.source = sourceRef(periods, path);
}

LetterDateRole PatternsParser::dateRole(const QJsonObject &object, const QString &path)
{
    const QString value = json::requiredString(object, u"dateRole"_qs, path);
    if (value == u"none")
        return LetterDateRole::None;
    if (value == u"answerBy")
        return LetterDateRole::AnswerBy;
    if (value == u"decisionBy")
        return LetterDateRole::DecisionBy;
    throw InputError { child(path, u"dateRole"_qs),
                       QStringLiteral("must be \"none\", \"answerBy\" or \"decisionBy\"") };
}

QList<LetterVariant> PatternsParser::readVariants(const QJsonObject &object, const QString &path) const
{
    QList<LetterVariant> variants;
    const QString variantsPath = child(path, u"variants"_qs);
    const QJsonArray array = json::asArray(object.value(u"variants"_qs), variantsPath);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = child(variantsPath, i);
        const QJsonObject item = json::asObject(array.at(i), itemPath);
        json::onlyKeys(item, itemPath, { u"letter"_qs, u"words"_qs });
        variants.append({ letterRef(item, itemPath), phrases(item, u"words"_qs, itemPath, true) });
    }
    if (variants.size() < 2)
        throw InputError { variantsPath, QStringLiteral("needs at least two outcomes") };
    return variants;
}

LetterTypePattern PatternsParser::readType(const QJsonObject &object, const QString &path)
{
    json::onlyKeys(object, path,
                   { u"kind"_qs, u"letter"_qs, u"variants"_qs, u"strong"_qs, u"support"_qs, u"excludes"_qs,
                     u"dateRole"_qs, u"dateLeads"_qs, u"source"_qs });
    LetterTypePattern type;
    type.kind = json::requiredString(object, u"kind"_qs, path);
    if (!letterKindNames().contains(type.kind))
        throw InputError { child(path, u"kind"_qs),
                           QStringLiteral("unknown type %1").arg(quoted(type.kind)) };
    if (m_kinds.contains(type.kind))
        throw InputError { child(path, u"kind"_qs),
                           QStringLiteral("duplicate type %1").arg(quoted(type.kind)) };
    m_kinds.insert(type.kind);
    if (object.contains(u"letter"_qs) == object.contains(u"variants"_qs))
        throw InputError { path, QStringLiteral("needs either \"letter\" or \"variants\"") };
    if (object.contains(u"letter"_qs))
        type.letter = letterRef(object, path);
    else
        type.variants = readVariants(object, path);
    type.strong = phrases(object, u"strong"_qs, path, true);
    type.support = phrases(object, u"support"_qs, path, false);
    type.excludes = phrases(object, u"excludes"_qs, path, false);
    type.dateRole = dateRole(object, path);
    type.dateLeads = phrases(object, u"dateLeads"_qs, path, type.dateRole != LetterDateRole::None);
    type.source = sourceRef(object, path);
    return type;
}

} // namespace

const QStringList &letterKindNames()
{
    static const QStringList names = { u"receipt"_qs,           u"missingItems"_qs, u"dnaOrInterview"_qs,
                                       u"intentionToRefuse"_qs, u"approval"_qs,     u"refusal"_qs,
                                       u"objectionDecision"_qs, u"mvvNotice"_qs };
    return names;
}

LetterPatterns readLetterPatterns(const QJsonObject &root, const RulePack &pack, const Journey &journey)
{
    if (!root.contains(kSection))
        return {};
    return PatternsParser(pack, journey).parse(json::asObject(root.value(kSection), kSection));
}

} // namespace samen::rules
