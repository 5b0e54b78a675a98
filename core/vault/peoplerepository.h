#pragma once

#include "dossier/people.h"

#include <QList>

#include <optional>

namespace samen::vault {

class Database;

/** Stores the referent and the family members. */
class PeopleRepository
{
public:
    /** Works on the unlocked @p db, which must outlive the repository. */
    explicit PeopleRepository(Database &db);

    /** Inserts @p referent (id 0, then sets the id) or updates it; false on error. */
    [[nodiscard]] bool save(dossier::Referent &referent);
    /** The referent with @p id. */
    [[nodiscard]] std::optional<dossier::Referent> referent(qint64 id);
    /** All referents, by id. */
    [[nodiscard]] QList<dossier::Referent> referents();
    /** Deletes a referent with its family and everything attached; false when there was none. */
    [[nodiscard]] bool removeReferent(qint64 id);

    /** Inserts @p member (id 0, then sets the id) or updates it; false on error. */
    [[nodiscard]] bool save(dossier::FamilyMember &member);
    /** The family member with @p id. */
    [[nodiscard]] std::optional<dossier::FamilyMember> member(qint64 id);
    /** The family of @p referentId, by id. */
    [[nodiscard]] QList<dossier::FamilyMember> members(qint64 referentId);
    /** Deletes a member with their documents, stages and deadlines. */
    [[nodiscard]] bool removeMember(qint64 id);

private:
    Database &m_db;
};

} // namespace samen::vault
