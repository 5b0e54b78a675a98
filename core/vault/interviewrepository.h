#pragma once

#include "dossier/interviewanswer.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace samen::vault {

class Database;

/** Subject of the answers about the referent and the case. */
inline constexpr QStringView referentSubject = u"referent";
/** Subject of the interview's own bookkeeping (the member list). */
inline constexpr QStringView interviewSubject = u"interview";
/** Question id, under interviewSubject, of the comma-separated member ids in order. */
inline constexpr QStringView membersQuestion = u"members";
/** Question id of a member's relation answer. */
inline constexpr QStringView relationQuestion = u"member.relation";

/** Subject of the answers about the interview member @p memberId ("member:<id>"). */
[[nodiscard]] inline QString memberSubject(const QString &memberId)
{
    return QStringLiteral("member:") + memberId;
}

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
    /** Every stored answer, by subject and then question id: one read for the whole household. */
    [[nodiscard]] QHash<QString, QList<dossier::InterviewAnswer>> allAnswers();
    /** Deletes all answers about @p subjectId; returns how many were deleted, -1 on error. */
    [[nodiscard]] int removeAnswers(const QString &subjectId);
    /** The interview's member ids, in the order they were added. */
    [[nodiscard]] QStringList memberIds();
    /** The member ids stored among @p interviewRows (the answers about interviewSubject). */
    [[nodiscard]] static QStringList memberIdsIn(const QList<dossier::InterviewAnswer> &interviewRows);
    /** Stores the interview's member ids, in order, replacing the earlier list. */
    [[nodiscard]] bool saveMemberIds(const QStringList &memberIds);

private:
    Database &m_db;
};

} // namespace samen::vault
