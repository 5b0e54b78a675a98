// How much work one interview answer causes in the services that show the dossier: SQL
// statements run on the store and reminder replans, counted, and the time of the whole step on
// this thread (one tap's work), for an answer about a family member and for one about the user.
// Built, not run by ctest:
//   build/tests/bench/app/bench_answerwork [members]
// Build with -DSAMEN_BENCH_OLD_WIRING on a checkout before issue 14 to count the old wiring.

#include "documents/documentfiles.h"
#include "family/familycontroller.h"
#include "interview/interviewcontroller.h"
#include "interview/ruleschangenotice.h"
#include "languagecontroller.h"
#include "reminders/clock.h"
#include "reminders/notifier.h"
#include "summary/helpercontroller.h"
#include "support/interviewsteps.h"
#include "support/vaulttestsupport.h"
#include "timeline/reminderservice.h"
#include "timeline/timelinecontroller.h"
#include "vault/vault.h"
#ifndef SAMEN_BENCH_OLD_WIRING
#include "dossierevents.h"
#endif

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace samen;
namespace testsupport = samen::vault::testsupport;

namespace {

int statements = 0;

int countStatement(unsigned, void *, void *, void *)
{
    ++statements;
    return 0;
}

class CountingNotifier final : public reminders::Notifier
{
public:
    void schedule(const QList<reminders::Notification> &) override { ++replans; }
    void cancel(const QString &) override { }
    void cancelAll() override { }
    [[nodiscard]] QStringList scheduledKeys() const override { return {}; }
    void presentDueAtStartup(const QList<reminders::Notification> &) override { }
    [[nodiscard]] QList<reminders::Notification> dueAtStartup() const override { return {}; }
    int replans = 0;
};

struct Work
{
    int statements = 0;
    int replans = 0;
    double ms = 0;
};

} // namespace

class BenchAnswerWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countWorkPerAnswer()
    {
        const int members = qEnvironmentVariableIsSet("SAMEN_BENCH_MEMBERS")
            ? qEnvironmentVariableIntValue("SAMEN_BENCH_MEMBERS")
            : 10;
        QTemporaryDir dir;
        vault::Vault store(testsupport::testOptions(dir.path()));
        QByteArray secret = testsupport::secret("583746");
        QCOMPARE(store.create(secret, vault::SecretKind::Pin), vault::Vault::CreateResult::Ok);
        vault::Database *db = store.database();
        QVERIFY(db);

        LanguageController languages(nullptr);
        languages.apply(u"en"_qs);
        reminders::SystemClock clock;
        CountingNotifier notifier;
        ReminderService reminders(notifier, clock);
#ifdef SAMEN_BENCH_OLD_WIRING
        InterviewController interview(languages, nullptr);
        RulesChangeNotice rulesChange(languages, nullptr);
        FamilyController family(languages, interview, nullptr);
        HelperController helper(QString(), nullptr);
        TimelineController timeline(languages, reminders, nullptr);
        DocumentFiles files(languages, nullptr);
        // AppServices::connectRefreshes() before issue 14.
        connect(&interview, &InterviewController::changed, &timeline, &TimelineController::refresh);
        connect(&interview, &InterviewController::changed, &rulesChange, &RulesChangeNotice::check);
#else
        DossierEvents events;
        InterviewController interview(languages, events, nullptr);
        RulesChangeNotice rulesChange(languages, events, nullptr);
        FamilyController family(languages, interview, events, nullptr);
        HelperController helper(QString(), events, nullptr);
        TimelineController timeline(languages, reminders, events, nullptr);
        DocumentFiles files(languages, events, nullptr);
#endif
        helper.setDatabase(db);
        interview.setDatabase(db);
        rulesChange.setDatabase(db);
        family.setDatabase(db);
        timeline.setDatabase(db);
        files.setDatabase(db);

        interviewsteps::answerReferent(interview, u"2026-10-20"_qs, u"refugee"_qs);
        for (int i = 0; i < members; ++i) {
            QVERIFY(interview.addMember(u"child"_qs));
            interviewsteps::answerAll(interview, { { u"member.birthDate"_qs, u"2015-06-01"_qs } });
        }
        QCOMPARE(family.members()->rowCount(), members);

        sqlite3_trace_v2(db->handle(), SQLITE_TRACE_STMT, countStatement, nullptr);
        const auto measure = [&](const std::function<void()> &step) {
            statements = 0;
            notifier.replans = 0;
            QElapsedTimer clock;
            clock.start();
            step();
            return Work { statements, notifier.replans, double(clock.nsecsElapsed()) / 1e6 };
        };
        // A family member's birth date, answered again (a correction).
        const Work member = measure([&] {
            QVERIFY(interview.openMember(u"m%1"_qs.arg(members)));
            while (interview.isAsking() && interview.questionId() != u"member.birthDate")
                interview.next();
            QVERIFY(interview.answer(u"2015-07-01"_qs));
        });
        // Moving between questions without answering (Back).
        const Work back = measure([&] { interview.back(); });
        // The user's decision date, answered again: the 3-month window moves.
        for (int i = 0; i < 1000 && interview.questionId() != u"sponsor.decisionDate"; ++i)
            interview.back();
        QCOMPARE(interview.questionId(), u"sponsor.decisionDate"_qs);
        const Work sponsor = measure([&] { QVERIFY(interview.answer(u"2026-10-21"_qs)); });
        sqlite3_trace_v2(db->handle(), 0, nullptr, nullptr);
        qInfo("members=%d  member answer: %d SQL statements, %d replans, %.1f ms;  Back: %d statements, %d "
              "replans, %.1f ms;  user's decision date: %d statements, %d replans, %.1f ms",
              members, member.statements, member.replans, member.ms, back.statements, back.replans, back.ms,
              sponsor.statements, sponsor.replans, sponsor.ms);
    }
};

QTEST_MAIN(BenchAnswerWork)
#include "bench_answerwork.moc"
