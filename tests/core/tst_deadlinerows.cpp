#include "procedure/deadlinerows.h"
#include "support/vaulttestsupport.h"
#include "vault/database.h"
#include "vault/peoplerepository.h"
#include "vault/schema.h"
#include "vault/timelinerepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace samen::procedure;
using samen::dossier::Deadline;
using samen::reminders::DeadlineKind;

namespace {

Deadline row(qint64 id, qint64 member, const char *rule, const char *due, bool done = false,
             const char *label = "", const char *snoozed = "")
{
    return { id,
             member,
             QString::fromLatin1(rule),
             QString::fromLatin1(due),
             done,
             QString::fromUtf8(label),
             QString::fromLatin1(snoozed) };
}

RuleDeadline wanted(qint64 member, const char *rule, QDate due, bool closed = false)
{
    return { member, QString::fromLatin1(rule), due, closed };
}

} // namespace

class TestDeadlineRows : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void newDeadlinesAreInserted()
    {
        const RowChanges changes = reconcile({}, { wanted(0, "window", QDate(2026, 4, 10)) });
        QCOMPARE(changes.save, QList<Deadline> { row(0, 0, "window", "2026-04-10") });
        QVERIFY(changes.remove.isEmpty());
    }

    void aChangedDateUpdatesTheRowAndKeepsDoneAndSnooze()
    {
        const Deadline before = row(5, 2, "objection", "2026-06-29", true, "", "2026-06-20T08:00:00Z");
        const RowChanges changes = reconcile({ before }, { wanted(2, "objection", QDate(2026, 7, 1)) });
        QCOMPARE(changes.save,
                 QList<Deadline> { row(5, 2, "objection", "2026-07-01", true, "", "2026-06-20T08:00:00Z") });
        QVERIFY(changes.remove.isEmpty());
    }

    void anUnchangedTableNeedsNoWrites()
    {
        const QList<Deadline> rows = { row(1, 0, "window", "2026-04-10"),
                                       row(2, 3, "decision", "2026-05-03") };
        QVERIFY(
            reconcile(rows,
                      { wanted(0, "window", QDate(2026, 4, 10)), wanted(3, "decision", QDate(2026, 5, 3)) })
                .isEmpty());
    }

    void rowsWhoseStartDateIsGoneAreRemovedButLettersStay()
    {
        const QList<Deadline> rows = { row(1, 0, "window", "2026-04-10"), row(2, 3, "decision", "2026-05-03"),
                                       row(3, 3, "letter", "2026-03-01", false, "Send DNA form"),
                                       row(4, 0, "letter", "2026-03-02"),
                                       row(5, 3, "letter.missingItems", "2026-03-03") };
        const RowChanges changes = reconcile(rows, { wanted(0, "window", QDate(2026, 4, 10)) });
        QVERIFY(changes.save.isEmpty());
        QCOMPARE(changes.remove, QList<qint64> { 2 });
        QCOMPARE(reconcile(rows, {}).remove, (QList<qint64> { 1, 2 }));
    }

    void theSameRuleForAnotherMemberIsAnotherRow()
    {
        const RowChanges changes =
            reconcile({ row(1, 3, "decision", "2026-05-03") },
                      { wanted(3, "decision", QDate(2026, 5, 3)), wanted(4, "decision", QDate(2026, 5, 9)) });
        QCOMPARE(changes.save, QList<Deadline> { row(0, 4, "decision", "2026-05-09") });
    }

    void duplicateRowsOfOneMemberAndRuleAreRemoved()
    {
        const RowChanges changes =
            reconcile({ row(1, 3, "travel", "2026-05-03"), row(7, 3, "travel", "2026-05-01") },
                      { wanted(3, "travel", QDate(2026, 5, 3)) });
        QVERIFY(changes.save.isEmpty());
        QCOMPARE(changes.remove, QList<qint64> { 7 });
    }

    void aClosedDeadlineIsMarkedDoneAndAUsersTickStays()
    {
        const RowChanges closed = reconcile({ row(1, 0, "window", "2026-04-10") },
                                            { wanted(0, "window", QDate(2026, 4, 10), true) });
        QCOMPARE(closed.save, QList<Deadline> { row(1, 0, "window", "2026-04-10", true) });
        QVERIFY(reconcile({ row(1, 0, "window", "2026-04-10", true) },
                          { wanted(0, "window", QDate(2026, 4, 10)) })
                    .isEmpty());
    }

    // A deadline a step closes (the window, by the application) is done exactly while that step
    // has a day: the day taken away, it is open again, with its countdown.
    void aDeadlineAStepClosesOpensAgainWithoutTheStep()
    {
        RuleDeadline closed = wanted(0, "window", QDate(2026, 4, 10), true);
        closed.closable = true;
        const RowChanges done = reconcile({ row(1, 0, "window", "2026-04-10") }, { closed });
        QCOMPARE(done.save, QList<Deadline> { row(1, 0, "window", "2026-04-10", true) });
        RuleDeadline open = closed;
        open.closed = false;
        QCOMPARE(reconcile({ row(1, 0, "window", "2026-04-10", true) }, { open }).save,
                 QList<Deadline> { row(1, 0, "window", "2026-04-10") });
    }

    void theReceiptLetterDateWinsOverTheEstimate()
    {
        const QByteArray mark = receiptLetterLabel.toString().toLatin1();
        const Deadline pinned = row(2, 3, "decision", "2026-06-01", false, mark.constData());
        QVERIFY(reconcile({ pinned }, { wanted(3, "decision", QDate(2026, 5, 3)) }).isEmpty());
        QCOMPARE(reconcile({ pinned }, {}).remove, QList<qint64> { 2 });
        const Deadline marked = row(2, 3, "objection", "2026-06-01", false, mark.constData());
        QCOMPARE(reconcile({ marked }, { wanted(3, "objection", QDate(2026, 5, 3)) }).save.first().dueDate,
                 u"2026-05-03"_qs);
    }

    void changesAreWrittenInOneTransaction()
    {
        auto db = samen::vault::testsupport::freshDatabase(m_dir.filePath(u"db"_qs));
        QVERIFY(db);
        samen::vault::PeopleRepository people(*db);
        samen::dossier::Referent referent { 0, u"R"_qs, u"R"_qs, {}, {}, {} };
        QVERIFY(people.save(referent));
        samen::dossier::FamilyMember member;
        member.referentId = referent.id;
        member.relation = u"child"_qs;
        QVERIFY(people.save(member));
        samen::vault::TimelineRepository timeline(*db);
        Deadline letter = row(0, member.id, "letter", "2026-03-01", false, "Answer");
        QVERIFY(timeline.save(letter));

        const QList<RuleDeadline> first = { wanted(0, "window", QDate(2026, 4, 10)),
                                            wanted(member.id, "decision", QDate(2026, 5, 3)) };
        QVERIFY(apply(reconcile(timeline.deadlines(), first), *db, timeline));
        QCOMPARE(timeline.deadlines().size(), 3);
        QVERIFY(reconcile(timeline.deadlines(), first).isEmpty());

        Deadline window = timeline.deadlines().at(1);
        QCOMPARE(window.ruleId, u"window"_qs);
        QCOMPARE(window.memberId, 0);
        window.done = true;
        QVERIFY(timeline.save(window));
        QVERIFY(apply(reconcile(timeline.deadlines(), { wanted(0, "window", QDate(2026, 4, 14)) }), *db,
                      timeline));
        const auto rows = timeline.deadlines();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), letter);
        QCOMPARE(rows.at(1), row(window.id, 0, "window", "2026-04-14", true));
    }

    void rowsMapToOpaqueReminderDeadlines()
    {
        QCOMPARE(reminderKind(u"window"_qs), DeadlineKind::NareisWindow);
        QCOMPARE(reminderKind(u"decision"_qs), DeadlineKind::DecisionPeriod);
        QCOMPARE(reminderKind(u"objection"_qs), DeadlineKind::Objection);
        QCOMPARE(reminderKind(u"mvvCollection"_qs), DeadlineKind::MvvCollection);
        QCOMPARE(reminderKind(u"travel"_qs), DeadlineKind::Travel);
        QCOMPARE(reminderKind(u"gpVisit"_qs), DeadlineKind::GpVisit);
        QCOMPARE(reminderKind(u"bStatusWait"_qs), DeadlineKind::WaitEnds);
        QCOMPARE(reminderKind(u"letter"_qs), DeadlineKind::Letter);
        QCOMPARE(reminderKind(u"letter.missingItems"_qs), DeadlineKind::Letter);
        QVERIFY(isLetterRule(letterRuleFor(u"missingItems"_qs)));
        QCOMPARE(letterIdOf(u"letter.missingItems"_qs), u"missingItems"_qs);
        QVERIFY(!isLetterRule(u"letterbox"_qs));
        QVERIFY(letterIdOf(u"letter"_qs).isEmpty());
        QCOMPARE(reminderId(12), u"d12"_qs);
        QCOMPARE(rowIdOf(u"d12"_qs), 12);
        for (const auto *bad : { "12", "dx", "d-3", "d0", "" })
            QCOMPARE(rowIdOf(QString::fromLatin1(bad)), 0);

        const QList<Deadline> rows = { row(3, 1, "letter", "2026-03-01", false, "Amira: DNA test"),
                                       row(4, 1, "decision", "2026-05-03", false, "ind-receipt-letter"),
                                       row(5, 1, "travel", "not a date"),
                                       row(6, 0, "window", "2026-04-10", true, "", "2026-04-01T08:00:00Z") };
        const auto deadlines = toReminderDeadlines(rows);
        QCOMPARE(deadlines.size(), 3);
        QCOMPARE(deadlines.at(0).id, u"d3"_qs);
        QCOMPARE(deadlines.at(0).label, u"Amira: DNA test"_qs);
        QCOMPARE(deadlines.at(1).label, QString());
        QCOMPARE(deadlines.at(1).due, QDate(2026, 5, 3));
        const auto states = reminderStates(rows);
        QCOMPARE(states.keys(), QList<QString> { u"d6"_qs });
        QVERIFY(states.value(u"d6"_qs).done);
        QCOMPARE(states.value(u"d6"_qs).snoozedUntil, QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineRows)
#include "tst_deadlinerows.moc"
