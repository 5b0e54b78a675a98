#include "rules/pack.h"

#include "rules/deadlines.h"
#include "rules/facts.h"
#include "rules/journeyparser.h"
#include "rules/jsonreader.h"

#include <QFile>
#include <QSet>

namespace samen::rules {

using json::child;
using json::InputError;
using json::quoted;

/** Reads a pack from JSON and checks every reference; throws InputError on the first problem. */
class PackParser
{
public:
    RulePack parse(const QJsonObject &root);

private:
    void readHeader(const QJsonObject &root);
    void readSources(const QJsonArray &array);
    void readRules(const QJsonArray &array);
    void readFacts(const QJsonArray &array);
    void readHolidays(const QJsonObject &object);
    void readDeadlines(const QJsonArray &array);
    [[nodiscard]] QStringList readStatuses(const QJsonObject &object, const QString &path) const;
    [[nodiscard]] static DeadlineSpec::Meaning readMeaning(const QJsonObject &object, const QString &path);
    void readStages(const QJsonArray &array);
    void readRegimes(const QJsonArray &array);
    QList<RegimeSelector> readSelectors(const QJsonObject &object, const QString &path);
    void readRegimeIfUnknown(const QJsonObject &root);
    QList<DecisionRow> readTable(const QJsonArray &array, const QString &path);
    void readDocuments(const QJsonArray &array);
    [[nodiscard]] QList<Outcome> readOutcomes(const QJsonObject &object, const QString &path) const;
    void readQuestions(const QJsonArray &array);
    Question readQuestion(const QJsonObject &object, const QString &path);
    Conditions readConditions(const QJsonValue &value, const QString &path, bool decides = false);
    Condition readCondition(const QJsonValue &value, const QString &path, bool decides);
    DateOffset readOffset(const QJsonValue &value, const QString &path);
    QString ruleRef(const QJsonObject &object, const QString &key, const QString &path);
    QString sourceRef(const QJsonObject &object, const QString &path);
    void requireUnique(QSet<QString> &seen, const QString &id, const QString &path);
    void requireAllRulesUsed();

