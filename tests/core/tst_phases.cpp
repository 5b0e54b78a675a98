#include "procedure/phases.h"
#include "rules/pack.h"

#include <QTest>

using namespace samen;

// The phase of a member after the application follows the latest step that has happened, so
// Home's "what now" and the timeline tell each member where they are.
class TestPhases : public QObject
{
    Q_OBJECT

    const rules::Journey &journey() { return rules::bundledPack().pack->journey; }
    const QDate today { 2027, 3, 1 };

    QString phase(std::initializer_list<std::pair<const char *, QDate>> dates)
    {
        QHash<QString, QDate> stages;
        for (const auto &[stage, date] : dates)
            stages.insert(QString::fromLatin1(stage), date);
        return procedure::phaseOf(journey(), stages, today);
    }

private Q_SLOTS:
    void nothingFiledIsNoPhase()
    {
        QCOMPARE(phase({}), QString());
        QCOMPARE(phase({ { "ticketBooked", QDate() } }), QString());
    }

    void eachStepMovesTheMemberOn_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("filed") << u"applicationFiled"_qs << u"filed"_qs;
        QTest::newRow("letter with questions") << u"moreQuestions"_qs << u"waiting"_qs;
        QTest::newRow("yes") << u"granted"_qs << u"decidedYes"_qs;
        QTest::newRow("no") << u"refused"_qs << u"decidedNo"_qs;
        QTest::newRow("objection") << u"objectionFiled"_qs << u"objection"_qs;
        QTest::newRow("objection refused") << u"objectionDecided"_qs << u"appeal"_qs;
        QTest::newRow("mvv") << u"mvvIssued"_qs << u"mvv"_qs;
        QTest::newRow("ticket") << u"ticketBooked"_qs << u"travel"_qs;
        QTest::newRow("arrived") << u"arrived"_qs << u"arrival"_qs;
        QTest::newRow("registered") << u"registered"_qs << u"settled"_qs;
    }
    void eachStepMovesTheMemberOn()
    {
        QFETCH(QString, stage);
        QFETCH(QString, expected);
        QHash<QString, QDate> stages { { u"applicationFiled"_qs, QDate(2026, 9, 1) } };
        stages.insert(stage, QDate(2027, 1, 10));
        QCOMPARE(procedure::phaseOf(journey(), stages, today), expected);
    }

    void theLatestDateWinsOverPackOrder()
    {
        // Refused, objection, then a yes after the objection: decided yes, not "objection".
        QCOMPARE(phase({ { "applicationFiled", QDate(2026, 1, 5) },
                         { "refused", QDate(2026, 5, 1) },
                         { "objectionFiled", QDate(2026, 5, 20) },
                         { "granted", QDate(2026, 11, 2) } }),
                 u"decidedYes"_qs);
    }

    void onOneDayTheLaterPhaseWins()
    {
        QCOMPARE(phase({ { "applicationFiled", QDate(2026, 1, 5) },
                         { "refused", QDate(2026, 5, 1) },
                         { "objectionFiled", QDate(2026, 5, 1) } }),
                 u"objection"_qs);
    }

    void aFutureAppointmentDoesNotMoveTheMemberYet()
    {
        QCOMPARE(phase({ { "applicationFiled", QDate(2026, 1, 5) },
                         { "arrived", QDate(2027, 2, 20) },
                         { "zevenaarAppointment", QDate(2027, 3, 9) } }),
                 u"arrival"_qs);
        QCOMPARE(phase({ { "applicationFiled", QDate(2026, 1, 5) },
                         { "arrived", QDate(2027, 2, 20) },
                         { "zevenaarAppointment", QDate(2027, 3, 1) } }),
                 u"settled"_qs);
    }

    void stepsOutsideAnyPhaseAreIgnored()
    {
        QCOMPARE(phase({ { "applicationFiled", QDate(2026, 1, 5) }, { "gpVisited", QDate(2027, 2, 1) } }),
                 u"filed"_qs);
    }
};

QTEST_GUILESS_MAIN(TestPhases)
#include "tst_phases.moc"
