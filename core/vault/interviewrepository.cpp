#include "vault/interviewrepository.h"

#include "vault/repositorysupport.h"

#include <QDateTime>

namespace samen::vault {

using namespace dossier;
using namespace detail;

namespace {
InterviewAnswer readAnswer(const Statement &row)
{
    return { row.text(0), row.text(1), row.text(2), row.text(3) };
}
} // namespace

InterviewRepository::InterviewRepository(Database &db)
    : m_db(db)
{ }

bool InterviewRepository::save(const InterviewAnswer &answer)
{
    Statement statement =
        m_db.prepare("INSERT OR REPLACE INTO interview_answer "
                     "(subject_id, question_id, value, updated_at) VALUES (?1, ?2, ?3, ?4)");
    statement.bind(1, answer.subjectId).bind(2, answer.questionId).bind(3, answer.value);
    statement.bind(4, answer.updatedAt);
    return statement.run();
}

std::optional<InterviewAnswer> InterviewRepository::answer(const QString &subjectId,
                                                           const QString &questionId)
{
    Statement statement =
        m_db.prepare("SELECT subject_id, question_id, value, updated_at FROM interview_answer "
                     "WHERE subject_id = ?1 AND question_id = ?2");
    statement.bind(1, subjectId).bind(2, questionId);
    return readOne<InterviewAnswer>(statement, readAnswer);
}

QList<InterviewAnswer> InterviewRepository::answers(const QString &subjectId)
{
    Statement statement =
        m_db.prepare("SELECT subject_id, question_id, value, updated_at FROM interview_answer "
                     "WHERE subject_id = ?1 ORDER BY question_id");
    statement.bind(1, subjectId);
    return readAll<InterviewAnswer>(statement, readAnswer);
}

QHash<QString, QList<InterviewAnswer>> InterviewRepository::allAnswers()
{
    Statement statement =
        m_db.prepare("SELECT subject_id, question_id, value, updated_at FROM interview_answer "
                     "ORDER BY subject_id, question_id");
    return readGrouped<InterviewAnswer>(statement, readAnswer,
                                        [](const InterviewAnswer &row) { return row.subjectId; });
}

int InterviewRepository::removeAnswers(const QString &subjectId)
{
    Statement statement = m_db.prepare("DELETE FROM interview_answer WHERE subject_id = ?1");
    statement.bind(1, subjectId);
    return statement.run() ? m_db.changes() : -1;
}

QStringList InterviewRepository::memberIds()
{
    return memberIdsIn(answers(interviewSubject.toString()));
}

QStringList InterviewRepository::memberIdsIn(const QList<InterviewAnswer> &interviewRows)
{
    for (const InterviewAnswer &row : interviewRows) {
        if (row.questionId == membersQuestion)
            return row.value.isEmpty() ? QStringList() : row.value.split(u',');
    }
    return {};
}

bool InterviewRepository::saveMemberIds(const QStringList &memberIds)
{
    return save({ interviewSubject.toString(), membersQuestion.toString(), memberIds.join(u','),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
}

} // namespace samen::vault
