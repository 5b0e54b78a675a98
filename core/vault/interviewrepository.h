#pragma once

#include "dossier/interviewanswer.h"

#include <QList>

#include <optional>

namespace samen::vault {

class Database;

/** Stores the answers of the eligibility interview, one per subject and question. */
class InterviewRepository
{
public:
    /** Works on the unlocked @p db, which must outlive the repository. */
    explicit InterviewRepository(Database &db);

    /** Stores @p answer, replacing an earlier answer to the same question for the same subject. */
    [[nodiscard]] bool save(const dossier::InterviewAnswer &answer);
    /** The answer of @p subjectId to @p questionId. */
    [[nodiscard]] std::optional<dossier::InterviewAnswer> answer(const QString &subjectId,
                                                                 const QString &questionId);
    /** All answers about @p subjectId, by question id. */
    [[nodiscard]] QList<dossier::InterviewAnswer> answers(const QString &subjectId);
    /** Deletes all answers about @p subjectId; returns how many were deleted, -1 on error. */
    [[nodiscard]] int removeAnswers(const QString &subjectId);

private:
    Database &m_db;
};

} // namespace samen::vault
