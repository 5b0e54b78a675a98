#include "vault/answerstore.h"

#include "rules/case.h"
#include "vault/database.h"
#include "vault/interviewrepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace samen::vault {

namespace {

// The subjects as QString, for the repository calls.
const QString referent = referentSubject.toString();
const QString interview = interviewSubject.toString();
const QString unknownValue = QStringLiteral("unknown");

QString encode(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isString())
        return value.toString();
    return unknownValue;
}

QJsonValue decode(const rules::Question &question, const QString &value)
{
    if (value == unknownValue)
        return QJsonValue(QJsonValue::Null);
    if (question.kind == rules::Question::Kind::YesNo)
        return value == u"yes";
    if (question.kind == rules::Question::Kind::Number)
        return value.toDouble();
    return value;
}

QJsonObject loadSubject(const QList<dossier::InterviewAnswer> &rows, const rules::RulePack &pack,
                        QJsonObject *caseFields)
{
    // Two questions may set the same field (one worded for a partner, one for a child): the
    // answer given last counts.
    QJsonObject fields;
    QHash<QString, QString> changed;
    for (const auto &row : rows) {
        const auto *question = pack.question(row.questionId);
        if (!question || changed.value(question->sets) > row.updatedAt)
            continue;
        changed.insert(question->sets, row.updatedAt);
        const QJsonValue value = decode(*question, row.value);
        if (question->subject == rules::Question::Subject::Case && caseFields)
            caseFields->insert(question->sets, value);
        else
            fields.insert(question->sets, value);
    }
    return fields;
}

} // namespace

AnswerStore::AnswerStore(Database &db)
    : m_db(db)
{ }

bool AnswerStore::saveAnswer(const rules::Question &question, const QString &memberId,
                             const QJsonValue &value)
{
    const bool aboutMember = question.subject == rules::Question::Subject::Member;
    InterviewRepository repository(m_db);
    return repository.save({ aboutMember ? memberSubject(memberId) : referent, question.id, encode(value),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
}

bool AnswerStore::saveMembers(const QStringList &memberIds)
{
    InterviewRepository repository(m_db);
    return repository.saveMemberIds(memberIds);
}

QStringList AnswerStore::memberIds()
{
    InterviewRepository repository(m_db);
    return repository.memberIds();
}

QJsonObject AnswerStore::load(const rules::RulePack &pack)
{
    // One read for the whole household: a tap at 100 people costs one statement here, not 102.
    const auto bySubject = InterviewRepository(m_db).allAnswers();
    QJsonObject answers;
    const QJsonObject sponsor = loadSubject(bySubject.value(referent), pack, &answers);
    if (!sponsor.isEmpty())
        answers.insert(QStringLiteral("sponsor"), sponsor);
    // Saved before "have you sent it?" was asked: a day given then means it was sent.
    if (answers.value(u"applicationDate"_qs).isString() && !answers.contains(u"applied"_qs))
        answers.insert(QStringLiteral("applied"), true);
    QJsonArray members;
    const QStringList ids = InterviewRepository::memberIdsIn(bySubject.value(interview));
    for (const QString &id : ids) {
        QJsonObject member = loadSubject(bySubject.value(memberSubject(id)), pack, nullptr);
        member.insert(QStringLiteral("id"), id);
        const QString parent = member.value(u"parentId"_qs).toString();
        if (!parent.isEmpty() && parent != rules::otherParentId && !ids.contains(parent))
            member.remove(u"parentId"_qs); // that parent was removed: ask again
        members.append(member);
    }
    if (!members.isEmpty())
        answers.insert(QStringLiteral("members"), members);
    return answers;
}

bool AnswerStore::removeMember(const QString &memberId, const QStringList &remainingIds)
{
    Transaction transaction(m_db);
    InterviewRepository repository(m_db);
    return transaction.isActive() && repository.removeAnswers(memberSubject(memberId)) >= 0 &&
        repository.saveMemberIds(remainingIds) && transaction.commit();
}

bool AnswerStore::clear()
{
    InterviewRepository repository(m_db);
    bool ok = true;
    for (const QString &id : memberIds())
        ok = repository.removeAnswers(memberSubject(id)) >= 0 && ok;
    ok = repository.removeAnswers(referent) >= 0 && ok;
    return repository.removeAnswers(interview) >= 0 && ok;
}

} // namespace samen::vault