    RulePack m_pack;
    QSet<QString> m_usedRules;
};

namespace {

constexpr int maxHolidays = 40;

QJsonArray arrayMember(const QJsonObject &object, const QString &key, const QString &path)
{
    return json::asArray(object.value(key), child(path, key));
}

QJsonObject objectAt(const QJsonArray &array, qsizetype index, const QString &path)
{
    return json::asObject(array.at(index), child(path, index));
}

void checkConditionValue(const Condition &condition, const QString &type, const QStringList &values,
                         const QString &path)
{
    QJsonArray candidates;
    if (condition.op == Condition::Op::In) {
        candidates = condition.value.toArray();
        if (candidates.isEmpty())
            throw InputError { child(path, 2), QStringLiteral("\"in\" needs a non-empty array") };
    } else {
        candidates.append(condition.value);
    }
    const bool ordering = condition.op != Condition::Op::Equals && condition.op != Condition::Op::NotEquals &&
        condition.op != Condition::Op::In;
    if (ordering && type != u"number" && type != u"date")
        throw InputError { child(path, 1),
                           QStringLiteral("%1 needs a number or date fact").arg(operatorName(condition.op)) };
    for (const QJsonValue &candidate : std::as_const(candidates)) {
        const bool ok = (type == u"bool" && candidate.isBool()) ||
            (type == u"number" && candidate.isDouble()) ||
            ((type == u"string" || type == u"date") && candidate.isString());
        if (!ok)
            throw InputError { child(path, 2), QStringLiteral("expected a %1 value").arg(type) };
        if (type == u"date" && !datemath::parseIsoDate(candidate.toString()))
            throw InputError { child(path, 2), QStringLiteral("expected a date YYYY-MM-DD") };
        if (type == u"string" && !values.isEmpty() && !values.contains(candidate.toString()))
            throw InputError { child(path, 2),
                               QStringLiteral("unknown value %1").arg(quoted(candidate.toString())) };
    }
}

struct FieldSpec
{
    Question::Subject subject;
    const char *field;
    Question::Kind kind;
};

const QList<FieldSpec> &answerFields()
{
    using S = Question::Subject;
    using K = Question::Kind;
    static const QList<FieldSpec> fields = {
        { S::Case, "applied", K::YesNo },
        { S::Case, "applicationDate", K::Date },
        { S::Case, "indDecided", K::YesNo },
        { S::Case, "indDecisionDate", K::Date },
        { S::Sponsor, "birthDate", K::Date },
        { S::Sponsor, "status", K::Choice },
        { S::Sponsor, "decisionDate", K::Date },
        { S::Sponsor, "asylumApplicationDate", K::Date },
        { S::Sponsor, "arrivedUnaccompanied", K::YesNo },
        { S::Sponsor, "country", K::Choice },
        { S::Sponsor, "derivedPermit", K::YesNo },
        { S::Sponsor, "livesWithPartnerInNL", K::YesNo },
        { S::Sponsor, "ownFamilyInNL", K::YesNo },
        { S::Member, "relation", K::Choice },
        { S::Member, "birthDate", K::Date },
        { S::Member, "bondBeforeEntry", K::YesNo },
        { S::Member, "mentionedInAsylum", K::YesNo },
        { S::Member, "married", K::YesNo },
        { S::Member, "ownPartner", K::YesNo },
        { S::Member, "chosenPartner", K::YesNo },
        { S::Member, "parentId", K::Choice },
        { S::Member, "otherParentStaysBehind", K::YesNo },
        { S::Member, "marriageRegistered", K::YesNo },
    };
    return fields;
}

template<typename T>
T enumFromName(const QString &name, const QList<std::pair<const char *, T>> &names, const QString &path)
{
    QStringList spelled;
    for (const auto &[text, value] : names) {
        if (name == QLatin1String(text))
            return value;
        spelled << QString::fromLatin1(text);
    }
    throw InputError {
        path, QStringLiteral("unknown value %1 (one of %2)").arg(quoted(name), spelled.join(u", "))
    };
}

void checkAnswerField(const Question &question, const QString &path)
{
    const auto field =
        std::find_if(answerFields().cbegin(), answerFields().cend(), [&](const FieldSpec &spec) {
            return spec.subject == question.subject && question.sets == QLatin1String(spec.field);
        });
    if (field == answerFields().cend())
        throw InputError { child(path, u"sets"_qs),
                           QStringLiteral("unknown field %1 for this subject").arg(quoted(question.sets)) };
    if (field->kind != question.kind)
        throw InputError { child(path, u"kind"_qs),
                           QStringLiteral("does not fit field %1").arg(quoted(question.sets)) };
}

void readOptions(const QJsonObject &object, Question &question, const QString &path)
{
    question.options = json::stringList(object, u"options"_qs, path);
    question.optionsFrom = json::optionalString(object, u"optionsFrom"_qs, path);
    const bool fromPartners = question.optionsFrom == u"partners";
    if (!question.optionsFrom.isEmpty() && !fromPartners)
        throw InputError { child(path, u"optionsFrom"_qs), QStringLiteral("expected \"partners\"") };
    if (fromPartners != (question.sets == u"parentId"))
        throw InputError { child(path, u"optionsFrom"_qs),
                           QStringLiteral("only parentId takes its options from partners") };
    if ((question.kind == Question::Kind::Choice) != (!question.options.isEmpty() || fromPartners))
        throw InputError { child(path, u"options"_qs),
                           QStringLiteral("choice questions, and only they, have options") };
    QStringList allowed;
    if (question.sets == u"relation")
        allowed = knownRelations();
    else if (question.sets == u"status")
        allowed = QStringList { u"refugee"_qs, u"subsidiary"_qs };
    else if (fromPartners)
        allowed = QStringList { otherParentId };
    for (qsizetype i = 0; i < question.options.size() && !allowed.isEmpty(); ++i) {
        if (!allowed.contains(question.options[i]))
            throw InputError { child(child(path, u"options"_qs), i),
                               QStringLiteral("unknown value %1").arg(quoted(question.options[i])) };
    }
}

} // namespace

RulePack PackParser::parse(const QJsonObject &root)
{
    json::onlyKeys(root, QString(),
                   QStringList { u"format"_qs, u"country"_qs, u"rulesAsOf"_qs, u"description"_qs,
                                 u"sources"_qs, u"rules"_qs, u"facts"_qs, u"holidays"_qs, u"deadlines"_qs,
                                 u"stages"_qs, u"windowDeadline"_qs, u"regimes"_qs, u"regimeIfUnknown"_qs,
                                 u"documents"_qs, u"documentOutcomes"_qs, u"questions"_qs } +
                       journeySections());
    readHeader(root);
    readSources(arrayMember(root, u"sources"_qs, QString()));
    readRules(arrayMember(root, u"rules"_qs, QString()));
    readFacts(arrayMember(root, u"facts"_qs, QString()));
    if (!m_pack.fact(u"relation"_qs))
        throw InputError { u"facts"_qs, QStringLiteral("missing fact \"relation\"") };
    readHolidays(json::asObject(root.value(u"holidays"_qs), u"holidays"_qs));
    readDeadlines(arrayMember(root, u"deadlines"_qs, QString()));
    m_pack.windowDeadline = json::requiredString(root, u"windowDeadline"_qs, QString());
    if (!m_pack.deadline(m_pack.windowDeadline))
        throw InputError { u"windowDeadline"_qs,
                           QStringLiteral("unknown deadline %1").arg(quoted(m_pack.windowDeadline)) };
    readStages(arrayMember(root, u"stages"_qs, QString()));
    readRegimes(arrayMember(root, u"regimes"_qs, QString()));
    readRegimeIfUnknown(root);
    readDocuments(arrayMember(root, u"documents"_qs, QString()));
    readQuestions(arrayMember(root, u"questions"_qs, QString()));
    requireAllRulesUsed();
    m_pack.journey = readJourney(root, m_pack);
    return m_pack;
}

void PackParser::readHeader(const QJsonObject &root)
{
    m_pack.format = json::requiredInt(root, u"format"_qs, QString());
    if (m_pack.format != 1)
        throw InputError { u"format"_qs,
                           QStringLiteral("unsupported format %1 (this app reads 1)").arg(m_pack.format) };
    m_pack.country = json::requiredString(root, u"country"_qs, QString());
    m_pack.rulesAsOf = json::requiredDate(root, u"rulesAsOf"_qs, QString());
    static_cast<void>(json::optionalString(root, u"description"_qs, QString()));
    const QStringList outcomes = json::stringList(root, u"documentOutcomes"_qs, QString());
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const auto outcome = outcomeFromName(outcomes[i]);
        if (!outcome)
            throw InputError { child(u"documentOutcomes"_qs, i),
                               QStringLiteral("unknown outcome %1").arg(quoted(outcomes[i])) };
        m_pack.documentOutcomes.append(*outcome);
    }
}

