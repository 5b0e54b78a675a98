#pragma once

#include <QString>

namespace samen::vault {

class Database;

/**
 * Keeps the family_member rows in step with the members of the eligibility interview, so that
 * documents, stages and deadlines hang on a stable row id while verdicts come from the answers.
 *
 * - There is always exactly one referent row to hang members on; it is created when missing.
 * - Every interview member gets a linked row (FamilyMember::interviewId): the row already linked
 *   to it, else an unlinked row with the same relation (after the interview was restarted), else
 *   a new row. A linked row takes the relation the interview gives.
 * - A row whose interview member is gone is kept, unlinked, with its names and documents:
 *   only the user deletes a family member.
 */
class FamilySync
{
public:
    /** Works on the unlocked @p db, which must outlive it. */
    explicit FamilySync(Database &db);

    /** The referent's row id, created when there is none; 0 on error. */
    [[nodiscard]] qint64 ensureReferent();
    /** Brings the rows in step with the interview, in one transaction; false on error. */
    [[nodiscard]] bool sync();
    /** Deletes family member @p memberId with everything attached and their interview answers. */
    [[nodiscard]] bool removeMember(qint64 memberId);

private:
    Database &m_db;
};

} // namespace samen::vault
