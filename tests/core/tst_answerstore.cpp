#include "rules/case.h"
#include "rules/pack.h"
#include "vault/answerstore.h"
#include "vault/database.h"
#include "vault/interviewrepository.h"
#include "support/vaulttestsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace samen;
using samen::rules::Question;
using samen::vault::AnswerStore;

class TestAnswerStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<vault::Database> m_db;
    rules::RulePack m_pack;
    int m_counter = 0;

    static Question question(const QString &id, Question::Subject subject, Question::Kind kind,
                             const QString &sets)
    {
        Question question;
        question.id = id;
        question.subject = subject;
        question.kind = kind;
        question.sets = sets;
        return question;
    }
    const Question &asked(const char *id) const { return *m_pack.question(QString::fromLatin1(id)); }

    // A small pack with one question of each subject and kind that the store encodes differently.
    static rules::RulePack pack()
    {
        using S = Question::Subject;
        using K = Question::Kind;
        rules::RulePack pack;
        pack.questions = { question(u"case.applied"_qs, S::Case, K::YesNo, u"applied"_qs),
                           question(u"application.date"_qs, S::Case, K::Date, u"applicationDate"_qs),
                           question(u"sponsor.status"_qs, S::Sponsor, K::Choice, u"status"_qs),
                           question(u"sponsor.children"_qs, S::Sponsor, K::Number, u"children"_qs),
                           question(u"sponsor.derivedPermit"_qs, S::Sponsor, K::YesNo, u"derivedPermit"_qs),
                           question(u"member.relation"_qs, S::Member, K::Choice, u"relation"_qs),
                           question(u"member.birthDate"_qs, S::Member, K::Date, u"birthDate"_qs),
                           question(u"member.married"_qs, S::Member, K::YesNo, u"married"_qs),
                           question(u"member.parentId"_qs, S::Member, K::Choice, u"parentId"_qs) };
        return pack;
    }

    QJsonObject load() { return AnswerStore(*m_db).load(m_pack); }