void PackParser::requireUnique(QSet<QString> &seen, const QString &id, const QString &path)
{
    if (seen.contains(id))
        throw InputError { child(path, u"id"_qs), QStringLiteral("duplicate id %1").arg(quoted(id)) };
    seen.insert(id);
}

void PackParser::readSources(const QJsonArray &array)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = child(u"sources"_qs, i);
        const QJsonObject object = objectAt(array, i, u"sources"_qs);
        json::onlyKeys(object, path, { u"id"_qs, u"url"_qs, u"title"_qs, u"checked"_qs });
        Source source;
        source.id = json::requiredString(object, u"id"_qs, path);
        requireUnique(seen, source.id, path);
        source.url = json::requiredString(object, u"url"_qs, path);
        if (!source.url.startsWith(u"https://") && !source.url.startsWith(u"http://"))
            throw InputError { child(path, u"url"_qs), QStringLiteral("expected an http(s) address") };
        source.title = json::requiredString(object, u"title"_qs, path);
        source.checked = json::requiredDate(object, u"checked"_qs, path);
        m_pack.sources.append(source);
    }
}

QString PackParser::sourceRef(const QJsonObject &object, const QString &path)
{
    return json::requiredRef(object, u"source"_qs, path, u"source"_qs,
                             [this](const QString &id) { return m_pack.source(id) != nullptr; });
}

QString PackParser::ruleRef(const QJsonObject &object, const QString &key, const QString &path)
{
    const QString id = json::requiredString(object, key, path);
    if (!m_pack.rule(id))
        throw InputError { child(path, key), QStringLiteral("unknown rule %1").arg(quoted(id)) };
    m_usedRules.insert(id);
    return id;
}

void PackParser::readRules(const QJsonArray &array)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = child(u"rules"_qs, i);
        const QJsonObject object = objectAt(array, i, u"rules"_qs);
        json::onlyKeys(object, path, { u"id"_qs, u"explanation"_qs, u"source"_qs });
        Rule rule;
        rule.id = json::requiredString(object, u"id"_qs, path);
        requireUnique(seen, rule.id, path);
        rule.explanationKey = json::requiredString(object, u"explanation"_qs, path);
        rule.source = sourceRef(object, path);
        m_pack.rules.append(rule);
    }
}

