#include "rules/journeyparser.h"

#include "rules/jsonreader.h"
#include "rules/letterpatternsparser.h"
#include "rules/pack.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTime>

#include <functional>
#include <iterator>

namespace samen::rules {

using json::child;
using json::InputError;
using json::quoted;

namespace {

/** Reads the journey sections; one instance per pack. */
class JourneyParser
{
public:
    explicit JourneyParser(const RulePack &pack)
        : m_pack(pack)
    { }

    Journey parse(const QJsonObject &root);

private:
    using ItemReader = void (JourneyParser::*)(const QJsonObject &, const QString &);
    void readSection(const QJsonObject &root, const QString &key, ItemReader reader);
    void readPhase(const QJsonObject &object, const QString &path);
    void readLetter(const QJsonObject &object, const QString &path);
    void readHelp(const QJsonObject &object, const QString &path);
    void readTerm(const QJsonObject &object, const QString &path);
    void readCost(const QJsonObject &object, const QString &path);
    void readSupport(const QJsonObject &object, const QString &path);
    std::optional<DurationSpec> readDuration(const QJsonObject &object, const QString &path) const;
    std::optional<ContactSpec> readContact(const QJsonObject &object, const QString &path) const;
    QList<OpeningHours> readHours(const QJsonObject &object, const QString &path) const;
    std::optional<AmountSpec> readAmount(const QJsonObject &object, const QString &path) const;
    QString sourceRef(const QJsonObject &object, const QString &path) const;
    QString id(const QJsonObject &object, const QString &path);
    QStringList refs(const QJsonObject &object, const QString &key, const QString &path,
                     const std::function<bool(const QString &)> &known, const char *what) const;
    void requirePhasesEntered() const;

    const RulePack &m_pack;
    Journey m_journey;
    QSet<QString> m_seen;
    QHash<QString, QString> m_stagePhase;
};

Journey JourneyParser::parse(const QJsonObject &root)
{
    // In the order of journeySections(): letters name phases, support names phases and help.
    const ItemReader readers[] = { &JourneyParser::readPhase, &JourneyParser::readLetter,
                                   &JourneyParser::readHelp,  &JourneyParser::readTerm,
                                   &JourneyParser::readCost,  &JourneyParser::readSupport };
    for (qsizetype i = 0; i < qsizetype(std::size(readers)); ++i)
        readSection(root, journeySections()[i], readers[i]);
    requirePhasesEntered();
    m_journey.reading = readLetterPatterns(root, m_pack, m_journey);
    return m_journey;
}

void JourneyParser::readSection(const QJsonObject &root, const QString &key, ItemReader reader)
{
    if (!root.contains(key))
        return;
    const QJsonArray array = json::asArray(root.value(key), key);
    m_seen.clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = child(key, i);
        (this->*reader)(json::asObject(array.at(i), path), path);
    }
}

QString JourneyParser::id(const QJsonObject &object, const QString &path)
{
    const QString value = json::requiredString(object, u"id"_qs, path);
    if (m_seen.contains(value))
        throw InputError { child(path, u"id"_qs), QStringLiteral("duplicate id %1").arg(quoted(value)) };
    m_seen.insert(value);
    return value;
}

QString JourneyParser::sourceRef(const QJsonObject &object, const QString &path) const
{
    return json::requiredRef(object, u"source"_qs, path, u"source"_qs,
                             [this](const QString &id) { return m_pack.source(id) != nullptr; });
}

QStringList JourneyParser::refs(const QJsonObject &object, const QString &key, const QString &path,
                                const std::function<bool(const QString &)> &known, const char *what) const
{
    const QStringList values = json::stringList(object, key, path);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!known(values[i]))
            throw InputError { child(child(path, key), i),
                               QStringLiteral("unknown %1 %2").arg(QLatin1String(what), quoted(values[i])) };
    }
    return values;
}

std::optional<DurationSpec> JourneyParser::readDuration(const QJsonObject &object, const QString &path) const
{
    if (!object.contains(u"duration"_qs))
        return std::nullopt;
    const QString durationPath = child(path, u"duration"_qs);
    const QJsonObject duration = json::asObject(object.value(u"duration"_qs), durationPath);
    json::onlyKeys(duration, durationPath, { u"offset"_qs, u"extension"_qs, u"source"_qs });
    DurationSpec spec;
    spec.offset = json::dateOffset(duration.value(u"offset"_qs), child(durationPath, u"offset"_qs));
    if (duration.contains(u"extension"_qs))
        spec.extension =
            json::dateOffset(duration.value(u"extension"_qs), child(durationPath, u"extension"_qs));
    spec.source = sourceRef(duration, durationPath);
    return spec;
}

