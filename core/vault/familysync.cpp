#include "vault/familysync.h"

#include "vault/database.h"
#include "vault/interviewrepository.h"
#include "vault/peoplerepository.h"

#include <algorithm>

namespace samen::vault {

using dossier::FamilyMember;
using dossier::InterviewAnswer;

namespace {

// The relation answer of every interview member, by interview id, from the household's answers.
QHash<QString, QString> relationsOf(const QHash<QString, QList<InterviewAnswer>> &bySubject,
                                    const QStringList &interviewIds)
{
    QHash<QString, QString> relations;
    for (const QString &interviewId : interviewIds) {
        for (const auto &row : bySubject.value(memberSubject(interviewId))) {
            if (row.questionId == relationQuestion)
                relations.insert(interviewId, row.value);
        }
    }
    return relations;
}

FamilyMember *linkedTo(QList<FamilyMember> &rows, const QString &interviewId)
{
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [&](const FamilyMember &row) { return row.interviewId == interviewId; });
    return it == rows.end() ? nullptr : &*it;
}

FamilyMember *unlinkedWith(QList<FamilyMember> &rows, const QString &relation)
{
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const FamilyMember &row) {
        return row.interviewId.isEmpty() && row.relation == relation;
    });
    return it == rows.end() ? nullptr : &*it;
}

bool unlinkGone(PeopleRepository &people, QList<FamilyMember> &rows, const QStringList &interviewIds)
{
    for (FamilyMember &row : rows) {
        if (row.interviewId.isEmpty() || interviewIds.contains(row.interviewId))
            continue;
        row.interviewId.clear();
        if (!people.save(row))
            return false;
    }
    return true;
}

bool linkOne(PeopleRepository &people, QList<FamilyMember> &rows, qint64 referentId,
             const QString &interviewId, const QString &relation)
{
    FamilyMember *row = linkedTo(rows, interviewId);
    if (row && !relation.isEmpty() && row->relation != relation) {
        row->interviewId.clear();
        if (!people.save(*row))
            return false;
        row = nullptr;
    }
    if (!row && !relation.isEmpty())
        row = unlinkedWith(rows, relation);
    if (!row) {
        rows.append(FamilyMember { 0, referentId, relation, {}, {}, {}, {}, interviewId, {} });
        return people.save(rows.last());
    }
    if (row->interviewId == interviewId && (relation.isEmpty() || row->relation == relation))
        return true;
    row->interviewId = interviewId;
    if (!relation.isEmpty())
        row->relation = relation;
    return people.save(*row);
}

} // namespace

FamilySync::FamilySync(Database &db)
    : m_db(db)
{ }

qint64 FamilySync::ensureReferent()
{
    PeopleRepository people(m_db);
    const auto referents = people.referents();
    if (!referents.isEmpty())
        return referents.first().id;
    dossier::Referent referent;
    return people.save(referent) ? referent.id : 0;
}

bool FamilySync::sync()
{
    Transaction transaction(m_db);
    const qint64 referentId = transaction.isActive() ? ensureReferent() : 0;
    if (referentId == 0)
        return false;
    PeopleRepository people(m_db);
    InterviewRepository answers(m_db);
    QList<FamilyMember> rows = people.members(referentId);
    const auto bySubject = answers.allAnswers(); // one read: the member ids and their relations
    const QStringList interviewIds =
        InterviewRepository::memberIdsIn(bySubject.value(interviewSubject.toString()));
    if (!unlinkGone(people, rows, interviewIds))
        return false;
    const QHash<QString, QString> relations = relationsOf(bySubject, interviewIds);
    for (const QString &interviewId : interviewIds) {
        if (!linkOne(people, rows, referentId, interviewId, relations.value(interviewId)))
            return false;
    }
    return transaction.commit();
}

bool FamilySync::removeMember(qint64 memberId)
{
    Transaction transaction(m_db);
    PeopleRepository people(m_db);
    const auto member = transaction.isActive() ? people.member(memberId) : std::nullopt;
    if (!member)
        return false;
    InterviewRepository answers(m_db);
    if (!member->interviewId.isEmpty()) {
        QStringList ids = answers.memberIds();
        ids.removeAll(member->interviewId);
        if (answers.removeAnswers(memberSubject(member->interviewId)) < 0 || !answers.saveMemberIds(ids))
            return false;
    }
    return people.removeMember(memberId) && transaction.commit();
}

} // namespace samen::vault
