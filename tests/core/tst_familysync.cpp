#include "support/vaulttestsupport.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/familysync.h"
#include "vault/interviewrepository.h"
#include "vault/peoplerepository.h"
#include "vault/schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace samen::dossier;
using namespace samen::vault;

class TestFamilySync : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    void setInterview(const QStringList &ids, const QStringList &relations)
    {
        InterviewRepository answers(*m_db);
        QVERIFY(answers.save({ u"interview"_qs, u"members"_qs, ids.join(u','), u"2026-01-01T00:00:00Z"_qs }));
        for (int i = 0; i < ids.size(); ++i)
            QVERIFY(answers.save({ memberSubject(ids[i]), u"member.relation"_qs, relations[i], {} }));
    }

    QList<FamilyMember> rows()
    {
        PeopleRepository people(*m_db);
        const auto referents = people.referents();
        return referents.isEmpty() ? QList<FamilyMember>() : people.members(referents.first().id);
    }

private Q_SLOTS:
    void init()
    {
        m_db = testsupport::freshDatabase(m_dir.filePath(u"db%1"_qs.arg(++m_counter)));
        QVERIFY(m_db);
    }

    void oneReferentIsCreatedOnce()
    {
        FamilySync sync(*m_db);
        const qint64 id = sync.ensureReferent();
        QVERIFY(id > 0);
        QCOMPARE(sync.ensureReferent(), id);
        QCOMPARE(PeopleRepository(*m_db).referents().size(), 1);
    }

    void everyInterviewMemberGetsALinkedRow()
    {
        setInterview({ u"m1"_qs, u"m2"_qs }, { u"spouse"_qs, u"child"_qs });
        FamilySync sync(*m_db);
        QVERIFY(sync.sync());
        QVERIFY(sync.sync()); // idempotent
        const auto members = rows();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members[0].interviewId, u"m1"_qs);
        QCOMPARE(members[0].relation, u"spouse"_qs);
        QCOMPARE(members[1].interviewId, u"m2"_qs);
        QCOMPARE(members[1].relation, u"child"_qs);
    }

    void aChangedRelationGetsItsOwnRowAndKeepsTheOldOne()
    {
        setInterview({ u"m1"_qs }, { u"spouse"_qs });
        FamilySync sync(*m_db);
        QVERIFY(sync.sync());
        setInterview({ u"m1"_qs }, { u"child"_qs });
        QVERIFY(sync.sync());
        const auto members = rows();
        QCOMPARE(members.size(), 2);
        QVERIFY(members[0].interviewId.isEmpty());
        QCOMPARE(members[0].relation, u"spouse"_qs);
        QCOMPARE(members[1].interviewId, u"m1"_qs);
    }

    void restartedInterviewRelinksNamesAndDocuments()
    {
        setInterview({ u"m1"_qs, u"m2"_qs }, { u"spouse"_qs, u"child"_qs });
        FamilySync sync(*m_db);
        QVERIFY(sync.sync());
        PeopleRepository people(*m_db);
        FamilyMember child = rows()[1];
        child.name = u"ሳባ"_qs;
        QVERIFY(people.save(child));
        Document passport { 0, child.id, u"identity"_qs, DocumentStatus::Have, {}, {} };
        QVERIFY(DocumentRepository(*m_db).save(passport));

        QCOMPARE(InterviewRepository(*m_db).removeAnswers(u"interview"_qs), 1); // restart
        QVERIFY(sync.sync());
        QVERIFY(rows()[1].interviewId.isEmpty());
        QCOMPARE(rows()[1].name, u"ሳባ"_qs);

        setInterview({ u"m1"_qs }, { u"child"_qs });
        QVERIFY(sync.sync());
        QCOMPARE(rows().size(), 2);
        QCOMPARE(rows()[1].interviewId, u"m1"_qs);
        QCOMPARE(DocumentRepository(*m_db).documents(child.id).size(), 1);
    }

    void removingAMemberRemovesTheirAnswersToo()
    {
        setInterview({ u"m1"_qs, u"m2"_qs }, { u"spouse"_qs, u"child"_qs });
        FamilySync sync(*m_db);
        QVERIFY(sync.sync());
        QVERIFY(sync.removeMember(rows()[0].id));
        InterviewRepository answers(*m_db);
        QCOMPARE(answers.memberIds(), QStringList { u"m2"_qs });
        QVERIFY(answers.answers(memberSubject(u"m1"_qs)).isEmpty());
        QCOMPARE(rows().size(), 1);
        QVERIFY(!sync.removeMember(9999));
        QVERIFY(sync.sync());
        QCOMPARE(rows().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFamilySync)
#include "tst_familysync.moc"