void JourneyParser::readPhase(const QJsonObject &object, const QString &path)
{
    json::onlyKeys(object, path,
                   { u"id"_qs, u"title"_qs, u"what"_qs, u"now"_qs, u"abroad"_qs, u"duration"_qs,
                     u"deadlines"_qs, u"stages"_qs, u"source"_qs });
    PhaseSpec phase;
    phase.id = id(object, path);
    phase.titleKey = json::requiredString(object, u"title"_qs, path);
    phase.whatKey = json::requiredString(object, u"what"_qs, path);
    phase.nowKey = json::requiredString(object, u"now"_qs, path);
    phase.abroadKey = json::requiredString(object, u"abroad"_qs, path);
    phase.duration = readDuration(object, path);
    phase.deadlines = refs(
        object, u"deadlines"_qs, path, [this](const QString &v) { return m_pack.deadline(v) != nullptr; },
        "deadline");
    phase.stages = refs(
        object, u"stages"_qs, path, [this](const QString &v) { return m_pack.stage(v) != nullptr; }, "stage");
    for (qsizetype i = 0; i < phase.stages.size(); ++i) {
        const QString earlier = m_stagePhase.value(phase.stages[i]);
        if (!earlier.isEmpty())
            throw InputError { child(child(path, u"stages"_qs), i),
                               QStringLiteral("stage %1 enters phase %2 already")
                                   .arg(quoted(phase.stages[i]), quoted(earlier)) };
        m_stagePhase.insert(phase.stages[i], phase.id);
    }
    phase.source = sourceRef(object, path);
    m_journey.phases.append(phase);
}

void JourneyParser::readLetter(const QJsonObject &object, const QString &path)
{
    json::onlyKeys(object, path,
                   { u"id"_qs, u"headline"_qs, u"title"_qs, u"what"_qs, u"todo"_qs, u"stage"_qs,
                     u"deadline"_qs, u"deadlineInLetter"_qs, u"datesDeadline"_qs, u"movesTo"_qs,
                     u"warning"_qs, u"source"_qs });
    LetterSpec letter;
    letter.id = id(object, path);
    letter.headline = json::stringList(object, u"headline"_qs, path);
    if (letter.headline.isEmpty() || letter.headline.contains(QString()))
        throw InputError { child(path, u"headline"_qs),
                           QStringLiteral("needs the words printed on the letter") };
    letter.titleKey = json::requiredString(object, u"title"_qs, path);
    letter.whatKey = json::requiredString(object, u"what"_qs, path);
    letter.todoKey = json::requiredString(object, u"todo"_qs, path);
    letter.stage = json::optionalString(object, u"stage"_qs, path);
    const StageSpec *stage = letter.stage.isEmpty() ? nullptr : m_pack.stage(letter.stage);
    if (!letter.stage.isEmpty() && !stage)
        throw InputError { child(path, u"stage"_qs),
                           QStringLiteral("unknown stage %1").arg(quoted(letter.stage)) };
    letter.deadline = json::optionalString(object, u"deadline"_qs, path);
    const DeadlineSpec *deadline = letter.deadline.isEmpty() ? nullptr : m_pack.deadline(letter.deadline);
    if (!letter.deadline.isEmpty() && !deadline)
        throw InputError { child(path, u"deadline"_qs),
                           QStringLiteral("unknown deadline %1").arg(quoted(letter.deadline)) };
    if (deadline && (!stage || stage->sets != deadline->from))
        throw InputError { child(path, u"deadline"_qs),
                           QStringLiteral("counts from %1, which the letter's stage does not set")
                               .arg(quoted(deadline->from)) };
    letter.deadlineInLetter = json::optionalBool(object, u"deadlineInLetter"_qs, path).value_or(false);
    if (deadline && letter.deadlineInLetter)
        throw InputError { child(path, u"deadlineInLetter"_qs),
                           QStringLiteral(
                               "a letter has a pack deadline or the date in the letter, not both") };
    letter.datesDeadline = json::optionalString(object, u"datesDeadline"_qs, path);
    if (!letter.datesDeadline.isEmpty() && !m_pack.deadline(letter.datesDeadline))
        throw InputError { child(path, u"datesDeadline"_qs),
                           QStringLiteral("unknown deadline %1").arg(quoted(letter.datesDeadline)) };
    letter.movesTo = json::requiredString(object, u"movesTo"_qs, path);
    if (!m_journey.phase(letter.movesTo))
        throw InputError { child(path, u"movesTo"_qs),
                           QStringLiteral("unknown phase %1").arg(quoted(letter.movesTo)) };
    if (stage && m_stagePhase.value(letter.stage) != letter.movesTo)
        throw InputError { child(path, u"stage"_qs),
                           QStringLiteral("stage %1 enters phase %2, not %3")
                               .arg(quoted(letter.stage), quoted(m_stagePhase.value(letter.stage)),
                                    quoted(letter.movesTo)) };
    letter.warningKey = json::optionalString(object, u"warning"_qs, path);
    letter.source = sourceRef(object, path);
    m_journey.letters.append(letter);
}