void PackParser::readFacts(const QJsonArray &array)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = child(u"facts"_qs, i);
        const QJsonObject object = objectAt(array, i, u"facts"_qs);
        json::onlyKeys(object, path, { u"id"_qs, u"type"_qs, u"values"_qs, u"unknownRule"_qs });
        FactSpec fact;
        fact.id = json::requiredString(object, u"id"_qs, path);
        requireUnique(seen, fact.id, path);
        if (!knownFactTypes().contains(fact.id))
            throw InputError { child(path, u"id"_qs),
                               QStringLiteral("unknown fact %1").arg(quoted(fact.id)) };
        fact.type = json::requiredString(object, u"type"_qs, path);
        if (fact.type != knownFactTypes().value(fact.id))
            throw InputError {
                child(path, u"type"_qs),
                QStringLiteral("fact %1 is a %2").arg(quoted(fact.id), knownFactTypes().value(fact.id))
            };
        fact.values = json::stringList(object, u"values"_qs, path);
        if (object.contains(u"unknownRule"_qs))
            fact.unknownRule = ruleRef(object, u"unknownRule"_qs, path);
        m_pack.facts.append(fact);
    }
}

void PackParser::readHolidays(const QJsonObject &object)
{
    const QString path = QStringLiteral("holidays");
    json::onlyKeys(object, path, { u"fixed"_qs, u"easter"_qs });
    const QJsonArray fixed = arrayMember(object, u"fixed"_qs, path);
    const QJsonArray easter = arrayMember(object, u"easter"_qs, path);
    if (fixed.size() > maxHolidays || easter.size() > maxHolidays)
        throw InputError { path, QStringLiteral("more than %1 holidays of one kind").arg(maxHolidays) };
    for (qsizetype i = 0; i < fixed.size(); ++i) {
        const QString itemPath = child(child(path, u"fixed"_qs), i);
        const QJsonObject item = objectAt(fixed, i, child(path, u"fixed"_qs));
        json::onlyKeys(item, itemPath, { u"name"_qs, u"month"_qs, u"day"_qs, u"sundayShift"_qs });
        FixedHoliday holiday;
        holiday.name = json::requiredString(item, u"name"_qs, itemPath);
        holiday.month = json::requiredInt(item, u"month"_qs, itemPath);
        holiday.day = json::requiredInt(item, u"day"_qs, itemPath);
        holiday.sundayShift = json::optionalInt(item, u"sundayShift"_qs, itemPath).value_or(0);
        if (!QDate(2024, holiday.month, holiday.day).isValid())
            throw InputError { child(itemPath, u"day"_qs), QStringLiteral("no such day of the year") };
        if (holiday.sundayShift < -6 || holiday.sundayShift > 6)
            throw InputError { child(itemPath, u"sundayShift"_qs), QStringLiteral("expected -6 to 6") };
        m_pack.holidays.fixed.append(holiday);
    }
    for (qsizetype i = 0; i < easter.size(); ++i) {
        const QString itemPath = child(child(path, u"easter"_qs), i);
        const QJsonObject item = objectAt(easter, i, child(path, u"easter"_qs));
        json::onlyKeys(item, itemPath, { u"name"_qs, u"offset"_qs });
        EasterHoliday holiday;
        holiday.name = json::requiredString(item, u"name"_qs, itemPath);
        holiday.offset = json::requiredInt(item, u"offset"_qs, itemPath);
        if (holiday.offset < -100 || holiday.offset > 100)
            throw InputError { child(itemPath, u"offset"_qs), QStringLiteral("expected -100 to 100") };
        m_pack.holidays.easter.append(holiday);
    }
}

DateOffset PackParser::readOffset(const QJsonValue &value, const QString &path)
{
    return json::dateOffset(value, path);
}

QStringList PackParser::readStatuses(const QJsonObject &object, const QString &path) const
{
    const QStringList statuses = json::stringList(object, u"statuses"_qs, path);
    const FactSpec *status = m_pack.fact(u"sponsorStatus"_qs);
    for (const QString &value : statuses) {
        if (value != u"unknown" && !(status && status->values.contains(value)))
            throw InputError { child(path, u"statuses"_qs),
                               QStringLiteral("unknown status %1").arg(quoted(value)) };
    }
    if (object.contains(u"statuses"_qs) && statuses.isEmpty())
        throw InputError { child(path, u"statuses"_qs), QStringLiteral("empty list") };
    return statuses;
}

DeadlineSpec::Meaning PackParser::readMeaning(const QJsonObject &object, const QString &path)
{
    const QString meaning = json::optionalString(object, u"meaning"_qs, path);
    if (meaning.isEmpty() || meaning == u"lastDay")
        return DeadlineSpec::Meaning::LastDay;
    if (meaning == u"earliestDay")
        return DeadlineSpec::Meaning::EarliestDay;
    throw InputError { child(path, u"meaning"_qs),
                       QStringLiteral("unknown meaning %1 (lastDay or earliestDay)").arg(quoted(meaning)) };
}

