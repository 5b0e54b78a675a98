#include "vault/peoplerepository.h"

#include "vault/repositorysupport.h"

namespace samen::vault {

using namespace dossier;
using namespace detail;

namespace {

Referent readReferent(const Statement &row)
{
    return { row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5) };
}

FamilyMember readMember(const Statement &row)
{
    return { row.integer(0), row.integer(1), row.text(2), row.text(3), row.text(4),
             row.text(5),    row.text(6),    row.text(7), row.text(8), row.text(9) };
}

constexpr const char *referentColumns = "SELECT id, name, latin_name, birth_date, nationality, permit_date "
                                        "FROM referent ";
constexpr const char *memberColumns =
    "SELECT id, referent_id, relation, name, latin_name, birth_date, country, interview_id, note, "
    "reading_language FROM family_member ";

QByteArray query(const char *columns, const char *rest)
{
    return QByteArray(columns) + rest;
}

} // namespace

PeopleRepository::PeopleRepository(Database &db)
    : m_db(db)
{ }

bool PeopleRepository::save(Referent &referent)
{
    Statement statement = m_db.prepare(
        referent.id == 0
            ? "INSERT INTO referent (name, latin_name, birth_date, nationality, permit_date) "
              "VALUES (?1, ?2, ?3, ?4, ?5)"
            : "UPDATE OR FAIL referent SET name = ?1, latin_name = ?2, birth_date = ?3, nationality = ?4, "
              "permit_date = ?5 WHERE id = ?6");
    statement.bind(1, referent.name).bind(2, referent.latinName).bind(3, referent.birthDate);
    statement.bind(4, referent.nationality).bind(5, referent.permitDate);
    if (referent.id != 0)
        statement.bind(6, referent.id);
    return runSave(m_db, statement, &referent.id);
}

std::optional<Referent> PeopleRepository::referent(qint64 id)
{
    Statement statement = m_db.prepare(query(referentColumns, "WHERE id = ?1").constData());
    statement.bind(1, id);
    return readOne<Referent>(statement, readReferent);
}

QList<Referent> PeopleRepository::referents()
{
    Statement statement = m_db.prepare(query(referentColumns, "ORDER BY id").constData());
    return readAll<Referent>(statement, readReferent);
}

bool PeopleRepository::removeReferent(qint64 id)
{
    return removeById(m_db, "DELETE FROM referent WHERE id = ?1", id);
}

bool PeopleRepository::save(FamilyMember &member)
{
    Statement statement = m_db.prepare(
        member.id == 0
            ? "INSERT INTO family_member (referent_id, relation, name, latin_name, birth_date, country, "
              "interview_id, note, reading_language) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
            : "UPDATE OR FAIL family_member SET referent_id = ?1, relation = ?2, name = ?3, latin_name = ?4, "
              "birth_date = ?5, country = ?6, interview_id = ?7, note = ?8, reading_language = ?9 "
              "WHERE id = ?10");
    statement.bind(1, member.referentId).bind(2, member.relation).bind(3, member.name);
    statement.bind(4, member.latinName).bind(5, member.birthDate).bind(6, member.country);
    statement.bind(7, member.interviewId).bind(8, member.note).bind(9, member.readingLanguage);
    if (member.id != 0)
        statement.bind(10, member.id);
    return runSave(m_db, statement, &member.id);
}

std::optional<FamilyMember> PeopleRepository::member(qint64 id)
{
    Statement statement = m_db.prepare(query(memberColumns, "WHERE id = ?1").constData());
    statement.bind(1, id);
    return readOne<FamilyMember>(statement, readMember);
}

QList<FamilyMember> PeopleRepository::members(qint64 referentId)
{
    Statement statement =
        m_db.prepare(query(memberColumns, "WHERE referent_id = ?1 ORDER BY id").constData());
    statement.bind(1, referentId);
    return readAll<FamilyMember>(statement, readMember);
}

bool PeopleRepository::removeMember(qint64 id)
{
    return removeById(m_db, "DELETE FROM family_member WHERE id = ?1", id);
}

} // namespace samen::vault