QList<OpeningHours> JourneyParser::readHours(const QJsonObject &object, const QString &path) const
{
    static const QStringList days = { u"mon"_qs, u"tue"_qs, u"wed"_qs, u"thu"_qs,
                                      u"fri"_qs, u"sat"_qs, u"sun"_qs };
    QList<OpeningHours> hours;
    const QString hoursPath = child(path, u"hours"_qs);
    const QJsonArray array =
        object.contains(u"hours"_qs) ? json::asArray(object.value(u"hours"_qs), hoursPath) : QJsonArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = child(hoursPath, i);
        const QJsonObject item = json::asObject(array.at(i), itemPath);
        json::onlyKeys(item, itemPath, { u"days"_qs, u"from"_qs, u"to"_qs });
        OpeningHours entry;
        entry.days = refs(
            item, u"days"_qs, itemPath, [](const QString &v) { return days.contains(v); }, "day");
        if (entry.days.isEmpty())
            throw InputError { child(itemPath, u"days"_qs), QStringLiteral("missing") };
        entry.from = json::requiredString(item, u"from"_qs, itemPath);
        entry.to = json::requiredString(item, u"to"_qs, itemPath);
        const QTime from = QTime::fromString(entry.from, u"HH:mm"_qs);
        const QTime to = QTime::fromString(entry.to, u"HH:mm"_qs);
        if (!from.isValid() || !to.isValid() || from >= to)
            throw InputError { itemPath, QStringLiteral("expected times HH:mm, from before to") };
        hours.append(entry);
    }
    return hours;
}

std::optional<ContactSpec> JourneyParser::readContact(const QJsonObject &object, const QString &path) const
{
    if (!object.contains(u"contact"_qs))
        return std::nullopt;
    const QString contactPath = child(path, u"contact"_qs);
    const QJsonObject contact = json::asObject(object.value(u"contact"_qs), contactPath);
    json::onlyKeys(contact, contactPath, { u"phone"_qs, u"address"_qs, u"hours"_qs, u"source"_qs });
    ContactSpec spec;
    spec.phone = json::optionalString(contact, u"phone"_qs, contactPath);
    static const QRegularExpression phonePattern(u"^\\+?[0-9][0-9 -]{2,18}[0-9]$"_qs);
    if (!spec.phone.isEmpty() && !phonePattern.match(spec.phone).hasMatch())
        throw InputError { child(contactPath, u"phone"_qs),
                           QStringLiteral("expected digits, spaces and dashes") };
    spec.address = json::optionalString(contact, u"address"_qs, contactPath);
    spec.hours = readHours(contact, contactPath);
    if (spec.phone.isEmpty() && spec.address.isEmpty() && spec.hours.isEmpty())
        throw InputError { contactPath, QStringLiteral("empty contact") };
    if (!contact.contains(u"source"_qs))
        throw InputError { child(contactPath, u"source"_qs),
                           QStringLiteral("a phone number, address or opening hours needs a source") };
    spec.source = sourceRef(contact, contactPath);
    return spec;
}

void JourneyParser::readHelp(const QJsonObject &object, const QString &path)
{
    json::onlyKeys(object, path, { u"id"_qs, u"name"_qs, u"text"_qs, u"contact"_qs, u"source"_qs });
    HelpSpec help;
    help.id = id(object, path);
    help.name = json::requiredString(object, u"name"_qs, path);
    help.textKey = json::requiredString(object, u"text"_qs, path);
    help.contact = readContact(object, path);
    help.source = sourceRef(object, path);
    m_journey.help.append(help);
}