void PackParser::readDeadlines(const QJsonArray &array)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = child(u"deadlines"_qs, i);
        const QJsonObject object = objectAt(array, i, u"deadlines"_qs);
        json::onlyKeys(object, path,
                       { u"id"_qs, u"from"_qs, u"offset"_qs, u"nextWorkingDay"_qs, u"extension"_qs,
                         u"statuses"_qs, u"meaning"_qs, u"explanation"_qs, u"source"_qs });
        DeadlineSpec deadline;
        deadline.id = json::requiredString(object, u"id"_qs, path);
        requireUnique(seen, deadline.id, path);
        deadline.from = json::requiredString(object, u"from"_qs, path);
        if (!dateNames().contains(deadline.from))
            throw InputError { child(path, u"from"_qs),
                               QStringLiteral("unknown date %1").arg(quoted(deadline.from)) };
        const FactSpec *from = m_pack.fact(deadline.from);
        deadline.offset = readOffset(object.value(u"offset"_qs), child(path, u"offset"_qs));
        deadline.nextWorkingDay = json::optionalBool(object, u"nextWorkingDay"_qs, path).value_or(false);
        if (object.contains(u"extension"_qs))
            deadline.extension = readOffset(object.value(u"extension"_qs), child(path, u"extension"_qs));
        deadline.statuses = readStatuses(object, path);
        deadline.meaning = readMeaning(object, path);
        deadline.explanationKey = json::requiredString(object, u"explanation"_qs, path);
        deadline.source = sourceRef(object, path);
        m_pack.deadlines.append(deadline);
        if (from && !from->unknownRule.isEmpty()) {
            for (const auto *suffix : { ".passed", ".reached" })
                m_pack.m_deadlineFacts.append(
                    { deadline.id + QLatin1String(suffix), u"bool"_qs, {}, from->unknownRule });
            m_pack.m_deadlineFacts.append({ deadline.id + u".age"_qs, u"number"_qs, {}, from->unknownRule });
        }
    }
}

void PackParser::readStages(const QJsonArray &array)
{
    QSet<QString> seen;
    QHash<QString, QString> setters;
    if (array.isEmpty())
        throw InputError { u"stages"_qs, QStringLiteral("no stages") };
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = child(u"stages"_qs, i);
        const QJsonObject object = objectAt(array, i, u"stages"_qs);
        json::onlyKeys(object, path,
                       { u"id"_qs, u"sets"_qs, u"closes"_qs, u"notBefore"_qs, u"appointment"_qs,
                         u"explanation"_qs, u"source"_qs });
        StageSpec stage;
        stage.id = json::requiredString(object, u"id"_qs, path);
        requireUnique(seen, stage.id, path);
        stage.sets = json::optionalString(object, u"sets"_qs, path);
        const bool settable = stage.sets == u"applicationDate" || procedureDateNames().contains(stage.sets);
        if (!stage.sets.isEmpty() && !settable)
            throw InputError { child(path, u"sets"_qs),
                               QStringLiteral("not a procedure date %1").arg(quoted(stage.sets)) };
        if (!stage.sets.isEmpty() && setters.contains(stage.sets))
            throw InputError {
                child(path, u"sets"_qs),
                QStringLiteral("stage %1 sets it already").arg(quoted(setters.value(stage.sets)))
            };
        if (!stage.sets.isEmpty())
            setters.insert(stage.sets, stage.id);
        stage.closes = json::stringList(object, u"closes"_qs, path);
        for (qsizetype c = 0; c < stage.closes.size(); ++c) {
            if (!m_pack.deadline(stage.closes[c]))
                throw InputError { child(child(path, u"closes"_qs), c),
                                   QStringLiteral("unknown deadline %1").arg(quoted(stage.closes[c])) };
        }
        stage.notBefore = json::stringList(object, u"notBefore"_qs, path);
        for (qsizetype b = 0; b < stage.notBefore.size(); ++b) {
            if (!seen.contains(stage.notBefore[b]) || stage.notBefore[b] == stage.id)
                throw InputError {
                    child(child(path, u"notBefore"_qs), b),
                    QStringLiteral("not an earlier stage %1").arg(quoted(stage.notBefore[b]))
                };
        }
        stage.appointment = json::optionalBool(object, u"appointment"_qs, path).value_or(false);
        stage.explanationKey = json::requiredString(object, u"explanation"_qs, path);
        stage.source = sourceRef(object, path);
        m_pack.stages.append(stage);
    }
}

