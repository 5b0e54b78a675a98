#include "rules/journey.h"

#include <algorithm>

namespace samen::rules {
namespace {

template<typename T> const T *byId(const QList<T> &list, const QString &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const PhaseSpec *Journey::phase(const QString &id) const
{
    return byId(phases, id);
}

const LetterSpec *Journey::letter(const QString &id) const
{
    return byId(letters, id);
}

const HelpSpec *Journey::helpEntry(const QString &id) const
{
    return byId(help, id);
}

const GlossarySpec *Journey::term(const QString &id) const
{
    return byId(glossary, id);
}

const PhaseSpec *Journey::phaseEnteredBy(const QString &stageId) const
{
    const auto it = std::find_if(phases.cbegin(), phases.cend(),
                                 [&](const PhaseSpec &item) { return item.stages.contains(stageId); });
    return it == phases.cend() ? nullptr : &*it;
}

QList<const SupportSpec *> Journey::supportFor(const QString &phaseId) const
{
    QList<const SupportSpec *> offered;
    for (const auto &item : support) {
        if (item.phases.contains(phaseId))
            offered.append(&item);
    }
    return offered;
}

QStringList Journey::textKeys() const
{
    QStringList keys;
    for (const auto &item : phases)
        keys << item.titleKey << item.whatKey << item.nowKey << item.abroadKey;
    for (const auto &item : letters) {
        keys << item.titleKey << item.whatKey << item.todoKey;
        if (!item.warningKey.isEmpty())
            keys << item.warningKey;
    }
    for (const auto &item : help)
        keys << item.textKey;
    for (const auto &item : glossary)
        keys << item.textKey;
    for (const auto &item : costs)
        keys << item.textKey;
    for (const auto &item : support)
        keys << item.titleKey << item.textKey;
    keys.removeDuplicates();
    return keys;
}

} // namespace samen::rules
