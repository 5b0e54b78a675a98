#include "dossierevents.h"
#include "interview/ruleschangenotice.h"
#include "languagecontroller.h"
#include "rules/pack.h"
#include "vault/answerstore.h"
#include "vault/database.h"
#include "vault/peoplerepository.h"
#include "vault/schema.h"
#include "vault/securebytes.h"
#include "vault/verdictrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace samen;

namespace {

// A household as the release of 23 November 2026 stored it: filed on 15 April 2026 and still
// pending, a refugee with his wife and a son of 20. That release gave both nareis.
const QList<std::tuple<const char *, const char *, QJsonValue>> olderAnswers = {
    { "", "application.date", u"2026-04-15"_qs },  { "", "sponsor.birthDate", u"1980-02-02"_qs },
    { "", "sponsor.arrivedUnaccompanied", false }, { "", "sponsor.decisionDate", u"2026-02-20"_qs },
    { "", "sponsor.status", u"refugee"_qs },       { "", "sponsor.country", u"SY"_qs },
    { "m1", "member.relation", u"spouse"_qs },     { "m1", "member.birthDate", u"1982-03-03"_qs },
    { "m1", "member.bondBeforeEntry", true },      { "m1", "member.mentionedInAsylum", true },
    { "m2", "member.relation", u"child"_qs },      { "m2", "member.birthDate", u"2005-09-09"_qs },
    { "m2", "member.bondBeforeEntry", true },      { "m2", "member.married", false },
    { "m2", "member.ownPartner", false },          { "m2", "member.mentionedInAsylum", true },
};

// What the new rules ask on top, answered: the IND has not decided, the son was 18 when his
// father asked for asylum (so he no longer counts as a child), and his mother is the wife in
// this application.
const QList<std::tuple<const char *, const char *, QJsonValue>> newAnswers = {
    { "", "case.indDecided", false },
    { "", "sponsor.derivedPermit", false },
    { "", "sponsor.livesWithPartnerInNL", false },
    { "", "sponsor.asylumApplicationDate", u"2024-06-01"_qs },
    { "m1", "member.marriageRegistered", true },
    { "m2", "member.parentId", u"m1"_qs },
};

} // namespace