Condition PackParser::readCondition(const QJsonValue &value, const QString &path, bool decides)
{
    const QJsonArray triple = json::asArray(value, path);
    if (triple.size() != 3 || !triple.at(0).isString() || !triple.at(1).isString())
        throw InputError { path, QStringLiteral("expected [fact, operator, value]") };
    Condition condition;
    condition.fact = triple.at(0).toString();
    const FactSpec *fact = m_pack.fact(condition.fact);
    if (!fact)
        throw InputError { child(path, 0), QStringLiteral("unknown fact %1").arg(quoted(condition.fact)) };
    if (decides && fact->unknownRule.isEmpty())
        throw InputError { child(path, 0),
                           QStringLiteral("fact %1 has no unknownRule").arg(quoted(condition.fact)) };
    const auto op = operatorFromName(triple.at(1).toString());
    if (!op)
        throw InputError { child(path, 1),
                           QStringLiteral("unknown operator %1").arg(quoted(triple.at(1).toString())) };
    condition.op = *op;
    condition.value = triple.at(2);
    QStringList values = fact->values;
    if (fact->id == u"relation")
        values = knownRelations();
    checkConditionValue(condition, fact->type, values, path);
    return condition;
}

Conditions PackParser::readConditions(const QJsonValue &value, const QString &path, bool decides)
{
    Conditions conditions;
    if (value.isUndefined())
        return conditions;
    const QJsonArray array = json::asArray(value, path);
    for (qsizetype i = 0; i < array.size(); ++i)
        conditions.append(readCondition(array.at(i), child(path, i), decides));
    return conditions;
}

QList<DecisionRow> PackParser::readTable(const QJsonArray &array, const QString &path)
{
    QList<DecisionRow> rows;
    if (array.isEmpty())
        throw InputError { path, QStringLiteral("empty decision table") };
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString rowPath = child(path, i);
        const QJsonObject object = objectAt(array, i, path);
        json::onlyKeys(object, rowPath, { u"when"_qs, u"outcome"_qs, u"rule"_qs, u"earliest"_qs });
        DecisionRow row;
        row.when = readConditions(object.value(u"when"_qs), child(rowPath, u"when"_qs), true);
        const QString outcome = json::requiredString(object, u"outcome"_qs, rowPath);
        const auto parsed = outcomeFromName(outcome);
        if (!parsed)
            throw InputError { child(rowPath, u"outcome"_qs),
                               QStringLiteral("unknown outcome %1").arg(quoted(outcome)) };
        row.outcome = *parsed;
        row.rule = ruleRef(object, u"rule"_qs, rowPath);
        row.earliest = json::optionalString(object, u"earliest"_qs, rowPath);
        if (row.outcome == Outcome::Wait && !m_pack.deadline(row.earliest))
            throw InputError { child(rowPath, u"earliest"_qs),
                               QStringLiteral("a wait row needs an earliest deadline") };
        if (row.outcome != Outcome::Wait && !row.earliest.isEmpty())
            throw InputError { child(rowPath, u"earliest"_qs),
                               QStringLiteral("only a wait row has an earliest date") };
        rows.append(row);
    }
    if (!rows.constLast().when.isEmpty())
        throw InputError { child(path, array.size() - 1),
                           QStringLiteral("the last row must have no conditions") };
    return rows;
}

QList<RegimeSelector> PackParser::readSelectors(const QJsonObject &object, const QString &path)
{
    const QString selectPath = child(path, u"selectWhen"_qs);
    const QJsonArray array = arrayMember(object, u"selectWhen"_qs, path);
    if (array.isEmpty())
        throw InputError { selectPath, QStringLiteral("a regime needs at least one selector") };
    QList<RegimeSelector> selectors;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = child(selectPath, i);
        const QJsonObject item = objectAt(array, i, selectPath);
        json::onlyKeys(item, itemPath, { u"when"_qs, u"reason"_qs });
        RegimeSelector selector;
        selector.when = readConditions(item.value(u"when"_qs), child(itemPath, u"when"_qs));
        if (selector.when.isEmpty())
            throw InputError { child(itemPath, u"when"_qs), QStringLiteral("a selector needs conditions") };
        for (qsizetype c = 0; c < selector.when.size(); ++c) {
            if (selector.when[c].fact == u"regime" || factIsAboutMember(selector.when[c].fact))
                throw InputError { child(child(child(itemPath, u"when"_qs), c), 0),
                                   QStringLiteral("a regime is chosen by case facts only") };
        }
        selector.reasonKey = json::requiredString(item, u"reason"_qs, itemPath);
        selectors.append(selector);
    }
    return selectors;
}

