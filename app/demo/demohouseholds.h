#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace samen::rules {
struct RulePack;
}
namespace samen::vault {
class Database;
}

/**
 * Built-in example households for `--demo` (and for screenshots): invented people, never real
 * data. Every date is counted from the day the demo is filled, so the example never goes stale.
 */
namespace samen::demo {

/** The example households. */
enum class Household {
    /** A Syrian father with refugee status, his wife and three children (one of them 19). */
    Syria,
    /** An Eritrean who came alone as a minor, with his parents and a younger sister. */
    Eritrea,
};

/** The PIN of every demo vault; shown on screen in demo mode. */
inline constexpr QStringView pin = u"246810";

/** The household named @p name ("syria" or "eritrea"); nullopt for any other name. */
[[nodiscard]] std::optional<Household> householdNamed(const QString &name);

/**
 * Fills the unlocked, empty @p db with @p household as the app itself would store it: the
 * interview answers (as AnswerStore keeps them), the family_member rows (via FamilySync) with
 * names and notes, documents from the verdicts' required documents, stages and the deadlines
 * computed from them with @p pack, counted from @p today. False when any step fails (the
 * database may then hold part of the household: use a fresh vault).
 */
[[nodiscard]] bool fill(vault::Database &db, const rules::RulePack &pack, Household household, QDate today);

} // namespace samen::demo
