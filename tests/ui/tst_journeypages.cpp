#include "locale/languages.h"
#include "procedure/ruledeadlines.h"
#include "support/uitestsession.h"
#include "timeline/stagesview.h"
#include "uiinspector.h"
#include "vault/database.h"
#include "vault/interviewrepository.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QDir>
#include <QSet>
#include <QTest>

#include <functional>

using namespace samen;

// After the application, as a household lives it: a missing-items letter (its answer date
// becomes a deadline with reminders), a refusal (4 weeks to object, support offered), an
// objection, a yes after it (no appeal), the mvv, travel and arrival (the 3-day report to the IND
// on Home). Each state is shown in all five languages at 360×640 with the layout checks on; with
// SAMEN_FLOW_SCREENSHOTS=dir set, each screen is saved as dir/journey-<state>-<page>-<lang>.png.
class TestJourneyPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<UiTestSession>();
        m_window = m_session->window();
        QVERIFY(m_window);
        m_window->resize(360, 640);
        QVERIFY(m_session->createVault([this](vault::Database &db) {
            fillFamily(db);
            return !QTest::currentTestFailed();
        }));
        QVERIFY(m_session->timeline().hasMembers());
    }

    void cleanupTestCase() { m_session.reset(); }

    void aHouseholdGoesFromTheApplicationToArrival()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        checkEveryLanguage(u"filed"_qs, { u"home"_qs, u"timeline"_qs, u"letters"_qs });
        QCOMPARE(phaseOfSpouse(), u"filed"_qs);

        // A missing-items letter, picked by its Dutch words, for everyone in the application.
        const QStringList keysBefore = m_session->notifier().scheduledKeys();
        openLetter(u"missingItems"_qs, true);
        QVERIFY2(findVisible(m_window->contentItem(), u"letterWarning"_qs), "the warning is not shown");
        QVERIFY2(findVisible(m_window->contentItem(), u"letterWhat"_qs)
                     ->property("text")
                     .toString()
                     .contains(u"<a "_qs),
                 "the letter's Dutch terms cannot be tapped");
        checkEveryLanguage(u"missingItems"_qs, {}, u"letter"_qs);
        click(u"letterDatesButton"_qs);
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QVERIFY2(!findVisible(m_window->contentItem(), u"letterError"_qs), "an empty error box is shown");
        accept(u"letterDateStep"_qs, today().addDays(-3));
        accept(u"dateInLetterStep"_qs, today().addDays(14));
        QVERIFY2(findVisible(m_window->contentItem(), u"letterSaved"_qs),
                 qPrintable(m_session->timeline().errorText()));
        const DeadlineRow *answer = deadline(procedure::letterRuleFor(u"missingItems"_qs));
        QVERIFY(answer);
        QCOMPARE(answer->dueIso, today().addDays(14).toString(Qt::ISODate));
        QCOMPARE(answer->memberId, 0); // everyone in the application
        QVERIFY(answer->title.contains(u"missing"_qs, Qt::CaseInsensitive));
        QVERIFY2(remindersFor(answer->deadlineId) > 0, "no reminder planned for the letter's date");
        QVERIFY(m_session->notifier().scheduledKeys() != keysBefore);
        QCOMPARE(phaseOfSpouse(), u"waiting"_qs);
        checkEveryLanguage(u"waiting"_qs, { u"home"_qs, u"timeline"_qs, u"deadlines"_qs });

        // A no: the letter's date opens 4 weeks to object; support is offered, not pushed.
        openLetter(u"decisionNo"_qs, false);
        click(u"letterDatesButton"_qs);
        accept(u"letterDateStep"_qs, today().addDays(-1));
        QVERIFY(findVisible(m_window->contentItem(), u"letterSaved"_qs));
        const DeadlineRow *objection = deadline(u"objection"_qs);
        QVERIFY(objection);
        QCOMPARE(objection->dueIso, today().addDays(-1 + 28).toString(Qt::ISODate));
        QCOMPARE(phaseOfSpouse(), u"decidedNo"_qs);
        QQuickItem *kept = findVisible(m_window->contentItem(), u"savedDate"_qs);
        QVERIFY2(kept, "the saved letter does not say which date it started");
        QVERIFY(kept->property("text").toString().contains(objection->title));
        checkEveryLanguage(u"decidedNo"_qs, {}, u"letter"_qs);
        click(u"letterSeeSteps"_qs);
        QTRY_VERIFY(findVisible(m_window->contentItem(), u"phaseCard"_qs));
        QVERIFY2(anyVisibleStartingWith(u"support_"_qs), "no support offered after a no");
        QVERIFY(findVisible(m_window->contentItem(), u"phaseDate"_qs)); // the 4 weeks, in the card
        checkEveryLanguage(u"decidedNo"_qs, { u"timeline"_qs, u"home"_qs });

        // The objection, then a yes after it: no appeal deadline, the mvv's 3 months instead.
        QVERIFY(m_session->timeline().setStageDate(spouse(), u"objectionFiled"_qs, iso(today())));
        QCOMPARE(phaseOfSpouse(), u"objection"_qs);
        checkEveryLanguage(u"objection"_qs, { u"timeline"_qs });
        m_session->clock().setNow(m_session->clock().now().addDays(60));
        openLetter(u"objectionGranted"_qs, false);
        click(u"letterDatesButton"_qs);
        accept(u"letterDateStep"_qs, today());
        QVERIFY2(findVisible(m_window->contentItem(), u"letterSaved"_qs),
                 qPrintable(m_session->timeline().errorText()));
        QCOMPARE(phaseOfSpouse(), u"decidedYes"_qs);
        QVERIFY(!deadline(u"appeal"_qs));
        QVERIFY(deadline(u"mvvCollection"_qs));
        checkEveryLanguage(u"decidedYes"_qs, { u"timeline"_qs, u"home"_qs });

        // The mvv, travel and arrival: Home says to report to the IND within 3 days.
        QVERIFY(m_session->timeline().setStageDate(spouse(), u"mvvIssued"_qs, iso(today())));
        QCOMPARE(phaseOfSpouse(), u"mvv"_qs);
        m_session->clock().setNow(m_session->clock().now().addDays(20));
        QVERIFY(m_session->timeline().setStageDate(spouse(), u"travelled"_qs, iso(today())));
        QVERIFY(m_session->timeline().setStageDate(spouse(), u"arrived"_qs, iso(today())));
        QCOMPARE(phaseOfSpouse(), u"arrival"_qs);
        const DeadlineRow *report = deadline(u"indAppointment"_qs);
        QVERIFY(report);
        QCOMPARE(report->dueIso, iso(today().addDays(3)));
        QVERIFY(UiInspector::showPage(m_window, u"home"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QVERIFY(findVisible(m_window->contentItem(), u"phaseGroup_arrival"_qs));
        checkEveryLanguage(u"arrival"_qs, { u"home"_qs, u"timeline"_qs });
    }

    // Every letter of the pack on its own page, in every language at 360×640.
    void everyLetterIsShownInEveryLanguage()
    {
        const QStringList letters = letterIds();
        QCOMPARE(letters.size(), 9);
        for (const QString &letter : letters) {
            const QVariantMap subject { { u"memberId"_qs, spouse() },
                                        { u"forEveryone"_qs, false },
                                        { u"letterId"_qs, letter } };
            QVERIFY(openPage(u"letter"_qs, subject));
            QTRY_VERIFY(findVisible(m_window->contentItem(), u"letterDatesButton"_qs));
            checkEveryLanguage(u"letter-"_qs + letter, {}, u"letter"_qs);
        }
    }

    // Every phase of the pack on the steps page, in every language at 360×640, reached step by step.
    void everyPhaseIsShownInEveryLanguage()
    {
        const QList<std::pair<QString, QString>> steps {
            { u"moreQuestions"_qs, u"waiting"_qs },    { u"refused"_qs, u"decidedNo"_qs },
            { u"objectionFiled"_qs, u"objection"_qs }, { u"objectionDecided"_qs, u"appeal"_qs },
            { u"granted"_qs, u"decidedYes"_qs },       { u"mvvIssued"_qs, u"mvv"_qs },
            { u"ticketBooked"_qs, u"travel"_qs },      { u"arrived"_qs, u"arrival"_qs },
            { u"registered"_qs, u"settled"_qs },
        };
        // Filed, or waiting after the household's letter for everyone; "filed" was on screen there.
        const QString start = m_session->timeline().phaseOf(m_child);
        QVERIFY2(start == u"filed" || start == u"waiting", qPrintable(start));
        QSet<QString> seen { u"filed"_qs };
        int daysAgo = 60;
        for (const auto &[stage, phase] : steps) {
            QVERIFY2(
                m_session->timeline().setStageDate(double(m_child), stage, iso(today().addDays(-daysAgo))),
                qPrintable(stage + u": "_qs + m_session->timeline().errorText()));
            daysAgo -= 6;
            QCOMPARE(m_session->timeline().phaseOf(m_child), phase);
            const QVariantMap subject { { u"memberId"_qs, double(m_child) } };
            QVERIFY(openPage(u"timeline"_qs, subject));
            QTRY_VERIFY(findVisible(m_window->contentItem(), u"phaseCard"_qs));
            checkEveryLanguage(u"phase-"_qs + phase, {}, u"timeline"_qs);
            seen << phase;
        }
        QCOMPARE(seen.size(), 10); // every phase of the pack
    }

    // A letter that asks a date refuses a wrong one with a message and writes nothing.
    void aWrongLetterDateIsRefusedAndNothingIsWritten()
    {
        QVERIFY(m_session->languages().apply(u"en"_qs));
        const int before = m_session->timeline().deadlines()->rowCount();
        openLetter(u"intentionToRefuse"_qs, false);
        click(u"letterDatesButton"_qs);
        accept(u"dateInLetterStep"_qs, today().addDays(-1));
        QVERIFY(!findVisible(m_window->contentItem(), u"letterSaved"_qs));
        QCOMPARE(findVisible(m_window->contentItem(), u"letterError"_qs)->property("text").toString(),
                 u"This day has passed. Choose the date in the letter."_qs);
        QCOMPARE(m_session->timeline().deadlines()->rowCount(), before);
    }

private:
    QDate today() const { return m_session->clock().now().toLocalTime().date(); }
    static QString iso(QDate date) { return date.toString(Qt::ISODate); }
    double spouse() const { return double(m_spouse); }

    // Opens page @p name on @p subject as the router does (Main.qml open()).
    bool openPage(const QString &name, const QVariantMap &subject)
    {
        QVariant page;
        return QMetaObject::invokeMethod(m_window, "open", Q_RETURN_ARG(QVariant, page),
                                         Q_ARG(QVariant, name), Q_ARG(QVariant, QVariant(subject)));
    }

    QStringList letterIds() const
    {
        QStringList ids;
        for (const LetterRow &row : m_session->timeline().letters()->rows())
            ids << row.letterId;
        return ids;
    }
    QString phaseOfSpouse() const { return m_session->timeline().phaseOf(m_spouse); }

    const DeadlineRow *deadline(const QString &ruleId) const
    {
        for (const DeadlineRow &row : m_session->timeline().deadlines()->rows()) {
            if (row.ruleId == ruleId && (row.memberId == m_spouse || row.memberId == 0) && !row.done)
                return &row;
        }
        return nullptr;
    }

    int remindersFor(qint64 deadlineId) const
    {
        int count = 0;
        const QString prefix = u"d%1"_qs.arg(deadlineId);
        for (const QString &key : m_session->notifier().scheduledKeys())
            count += key.startsWith(prefix) && !key.at(prefix.size()).isDigit() ? 1 : 0;
        return count;
    }

    void openLetter(const QString &letterId, bool forEveryone)
    {
        QVERIFY(UiInspector::showPage(m_window, u"home"_qs));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        click(u"letterCameButton"_qs);
        QTRY_VERIFY(findVisible(m_window->contentItem(), u"letter_"_qs + letterId));
        if (forEveryone)
            click(u"letterForEveryone"_qs);
        else
            click(u"letterMember_%1"_qs.arg(m_spouse));
        click(u"letter_"_qs + letterId);
        QTRY_VERIFY(findVisible(m_window->contentItem(), u"letterDatesButton"_qs));
    }

    void click(const QString &name)
    {
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *item = findVisible(m_window->contentItem(), name);
        QVERIFY2(item, qPrintable(u"not on screen: "_qs + name));
        if (item->inherits("QQuickCheckBox") || item->metaObject()->indexOfProperty("checked") >= 0) {
            if (item->property("checkable").toBool() || item->inherits("QQuickCheckBox")) {
                QVERIFY(QMetaObject::invokeMethod(item, "toggle"));
                QVERIFY(QMetaObject::invokeMethod(item, "toggled"));
                return;
            }
        }
        QVERIFY(QMetaObject::invokeMethod(item, "clicked"));
    }

    // Accepts @p date in the date picker of the step named @p step (as its OK button does).
    void accept(const QString &step, QDate date)
    {
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *stepItem = findVisible(m_window->contentItem(), step);
        QVERIFY2(stepItem, qPrintable(u"step not shown: "_qs + step));
        QQuickItem *picker = UiDriver::findItem(stepItem, [](const QQuickItem *item) {
            return item->isVisible() && item->metaObject()->indexOfSignal("accepted(QString)") >= 0;
        });
        QVERIFY(picker);
        QVERIFY(QMetaObject::invokeMethod(picker, "accepted", Q_ARG(QString, iso(date))));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
    }

    bool anyVisibleStartingWith(const QString &prefix) const
    {
        return UiDriver::findItem(m_window->contentItem(), [&](const QQuickItem *item) {
                   return item->isVisible() && item->objectName().startsWith(prefix);
               }) != nullptr;
    }

    // Shows @p pages (or keeps the page on screen when empty, named @p shown) in every language at
    // 360×640 and checks the layout.
    void checkEveryLanguage(const QString &state, const QStringList &pages, const QString &shown = {})
    {
        const QString before = m_session->languages().language();
        const QStringList names = pages.isEmpty() ? QStringList { shown } : pages;
        for (const QString &page : names) {
            for (const auto &language : locale::supportedLanguages()) {
                QVERIFY(m_session->languages().apply(language.code));
                if (!pages.isEmpty())
                    QVERIFY(UiInspector::showPage(m_window, page));
                const QImage frame = UiInspector::renderFrame(m_window);
                QVERIFY(!frame.isNull());
                const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
                QVERIFY2(problems.isEmpty(),
                         qPrintable(u"%1/%2/%3: "_qs.arg(state, page, language.code) + problems.join(u'\n')));
                const QString directory = qEnvironmentVariable("SAMEN_FLOW_SCREENSHOTS");
                if (!directory.isEmpty()) {
                    QVERIFY(QDir().mkpath(directory));
                    QVERIFY(
                        frame.save(u"%1/journey-%2-%3-%4.png"_qs.arg(directory, state, page, language.code)));
                }
            }
        }
        QVERIFY(m_session->languages().apply(before));
    }

    void fillFamily(vault::Database &db)
    {
        const QDate day = QDate::currentDate();
        vault::PeopleRepository people(db);
        dossier::Referent referent { 0, u"R"_qs, u"R"_qs, {}, {}, {} };
        QVERIFY(people.save(referent));
        dossier::FamilyMember spouse { 0,  referent.id, u"spouse"_qs, u"Amina"_qs, u"Amina"_qs,
                                       {}, {},          u"m1"_qs,     {} };
        dossier::FamilyMember child { 0, referent.id, u"child"_qs, u"Selam"_qs, {}, {}, {}, u"m2"_qs, {} };
        QVERIFY(people.save(spouse) && people.save(child));
        m_spouse = spouse.id;
        m_child = child.id;
        vault::TimelineRepository timeline(db);
        for (const qint64 member : { spouse.id, child.id }) {
            dossier::StageEvent filed { 0, member, u"applicationFiled"_qs, iso(day.addDays(-80)), {} };
            QVERIFY(timeline.save(filed));
        }
        vault::InterviewRepository answers(db);
        QVERIFY(answers.save({ u"referent"_qs, u"sponsor.decisionDate"_qs, iso(day.addDays(-100)), {} }));
        QVERIFY(answers.save({ u"referent"_qs, u"sponsor.status"_qs, u"refugee"_qs, {} }));
    }

    std::unique_ptr<UiTestSession> m_session;
    QQuickWindow *m_window = nullptr;
    qint64 m_spouse = 0;
    qint64 m_child = 0;
};

QTEST_MAIN(TestJourneyPages)
#include "tst_journeypages.moc"