void PackParser::readRegimes(const QJsonArray &array)
{
    QSet<QString> seen;
    if (array.isEmpty())
        throw InputError { u"regimes"_qs, QStringLiteral("no regimes") };
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = child(u"regimes"_qs, i);
        const QJsonObject object = objectAt(array, i, u"regimes"_qs);
        json::onlyKeys(object, path, { u"id"_qs, u"selectWhen"_qs, u"source"_qs, u"relations"_qs });
        Regime regime;
        regime.id = json::requiredString(object, u"id"_qs, path);
        requireUnique(seen, regime.id, path);
        regime.selectWhen = readSelectors(object, path);
        regime.source = sourceRef(object, path);
        const QString relationsPath = child(path, u"relations"_qs);
        const QJsonObject relations = json::asObject(object.value(u"relations"_qs), relationsPath);
        json::onlyKeys(relations, relationsPath, knownRelations());
        for (const QString &relation : knownRelations()) {
            const QString tablePath = child(relationsPath, relation);
            if (!relations.contains(relation))
                throw InputError { tablePath, QStringLiteral("missing decision table") };
            regime.relations.insert(
                relation, readTable(json::asArray(relations.value(relation), tablePath), tablePath));
        }
        m_pack.regimes.append(regime);
    }
}

void PackParser::readRegimeIfUnknown(const QJsonObject &root)
{
    const QString path = QStringLiteral("regimeIfUnknown");
    const QJsonObject object = json::asObject(root.value(path), path);
    json::onlyKeys(object, path, { u"regime"_qs, u"reason"_qs });
    m_pack.regimeIfUnknown = json::requiredString(object, u"regime"_qs, path);
    if (!m_pack.regime(m_pack.regimeIfUnknown))
        throw InputError { child(path, u"regime"_qs),
                           QStringLiteral("unknown regime %1").arg(quoted(m_pack.regimeIfUnknown)) };
    m_pack.regimeIfUnknownReasonKey = json::requiredString(object, u"reason"_qs, path);
}

QList<Outcome> PackParser::readOutcomes(const QJsonObject &object, const QString &path) const
{
    QList<Outcome> outcomes;
    const QStringList names = json::stringList(object, u"outcomes"_qs, path);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const auto outcome = outcomeFromName(names[i]);
        if (!outcome || !m_pack.documentOutcomes.contains(*outcome))
            throw InputError { child(child(path, u"outcomes"_qs), i),
                               QStringLiteral("not one of documentOutcomes: %1").arg(quoted(names[i])) };
        outcomes.append(*outcome);
    }
    if (object.contains(u"outcomes"_qs) && outcomes.isEmpty())
        throw InputError { child(path, u"outcomes"_qs), QStringLiteral("empty list") };
    return outcomes;
}

void PackParser::readDocuments(const QJsonArray &array)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = child(u"documents"_qs, i);
        const QJsonObject object = objectAt(array, i, u"documents"_qs);
        json::onlyKeys(object, path,
                       { u"id"_qs, u"explanation"_qs, u"source"_qs, u"relations"_qs, u"when"_qs,
                         u"outcomes"_qs, u"alternative"_qs, u"countryHints"_qs });
        DocumentSpec document;
        document.id = json::requiredString(object, u"id"_qs, path);
        requireUnique(seen, document.id, path);
        document.explanationKey = json::requiredString(object, u"explanation"_qs, path);
        document.source = sourceRef(object, path);
        document.relations = json::stringList(object, u"relations"_qs, path);
        for (qsizetype r = 0; r < document.relations.size(); ++r) {
            if (!knownRelations().contains(document.relations[r]))
                throw InputError { child(child(path, u"relations"_qs), r),
                                   QStringLiteral("unknown relation %1").arg(quoted(document.relations[r])) };
        }
        if (document.relations.isEmpty())
            throw InputError { child(path, u"relations"_qs), QStringLiteral("missing") };
        document.when = readConditions(object.value(u"when"_qs), child(path, u"when"_qs));
        document.outcomes = readOutcomes(object, path);
        document.alternativeKey = json::optionalString(object, u"alternative"_qs, path);
        const QString hintsPath = child(path, u"countryHints"_qs);
        const QJsonValue hints = object.value(u"countryHints"_qs);
        const QJsonObject hintObject = hints.isUndefined() ? QJsonObject() : json::asObject(hints, hintsPath);
        for (auto it = hintObject.constBegin(); it != hintObject.constEnd(); ++it)
            document.countryHints.insert(it.key(), json::requiredString(hintObject, it.key(), hintsPath));
        m_pack.documents.append(document);
    }
}

