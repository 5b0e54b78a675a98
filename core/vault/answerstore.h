#pragma once

#include "rules/pack.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace samen::vault {

class Database;

/**
 * Keeps the interview answers in the vault, one InterviewAnswer row per question and subject:
 * subject "referent" for the case and referent questions, "member:<id>" for each family member,
 * and the row ("interview", "members") with the member ids in order. Values: "yes", "no",
 * "unknown" (I don't know), an ISO date, an option or a number.
 */
class AnswerStore
{
public:
    /** Stores in the unlocked @p db, which must outlive the store. */
    explicit AnswerStore(Database &db);

    /** Saves the answer @p value to @p question (about member @p memberId for member questions). */
    [[nodiscard]] bool saveAnswer(const rules::Question &question, const QString &memberId,
                                  const QJsonValue &value);
    /** Saves the list of member ids, in order. */
    [[nodiscard]] bool saveMembers(const QStringList &memberIds);
    /** The saved answers as a case object (without "today"), for the questions of @p pack. */
    [[nodiscard]] QJsonObject load(const rules::RulePack &pack);
    /** Deletes the answers about member @p memberId and saves @p remainingIds as the members, in one
     * transaction. */
    [[nodiscard]] bool removeMember(const QString &memberId, const QStringList &remainingIds);
    /** Deletes all saved answers. */
    [[nodiscard]] bool clear();

private:
    [[nodiscard]] QStringList memberIds();

    Database &m_db;
};

} // namespace samen::vault
