#include "vault/keptletterrepository.h"

#include "vault/repositorysupport.h"

namespace samen::vault {

using namespace detail;

namespace {

KeptLetter readLetter(const Statement &row)
{
    KeptLetter letter;
    letter.id = row.integer(0);
    letter.memberId = row.isNull(1) ? 0 : row.integer(1);
    letter.letterId = row.text(2);
    letter.letterDate = row.text(3);
    letter.text = row.text(4);
    letter.keptAt = row.text(5);
    letter.photo = row.blob(6);
    return letter;
}

} // namespace

KeptLetterRepository::KeptLetterRepository(Database &db)
    : m_db(db)
{ }

bool KeptLetterRepository::add(KeptLetter &letter)
{
    if (letter.id != 0)
        return false;
    Statement statement = m_db.prepare("INSERT INTO kept_letter (member_id, letter_id, letter_date, text, "
                                       "photo, kept_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    bindOptionalId(statement, 1, letter.memberId);
    statement.bind(2, letter.letterId).bind(3, letter.letterDate).bind(4, letter.text);
    statement.bind(5, letter.photo).bind(6, letter.keptAt);
    return runSave(m_db, statement, &letter.id);
}

std::optional<KeptLetter> KeptLetterRepository::letter(qint64 id)
{
    Statement statement = m_db.prepare("SELECT id, member_id, letter_id, letter_date, text, kept_at, photo "
                                       "FROM kept_letter WHERE id = ?1");
    statement.bind(1, id);
    return readOne<KeptLetter>(statement, readLetter);
}

QList<KeptLetter> KeptLetterRepository::lettersOf(qint64 memberId, const QString &letterId)
{
    Statement statement = m_db.prepare("SELECT id, member_id, letter_id, letter_date, text, kept_at, x'' "
                                       "FROM kept_letter WHERE member_id IS ?1 AND letter_id = ?2 "
                                       "ORDER BY kept_at DESC, id DESC");
    bindOptionalId(statement, 1, memberId);
    statement.bind(2, letterId);
    return readAll<KeptLetter>(statement, readLetter);
}

bool KeptLetterRepository::remove(qint64 id)
{
    return removeById(m_db, "DELETE FROM kept_letter WHERE id = ?1", id);
}

} // namespace samen::vault