void JourneyParser::readTerm(const QJsonObject &object, const QString &path)
{
    json::onlyKeys(object, path, { u"id"_qs, u"term"_qs, u"text"_qs, u"source"_qs });
    GlossarySpec term;
    term.id = id(object, path);
    term.term = json::requiredString(object, u"term"_qs, path);
    term.textKey = json::requiredString(object, u"text"_qs, path);
    term.source = sourceRef(object, path);
    m_journey.glossary.append(term);
}

std::optional<AmountSpec> JourneyParser::readAmount(const QJsonObject &object, const QString &path) const
{
    if (!object.contains(u"amount"_qs))
        return std::nullopt;
    const QString amountPath = child(path, u"amount"_qs);
    const QJsonObject amount = json::asObject(object.value(u"amount"_qs), amountPath);
    json::onlyKeys(amount, amountPath, { u"value"_qs, u"currency"_qs, u"source"_qs });
    AmountSpec spec;
    spec.value = json::requiredString(amount, u"value"_qs, amountPath);
    static const QRegularExpression decimal(u"^[0-9]{1,7}(\\.[0-9]{2})?$"_qs);
    if (!decimal.match(spec.value).hasMatch())
        throw InputError { child(amountPath, u"value"_qs), QStringLiteral("expected a decimal like 12.50") };
    spec.currency = json::requiredString(amount, u"currency"_qs, amountPath);
    static const QRegularExpression currency(u"^[A-Z]{3}$"_qs);
    if (!currency.match(spec.currency).hasMatch())
        throw InputError { child(amountPath, u"currency"_qs), QStringLiteral("expected a code like EUR") };
    if (!amount.contains(u"source"_qs))
        throw InputError { child(amountPath, u"source"_qs), QStringLiteral("an amount needs a source") };
    spec.source = sourceRef(amount, amountPath);
    return spec;
}

void JourneyParser::readCost(const QJsonObject &object, const QString &path)
{
    json::onlyKeys(object, path, { u"id"_qs, u"text"_qs, u"amount"_qs, u"source"_qs });
    CostSpec cost;
    cost.id = id(object, path);
    cost.textKey = json::requiredString(object, u"text"_qs, path);
    cost.amount = readAmount(object, path);
    cost.source = sourceRef(object, path);
    m_journey.costs.append(cost);
}

void JourneyParser::readSupport(const QJsonObject &object, const QString &path)
{
    json::onlyKeys(object, path,
                   { u"id"_qs, u"phases"_qs, u"title"_qs, u"text"_qs, u"help"_qs, u"source"_qs });
    SupportSpec support;
    support.id = id(object, path);
    support.phases = refs(
        object, u"phases"_qs, path, [this](const QString &v) { return m_journey.phase(v) != nullptr; },
        "phase");
    if (support.phases.isEmpty())
        throw InputError { child(path, u"phases"_qs), QStringLiteral("missing") };
    support.titleKey = json::requiredString(object, u"title"_qs, path);
    support.textKey = json::requiredString(object, u"text"_qs, path);
    support.help = refs(
        object, u"help"_qs, path, [this](const QString &v) { return m_journey.helpEntry(v) != nullptr; },
        "help entry");
    support.source = sourceRef(object, path);
    m_journey.support.append(support);
}

void JourneyParser::requirePhasesEntered() const
{
    for (qsizetype i = 0; i < m_journey.phases.size(); ++i) {
        const PhaseSpec &phase = m_journey.phases[i];
        const bool byLetter =
            std::any_of(m_journey.letters.cbegin(), m_journey.letters.cend(),
                        [&](const LetterSpec &letter) { return letter.movesTo == phase.id; });
        if (phase.stages.isEmpty() && !byLetter)
            throw InputError { child(child(u"phases"_qs, i), u"stages"_qs),
                               QStringLiteral("no stage or letter enters phase %1").arg(quoted(phase.id)) };
    }
}

} // namespace

const QStringList &journeySections()
{
    static const QStringList sections = { u"phases"_qs, u"letters"_qs, u"help"_qs,         u"glossary"_qs,
                                          u"costs"_qs,  u"support"_qs, u"letterReading"_qs };
    return sections;
}

Journey readJourney(const QJsonObject &root, const RulePack &pack)
{
    return JourneyParser(pack).parse(root);
}

} // namespace samen::rules
