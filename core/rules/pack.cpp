#include "rules/pack.h"

#include <algorithm>

namespace samen::rules {
namespace {

template<typename T> const T *findById(const QList<T> &list, const QString &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

const QList<std::pair<Outcome, const char *>> &outcomeNames()
{
    static const QList<std::pair<Outcome, const char *>> names = { { Outcome::Nareis, "nareis" },
                                                                   { Outcome::Regular, "regular" },
                                                                   { Outcome::Wait, "wait" },
                                                                   { Outcome::NotEligible, "not_eligible" },
                                                                   { Outcome::Advice, "advice" } };
    return names;
}

} // namespace

QString outcomeName(Outcome outcome)
{
    for (const auto &[value, name] : outcomeNames()) {
        if (value == outcome)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Outcome> outcomeFromName(const QString &name)
{
    for (const auto &[value, text] : outcomeNames()) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

const QStringList &knownRelations()
{
    static const QStringList relations = { u"spouse"_qs,        u"partner"_qs,      u"child"_qs,
                                           u"adopted_child"_qs, u"foster_child"_qs, u"partner_child"_qs,
                                           u"parent"_qs,        u"sibling"_qs };
    return relations;
}

const Rule *RulePack::rule(const QString &id) const
{
    return findById(rules, id);
}

const Source *RulePack::source(const QString &id) const
{
    return findById(sources, id);
}

const FactSpec *RulePack::fact(const QString &id) const
{
    const FactSpec *declared = findById(facts, id);
    return declared ? declared : findById(m_deadlineFacts, id);
}

const DeadlineSpec *RulePack::deadline(const QString &id) const
{
    return findById(deadlines, id);
}

const StageSpec *RulePack::stage(const QString &id) const
{
    return findById(stages, id);
}

QList<const DeadlineSpec *> RulePack::deadlinesOpenedBy(const QString &stageId) const
{
    QList<const DeadlineSpec *> opened;
    const StageSpec *spec = stage(stageId);
    if (!spec || spec->sets.isEmpty())
        return opened;
    for (const auto &item : deadlines) {
        if (item.from == spec->sets)
            opened.append(&item);
    }
    return opened;
}

const DocumentSpec *RulePack::document(const QString &id) const
{
    return findById(documents, id);
}

const Question *RulePack::question(const QString &id) const
{
    return findById(questions, id);
}

const Regime *RulePack::regime(const QString &id) const
{
    return findById(regimes, id);
}

QStringList RulePack::explanationKeys() const
{
    QStringList keys;
    for (const auto &item : rules)
        keys << item.explanationKey;
    for (const auto &item : deadlines)
        keys << item.explanationKey;
    for (const auto &item : stages)
        keys << item.explanationKey;
    for (const auto &item : documents) {
        keys << item.explanationKey << item.countryHints.values();
        if (!item.alternativeKey.isEmpty())
            keys << item.alternativeKey;
    }
    for (const auto &item : questions)
        keys << item.textKey << item.whyKey;
    for (const auto &item : regimes) {
        for (const auto &selector : item.selectWhen)
            keys << selector.reasonKey;
    }
    keys << regimeIfUnknownReasonKey << journey.textKeys();
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

QString RulePack::unknownRuleOf(const QString &factId) const
{
    const FactSpec *spec = fact(factId);
    return spec ? spec->unknownRule : QString();
}

bool DeadlineSpec::appliesToStatus(const QString &status) const
{
    return statuses.isEmpty() || statuses.contains(status.isEmpty() ? u"unknown"_qs : status);
}

} // namespace samen::rules