private Q_SLOTS:
    void initTestCase() { m_pack = pack(); }
    void init()
    {
        m_db = vault::testsupport::freshDatabase(m_dir.filePath(u"db%1"_qs.arg(++m_counter)));
        QVERIFY(m_db);
    }

    void emptyVaultLoadsNothing() { QCOMPARE(load(), QJsonObject()); }

    void answersAndMembersRoundTrip()
    {
        AnswerStore store(*m_db);
        QVERIFY(store.saveAnswer(asked("case.applied"), {}, false));
        QVERIFY(store.saveAnswer(asked("sponsor.status"), {}, u"asylum"_qs));
        QVERIFY(store.saveAnswer(asked("sponsor.children"), {}, 3));
        QVERIFY(store.saveAnswer(asked("sponsor.derivedPermit"), {}, QJsonValue(QJsonValue::Null)));
        QVERIFY(store.saveMembers({ u"m2"_qs, u"m1"_qs }));
        QVERIFY(store.saveAnswer(asked("member.relation"), u"m1"_qs, u"spouse"_qs));
        QVERIFY(store.saveAnswer(asked("member.married"), u"m1"_qs, true));
        QVERIFY(store.saveAnswer(asked("member.relation"), u"m2"_qs, u"child"_qs));
        QVERIFY(store.saveAnswer(asked("member.birthDate"), u"m2"_qs, u"2016-03-09"_qs));
        QVERIFY(store.saveAnswer(asked("member.parentId"), u"m2"_qs, u"m1"_qs));

        // Case answers at the top, the referent's under "sponsor", "I don't know" as null, the
        // members in the order saved, each with its id.
        const QJsonObject expected {
            { u"applied"_qs, false },
            { u"sponsor"_qs,
              QJsonObject { { u"status"_qs, u"asylum"_qs },
                            { u"children"_qs, 3 },
                            { u"derivedPermit"_qs, QJsonValue(QJsonValue::Null) } } },
            { u"members"_qs,
              QJsonArray { QJsonObject { { u"id"_qs, u"m2"_qs },
                                         { u"relation"_qs, u"child"_qs },
                                         { u"birthDate"_qs, u"2016-03-09"_qs },
                                         { u"parentId"_qs, u"m1"_qs } },
                           QJsonObject { { u"id"_qs, u"m1"_qs },
                                         { u"relation"_qs, u"spouse"_qs },
                                         { u"married"_qs, true } } } },
        };
        QCOMPARE(load(), expected);
        QCOMPARE(vault::InterviewRepository(*m_db).memberIds(), (QStringList { u"m2"_qs, u"m1"_qs }));
    }

    void anAnswerIsReplaced()
    {
        AnswerStore store(*m_db);
        QVERIFY(store.saveAnswer(asked("sponsor.status"), {}, u"asylum"_qs));
        QVERIFY(store.saveAnswer(asked("sponsor.status"), {}, u"other"_qs));
        QCOMPARE(load().value(u"sponsor").toObject().value(u"status"), u"other"_qs);
    }

    void anApplicationDateMeansApplied()
    {
        AnswerStore store(*m_db);
        QVERIFY(store.saveAnswer(asked("application.date"), {}, u"2026-01-05"_qs));
        QCOMPARE(load().value(u"applied"), true);
    }

    void removeMemberDeletesItsAnswers()
    {
        AnswerStore store(*m_db);
        QVERIFY(store.saveMembers({ u"m1"_qs, u"m2"_qs, u"m3"_qs }));
        QVERIFY(store.saveAnswer(asked("member.relation"), u"m1"_qs, u"spouse"_qs));
        QVERIFY(store.saveAnswer(asked("member.relation"), u"m2"_qs, u"child"_qs));
        QVERIFY(store.saveAnswer(asked("member.parentId"), u"m2"_qs, u"m1"_qs));
        QVERIFY(store.saveAnswer(asked("member.relation"), u"m3"_qs, u"child"_qs));
        QVERIFY(store.saveAnswer(asked("member.parentId"), u"m3"_qs, rules::otherParentId));

        QVERIFY(store.removeMember(u"m1"_qs, { u"m2"_qs, u"m3"_qs }));
        QVERIFY(vault::InterviewRepository(*m_db).answers(vault::memberSubject(u"m1"_qs)).isEmpty());
        // m2's parent was removed, so it is asked again; m3's other parent is not a member.
        const QJsonArray members = load().value(u"members").toArray();
        QCOMPARE(members,
                 (QJsonArray { QJsonObject { { u"id"_qs, u"m2"_qs }, { u"relation"_qs, u"child"_qs } },
                               QJsonObject { { u"id"_qs, u"m3"_qs },
                                             { u"relation"_qs, u"child"_qs },
                                             { u"parentId"_qs, rules::otherParentId } } }));
        // A member added again under the same id starts without answers.
        QVERIFY(store.saveMembers({ u"m2"_qs, u"m3"_qs, u"m1"_qs }));
        QCOMPARE(load().value(u"members").toArray().last().toObject(),
                 (QJsonObject { { u"id"_qs, u"m1"_qs } }));
    }

    void clearDeletesEverything()
    {
        AnswerStore store(*m_db);
        QVERIFY(store.saveAnswer(asked("case.applied"), {}, true));
        QVERIFY(store.saveAnswer(asked("sponsor.status"), {}, u"asylum"_qs));
        QVERIFY(store.saveMembers({ u"m1"_qs }));
        QVERIFY(store.saveAnswer(asked("member.relation"), u"m1"_qs, u"spouse"_qs));

        QVERIFY(store.clear());
        QCOMPARE(load(), QJsonObject());
        QVERIFY(vault::InterviewRepository(*m_db).memberIds().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnswerStore)
#include "tst_answerstore.moc"