Question PackParser::readQuestion(const QJsonObject &object, const QString &path)
{
    json::onlyKeys(object, path,
                   { u"id"_qs, u"subject"_qs, u"kind"_qs, u"sets"_qs, u"options"_qs, u"optionsFrom"_qs,
                     u"text"_qs, u"why"_qs, u"allowsUnknown"_qs, u"askIf"_qs, u"askIfAny"_qs });
    using S = Question::Subject;
    using K = Question::Kind;
    Question question;
    question.id = json::requiredString(object, u"id"_qs, path);
    question.subject =
        enumFromName<S>(json::requiredString(object, u"subject"_qs, path),
                        { { "case", S::Case }, { "sponsor", S::Sponsor }, { "member", S::Member } },
                        child(path, u"subject"_qs));
    question.kind = enumFromName<K>(
        json::requiredString(object, u"kind"_qs, path),
        { { "yesNo", K::YesNo }, { "date", K::Date }, { "choice", K::Choice }, { "number", K::Number } },
        child(path, u"kind"_qs));
    question.sets = json::requiredString(object, u"sets"_qs, path);
    checkAnswerField(question, path);
    readOptions(object, question, path);
    question.textKey = json::requiredString(object, u"text"_qs, path);
    question.whyKey = json::requiredString(object, u"why"_qs, path);
    question.allowsUnknown = json::optionalBool(object, u"allowsUnknown"_qs, path).value_or(true);
    question.askIf = readConditions(object.value(u"askIf"_qs), child(path, u"askIf"_qs));
    const QString anyPath = child(path, u"askIfAny"_qs);
    const QJsonValue any = object.value(u"askIfAny"_qs);
    const QJsonArray alternatives = any.isUndefined() ? QJsonArray() : json::asArray(any, anyPath);
    for (qsizetype i = 0; i < alternatives.size(); ++i)
        question.askIfAny.append(readConditions(alternatives.at(i), child(anyPath, i)));
    if (!any.isUndefined() && question.askIfAny.size() < 2)
        throw InputError { anyPath, QStringLiteral("askIfAny needs at least two alternatives") };
    return question;
}

namespace {

// The relations a question is asked about, from its askIf ("relation" == or in); empty when any.
QSet<QString> askedRelations(const Question &question)
{
    QSet<QString> relations;
    for (const Condition &condition : question.askIf) {
        if (condition.fact != u"relation")
            continue;
        if (condition.op == Condition::Op::Equals)
            relations.insert(condition.value.toString());
        for (const QJsonValue &value : condition.value.toArray())
            relations.insert(value.toString());
    }
    return relations;
}

} // namespace

void PackParser::readQuestions(const QJsonArray &array)
{
    // Two questions may set one field only when they are worded for different relations (a
    // partner's and a child's "already family before you came?"): never both for one person.
    QSet<QString> seen;
    QHash<QString, QSet<QString>> fields;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = child(u"questions"_qs, i);
        const Question question = readQuestion(objectAt(array, i, u"questions"_qs), path);
        requireUnique(seen, question.id, path);
        const QString field = QString::number(int(question.subject)) + u'.' + question.sets;
        const QSet<QString> relations = askedRelations(question);
        const auto earlier = fields.constFind(field);
        if (earlier != fields.cend() &&
            (relations.isEmpty() || earlier->isEmpty() || earlier->intersects(relations)))
            throw InputError { child(path, u"sets"_qs),
                               QStringLiteral("another question sets %1").arg(quoted(question.sets)) };
        fields[field] += relations;
        m_pack.questions.append(question);
    }
}

void PackParser::requireAllRulesUsed()
{
    for (qsizetype i = 0; i < m_pack.rules.size(); ++i) {
        if (!m_usedRules.contains(m_pack.rules[i].id))
            throw InputError { child(child(u"rules"_qs, i), u"id"_qs),
                               QStringLiteral("rule %1 is never used").arg(quoted(m_pack.rules[i].id)) };
    }
}

PackLoadResult loadPack(const QByteArray &bytes)
{
    try {
        PackParser parser;
        return { parser.parse(json::parseObject(bytes)), QString() };
    } catch (const InputError &error) {
        return { std::nullopt, error.text() };
    }
}

PackLoadResult loadPackFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { std::nullopt, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()) };
    return loadPack(file.readAll());
}

PackLoadResult historicPack(QDate rulesAsOf)
{
    return loadPackFile(u":/rules/history/nl-"_qs + rulesAsOf.toString(Qt::ISODate) + u".json"_qs);
}

const PackLoadResult &bundledPack()
{
    static const PackLoadResult bundled = loadPackFile(QStringLiteral(":/rules/nl.json"));
    return bundled;
}

} // namespace samen::rules