// The rules changed under a stored dossier: the home screen says so once, for exactly the
// members whose answer changed, and their earlier verdict stays as history.
class TestRulesChangeNotice : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vault::Database> m_db;
    std::optional<rules::RulePack> m_pack;
    LanguageController m_languages { nullptr };
    DossierEvents m_events;

    void store(const QList<std::tuple<const char *, const char *, QJsonValue>> &answers)
    {
        vault::AnswerStore answerStore(*m_db);
        QVERIFY(answerStore.saveMembers({ u"m1"_qs, u"m2"_qs }));
        for (const auto &[member, question, value] : answers) {
            const rules::Question *spec = m_pack->question(QString::fromLatin1(question));
            QVERIFY2(spec, question);
            QVERIFY(answerStore.saveAnswer(*spec, QString::fromLatin1(member), value));
        }
    }

    void nameTheMembers()
    {
        vault::PeopleRepository people(*m_db);
        dossier::Referent referent {
            0, u"Ahmad"_qs, u"Ahmad"_qs, u"1980-02-02"_qs, u"SY"_qs, u"2026-02-20"_qs
        };
        QVERIFY(people.save(referent));
        for (const auto &[id, relation, name] :
             { std::tuple { "m1", "spouse", "ريم" }, { "m2", "child", "Karim" } }) {
            dossier::FamilyMember member;
            member.referentId = referent.id;
            member.relation = QString::fromLatin1(relation);
            member.name = QString::fromUtf8(name);
            member.interviewId = QString::fromLatin1(id);
            QVERIFY(people.save(member));
        }
    }

    void openAtSchema(int version)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        vault::Database::OpenResult result = vault::Database::OpenResult::IoError;
        m_db = vault::Database::open(m_dir->filePath(u"samen.db"_qs), vault::SecureBytes::random(32),
                                     vault::Database::Mode::CreateNew, &result);
        QVERIFY(m_db);
        QVERIFY(vault::schema::migrate(*m_db, version));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pack = rules::bundledPack().pack;
        QVERIFY(m_pack);
        QVERIFY(m_languages.apply(u"en"_qs));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void anUpgradedVaultHearsOnceWhatChangedForWhom()
    {
        openAtSchema(3);
        store(olderAnswers);
        QVERIFY(vault::schema::migrate(*m_db));
        nameTheMembers(); // PeopleRepository writes the columns of the latest schema

        RulesChangeNotice notice(m_languages, m_events);
        notice.setToday(QDate(2026, 12, 6));
        QSignalSpy spy(&notice, &RulesChangeNotice::noticeChanged);
        notice.setDatabase(m_db.get());
        QCOMPARE(vault::VerdictRepository(*m_db).latest().value(u"m2"_qs).outcome, u"nareis"_qs);
        QCOMPARE(vault::VerdictRepository(*m_db).latest().value(u"m2"_qs).rulesAsOf, QDate(2026, 11, 23));
        QVERIFY(notice.isVisible());
        QVERIFY2(notice.newQuestions() >= newAnswers.size(), "the new questions come first");
        QVERIFY(notice.changes().isEmpty());
        QVERIFY2(notice.title().contains(u"6 December") && notice.title().contains(u"2026"),
                 qPrintable(notice.title()));

        store(newAnswers);
        notice.check();
        QCOMPARE(notice.newQuestions(), 0);
        QCOMPARE(notice.changes().size(), 1); // the son only: the wife still comes with nareis
        QCOMPARE(
            notice.changes().constFirst(),
            u"For \u2068Karim\u2069 the answer is now: Ask for advice. Before it was: Can come with nareis."_qs);
        QVERIFY(spy.size() >= 2);

        notice.acknowledge();
        QVERIFY(!notice.isVisible());
        const QStringList history = notice.historyOf(u"m2"_qs);
        QCOMPARE(history.size(), 1);
        QVERIFY2(
            history.constFirst().contains(u"the answer was: Can come with nareis (rules as of 23 November"),
            qPrintable(history.constFirst()));
        QVERIFY(notice.historyOf(u"m1"_qs).isEmpty());

        RulesChangeNotice again(m_languages, m_events);
        again.setToday(QDate(2026, 12, 6));
        again.setDatabase(m_db.get());
        QVERIFY2(!again.isVisible(), "said once");
        QCOMPARE(again.historyOf(u"m2"_qs).size(), 1);
    }

    void aNewVaultHasNothingToTell()
    {
        openAtSchema(vault::schema::latestVersion);
        store(olderAnswers);
        store(newAnswers);
        RulesChangeNotice notice(m_languages, m_events);
        notice.setToday(QDate(2026, 12, 6));
        notice.setDatabase(m_db.get());
        QVERIFY(!notice.isVisible());
        notice.recordShown();
        QCOMPARE(vault::VerdictRepository(*m_db).latest().size(), 2);
        QCOMPARE(vault::VerdictRepository(*m_db).latest().value(u"m2"_qs).rulesAsOf, m_pack->rulesAsOf);
        QVERIFY(!notice.isVisible());
        notice.setDatabase(nullptr);
        QVERIFY(!notice.isVisible());
    }

    void anUpgradedVaultWithoutAnswersHasNothingToTell()
    {
        openAtSchema(3);
        QVERIFY(vault::schema::migrate(*m_db));
        QVERIFY(!vault::VerdictRepository(*m_db).upgradedFromRulesOf());
        RulesChangeNotice notice(m_languages, m_events);
        notice.setDatabase(m_db.get());
        QVERIFY(!notice.isVisible());
    }
};

QTEST_GUILESS_MAIN(TestRulesChangeNotice)
#include "tst_ruleschangenotice.moc"
