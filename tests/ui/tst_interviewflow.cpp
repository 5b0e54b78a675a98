#include "kinds.h"
#include "rules/pack.h"
#include "screenshots.h"
#include "support/uitestsession.h"
#include "uiinspector.h"
#include "vault/answerstore.h"
#include "vault/database.h"
#include "vault/schema.h"
#include "vault/securebytes.h"

#include <QInputMethodEvent>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Answers = QHash<QString, QVariant>;
using MemberAnswers = QList<QPair<QString, Answers>>;

/** One household: the referent's answers, then each member's relation and answers, and the verdicts expected.
 */
struct Household
{
    QDate today;
    Answers referent;
    QList<QPair<QString, Answers>> members;
    QStringList expected;
    /** Per member, a part of the reason the card must show (empty: not checked). */
    QStringList reasons = {};
    /** Per member, whether the card must show an earliest date (checked when not empty). */
    QList<bool> earliest = {};
};

const QVariant dontKnow = QStringLiteral("dont-know");

} // namespace

// Drives the real interview pages (buttons, date picker, result cards) for three households
// and checks the verdicts shown on the result screen.
class TestInterviewFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<UiTestSession>();
        m_window = m_session->window();
        QVERIFY(m_window);
        m_languages = &m_session->languages();
        m_interview = &m_session->interview();
    }

    void cleanupTestCase() { m_session.reset(); }

    void householdVerdictsOnScreen_data()
    {
        QTest::addColumn<Household>("household");

        const Answers syrianFather {
            { u"application.date"_qs, dontKnow },          { u"sponsor.birthDate"_qs, u"1984-04-02"_qs },
            { u"sponsor.arrivedUnaccompanied"_qs, false }, { u"sponsor.decisionDate"_qs, u"2026-01-20"_qs },
            { u"sponsor.status"_qs, u"refugee"_qs },       { u"sponsor.country"_qs, u"SY"_qs },
            { u"sponsor.derivedPermit"_qs, false }
        };
        const Answers wife { { u"member.birthDate"_qs, u"1987-09-14"_qs },
                             { u"sponsor.livesWithPartnerInNL"_qs, false } };
        const Answers youngChild { { u"member.birthDate"_qs, u"2016-02-01"_qs },
                                   { u"member.parentId"_qs, u"m1"_qs } };
        const Answers adultChild { { u"member.birthDate"_qs, u"2005-03-03"_qs },
                                   { u"member.parentId"_qs, u"m1"_qs },
                                   { u"sponsor.asylumApplicationDate"_qs, u"2023-01-10"_qs },
                                   { u"member.married"_qs, false },
                                   { u"member.ownPartner"_qs, false } };
        QTest::newRow("Syrian refugee father, wife, two children (one adult)") << Household {
            QDate(2026, 3, 1),
            syrianFather,
            { { u"spouse"_qs, wife }, { u"child"_qs, youngChild }, { u"child"_qs, adultChild } },
            { u"nareis"_qs, u"nareis"_qs, u"nareis"_qs },
            { {}, {}, u"C-279/20"_qs }
        };

        const Answers eritreanMinor { { u"application.date"_qs, dontKnow },
                                      { u"sponsor.birthDate"_qs, u"2009-03-10"_qs },
                                      { u"sponsor.arrivedUnaccompanied"_qs, true },
                                      { u"sponsor.asylumApplicationDate"_qs, u"2024-09-02"_qs },
                                      { u"sponsor.decisionDate"_qs, u"2026-02-02"_qs },
                                      { u"sponsor.status"_qs, u"refugee"_qs },
                                      { u"sponsor.derivedPermit"_qs, false },
                                      { u"sponsor.ownFamilyInNL"_qs, false },
                                      { u"sponsor.country"_qs, u"ER"_qs } };
        QTest::newRow("Eritrean unaccompanied minor, parents and a sister")
            << Household { QDate(2026, 3, 1),
                           eritreanMinor,
                           { { u"parent"_qs, { { u"member.birthDate"_qs, u"1975-01-01"_qs } } },
                             { u"parent"_qs, { { u"member.birthDate"_qs, u"1978-06-30"_qs } } },
                             { u"sibling"_qs, { { u"member.birthDate"_qs, u"2013-11-20"_qs } } } },
                           { u"nareis"_qs, u"nareis"_qs, u"nareis"_qs } };

        const Answers subsidiary {
            { u"application.date"_qs, u"2026-07-15"_qs },  { u"sponsor.birthDate"_qs, u"1990-01-01"_qs },
            { u"sponsor.arrivedUnaccompanied"_qs, false }, { u"sponsor.decisionDate"_qs, u"2026-05-04"_qs },
            { u"sponsor.status"_qs, u"subsidiary"_qs },    { u"sponsor.country"_qs, u"AF"_qs },
            { u"sponsor.derivedPermit"_qs, false }
        };
        const Answers registeredWife { { u"member.birthDate"_qs, u"1992-05-05"_qs },
                                       { u"sponsor.livesWithPartnerInNL"_qs, false },
                                       { u"member.marriageRegistered"_qs, true } };
        QTest::newRow("Subsidiary protection, applying after 12 June 2026")
            << Household { QDate(2026, 7, 1), subsidiary, { { u"spouse"_qs, registeredWife } },
                           { u"wait"_qs },    {},         { true } };
        const Answers adultSon { { u"member.birthDate"_qs, u"2004-02-02"_qs },
                                 { u"member.parentId"_qs, u"m1"_qs },
                                 { u"sponsor.asylumApplicationDate"_qs, u"2025-01-06"_qs },
                                 { u"member.married"_qs, false },
                                 { u"member.ownPartner"_qs, false } };
        QTest::newRow("Subsidiary protection with an adult child: advice, no wait date")
            << Household { QDate(2026, 7, 1),
                           subsidiary,
                           { { u"spouse"_qs, registeredWife }, { u"child"_qs, adultSon } },
                           { u"wait"_qs, u"advice"_qs },
                           {},
                           { true, false } };

        // Filed in April 2026 and still pending in December: the IND applies the new law (pilot).
        const Answers pendingReferent {
            { u"application.date"_qs, u"2026-04-15"_qs },     { u"case.indDecided"_qs, false },
            { u"sponsor.birthDate"_qs, u"1986-10-10"_qs },    { u"sponsor.arrivedUnaccompanied"_qs, false },
            { u"sponsor.decisionDate"_qs, u"2026-02-20"_qs }, { u"sponsor.status"_qs, u"refugee"_qs },
            { u"sponsor.derivedPermit"_qs, false },           { u"sponsor.country"_qs, u"SY"_qs }
        };
        QTest::newRow("Filed April 2026, still pending: a-status wife")
            << Household { QDate(2026, 12, 6),
                           pendingReferent,
                           { { u"spouse"_qs, registeredWife }, { u"child"_qs, youngChild } },
                           { u"nareis"_qs, u"nareis"_qs } };
        const Answers partner { { u"member.birthDate"_qs, u"1990-01-01"_qs },
                                { u"sponsor.livesWithPartnerInNL"_qs, false } };
        QTest::newRow("Filed April 2026, still pending: unmarried partner gets the pilot advice")
            << Household { QDate(2026, 12, 6),
                           pendingReferent,
                           { { u"partner"_qs, partner } },
                           { u"advice"_qs },
                           { u"Juridisch Loket"_qs } };
    }

    void householdVerdictsOnScreen()
    {
        QFETCH(Household, household);
        m_interview->setToday(household.today);
        m_interview->restart();
        QVERIFY(UiInspector::showPage(m_window, u"eligibility"_qs));
        click(u"startButton"_qs);
        QTRY_VERIFY(findVisible(m_window->contentItem(), u"questionView"_qs));
        answerUntilMembers(household.referent);
        for (const auto &[relation, answers] : household.members) {
            QVERIFY(findVisible(m_window->contentItem(), u"membersView"_qs));
            (void)UiInspector::renderFrame(m_window);
            const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            saveScreen(u"members"_qs);
            click(u"relation_"_qs + relation);
            answerUntilMembers(answers);
        }
        click(u"showResultButton"_qs);
        QTRY_VERIFY(findVisible(m_window->contentItem(), u"resultList"_qs) == nullptr ||
                    findVisible(m_window->contentItem(), u"result_m1"_qs));
        (void)UiInspector::renderFrame(m_window);
        for (int i = 0; i < household.expected.size(); ++i) {
            const QString name = QStringLiteral("result_m%1").arg(i + 1);
            QQuickItem *card = findVisible(m_window->contentItem(), name);
            QVERIFY2(card, qPrintable(name));
            const auto expected = samen::rules::outcomeFromName(household.expected.at(i));
            QVERIFY2(expected, qPrintable(household.expected.at(i)));
            QVERIFY2(card->property("outcome").toInt() == int(Outcome::of(*expected)),
                     qPrintable(name + u": "_qs + card->property("reason").toString()));
            const QString reason = household.reasons.value(i);
            QVERIFY2(card->property("reason").toString().contains(reason),
                     qPrintable(card->property("reason").toString()));
            if (i < household.earliest.size())
                QCOMPARE(!card->property("earliest").toString().isEmpty(), household.earliest.at(i));
            QQuickItem *verdict = findVisible(card, u"verdict"_qs);
            QVERIFY(verdict);
            QCOMPARE(verdict->property("text").toString(), card->property("verdict").toString());
            QVERIFY(!verdict->property("text").toString().isEmpty());
        }
        QVERIFY(!findVisible(m_window->contentItem(),
                             QStringLiteral("result_m%1").arg(household.expected.size() + 1)));
        QVERIFY(findVisible(m_window->contentItem(), u"rulesAsOf"_qs));
        resultFollowsTheLanguage(household.expected.size());
        // The result leads on to the papers of each person.
        click(u"nextPapersButton"_qs);
        QTRY_VERIFY(findVisible(m_window->contentItem(), u"familyList"_qs) ||
                    findVisible(m_window->contentItem(), u"familyEmptyText"_qs));
    }

    void backKeepsTheAnswerOnScreen()
    {
        m_interview->setToday(QDate(2026, 3, 1));
        m_interview->restart();
        QVERIFY(UiInspector::showPage(m_window, u"interview"_qs));
        answer(u"case.applied"_qs, true);
        answer(u"application.date"_qs, dontKnow);
        QQuickItem *flickable = findVisible(m_window->contentItem(), u"questionView"_qs);
        while (flickable && !flickable->inherits("QQuickFlickable"))
            flickable = flickable->parentItem();
        QVERIFY(flickable);
        flickable->setProperty("contentY", 200);
        answer(u"sponsor.birthDate"_qs, u"1984-04-02"_qs);
        QCOMPARE(flickable->property("contentY").toReal(), 0.0); // the next question starts at the top
        answer(u"sponsor.arrivedUnaccompanied"_qs, true);
        click(u"previousButton"_qs);
        QCOMPARE(m_interview->questionId(), u"sponsor.arrivedUnaccompanied"_qs);
        QQuickItem *yes = findVisible(m_window->contentItem(), u"yesButton"_qs);
        QVERIFY(yes);
        QVERIFY(yes->property("selected").toBool());
        click(u"previousButton"_qs);
        QQuickItem *picker = findVisible(m_window->contentItem(), u"datePicker"_qs);
        QVERIFY(picker);
        QCOMPARE(picker->findChild<QObject *>(u"dateInput"_qs)->property("isoDate").toString(),
                 u"1984-04-02"_qs);
        click(u"nextButton"_qs);
        click(u"nextButton"_qs);
        QCOMPARE(m_interview->questionId(), u"sponsor.asylumApplicationDate"_qs);
    }

    void impossibleDateIsNeverAccepted()
    {
        m_interview->restart();
        QVERIFY(UiInspector::showPage(m_window, u"interview"_qs));
        answer(u"case.applied"_qs, true);
        QQuickItem *picker = findVisible(m_window->contentItem(), u"datePicker"_qs);
        QVERIFY(picker);
        QObject *input = picker->findChild<QObject *>(u"dateInput"_qs);
        QVERIFY(input->setProperty("gregorian", true));
        QVERIFY(input->setProperty("year", 2026));
        QVERIFY(input->setProperty("month", 2));
        QVERIFY(input->setProperty("day", 30));
        QVERIFY(findVisible(m_window->contentItem(), u"dateProblem"_qs));
        QVERIFY(layoutHoldsInEveryLanguage(u"dateproblem"_qs));
        QVERIFY(!findVisible(m_window->contentItem(), u"nextButton"_qs)->isEnabled());
        QCOMPARE(m_interview->questionId(), u"application.date"_qs);
        QVERIFY(input->setProperty("day", 28));
        QVERIFY(!findVisible(m_window->contentItem(), u"dateProblem"_qs));
        click(u"nextButton"_qs);
        QCOMPARE(m_interview->answers().value(u"applicationDate"_qs).toString(), u"2026-02-28"_qs);
    }

    // The review's hidden "Use this date" step: the day, month and year chosen are the answer and
    // Next takes them. The year can be typed in the language's digits; a birth date after today
    // is explained under the picker; the year list opens near a likely year, not at the newest.
    void pickedDateIsTheAnswer()
    {
        m_interview->setToday(QDate(2026, 12, 6));
        m_interview->restart();
        QVERIFY(m_languages->apply(u"ar"_qs));
        QVERIFY(UiInspector::showPage(m_window, u"interview"_qs));
        answer(u"case.applied"_qs, false);
        QCOMPARE(m_interview->questionId(), u"sponsor.birthDate"_qs);
        QQuickItem *picker = findVisible(m_window->contentItem(), u"datePicker"_qs);
        QObject *input = picker->findChild<QObject *>(u"dateInput"_qs);
        QVERIFY(input->setProperty("gregorian", true));
        QQuickItem *year = findVisible(m_window->contentItem(), u"yearBox"_qs);
        QVERIFY(year);
        QVERIFY(year->property("editable").toBool());
        QVERIFY(!year->property("popup").value<QObject *>()->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(year->property("popup").value<QObject *>(), "open"));
        QTRY_VERIFY(year->property("popup").value<QObject *>()->property("opened").toBool());
        auto *list = qobject_cast<QQuickItem *>(
            year->property("popup").value<QObject *>()->property("contentItem").value<QObject *>());
        QVERIFY(list);
        const int suggested = m_interview->suggestedYear();
        QCOMPARE(suggested, 1996);
        const auto topIndex = [list] {
            int top = -1;
            QMetaObject::invokeMethod(list, "indexAt", Q_RETURN_ARG(int, top), Q_ARG(qreal, 10.0),
                                      Q_ARG(qreal, list->property("contentY").toReal() + 10.0));
            return top;
        };
        QTRY_VERIFY2(topIndex() > 10, qPrintable(QString::number(topIndex()))); // not 2026 at the top
        QVERIFY(QMetaObject::invokeMethod(year->property("popup").value<QObject *>(), "close"));
        typeYear(year, u"٢٠٢٧"_qs); // typed in Arabic-Indic digits, after today
        QCOMPARE(input->property("year").toInt(), 2027);
        QVERIFY(input->setProperty("month", 6));
        QVERIFY(input->setProperty("day", 15));
        QVERIFY(findVisible(m_window->contentItem(), u"dateProblem"_qs));
        QVERIFY(!findVisible(m_window->contentItem(), u"nextButton"_qs)->isEnabled());
        (void)UiInspector::renderFrame(m_window);
        saveScreen(u"futurebirth"_qs);
        typeYear(year, u"١٩٩٠"_qs);
        QCOMPARE(input->property("year").toInt(), 1990);
        QVERIFY(!findVisible(m_window->contentItem(), u"dateProblem"_qs));
        QVERIFY(!findVisible(m_window->contentItem(), u"dateOkButton"_qs));
        click(u"nextButton"_qs);
        QCOMPARE(m_interview->answers().value(u"sponsor"_qs).toObject().value(u"birthDate"_qs).toString(),
                 u"1990-06-15"_qs);
        QCOMPARE(m_interview->questionId(), u"sponsor.arrivedUnaccompanied"_qs);
        QVERIFY(m_languages->apply(u"en"_qs));
    }

    // The people on "Who do you want to bring?" can be opened (their questions, to correct) and
    // removed after a red question on screen; the progress is per person and a new person's
    // questions come first.
    void everyPersonCanBeOpenedAndRemoved()
    {
        QVERIFY(m_languages->apply(u"en"_qs));
        m_interview->setToday(QDate(2026, 12, 6));
        m_interview->restart();
        QVERIFY(UiInspector::showPage(m_window, u"interview"_qs));
        const Answers referent { { u"case.applied"_qs, false },
                                 { u"sponsor.birthDate"_qs, u"1990-06-15"_qs },
                                 { u"sponsor.arrivedUnaccompanied"_qs, false },
                                 { u"sponsor.decisionDate"_qs, u"2026-10-25"_qs },
                                 { u"sponsor.status"_qs, u"refugee"_qs },
                                 { u"sponsor.derivedPermit"_qs, false },
                                 { u"sponsor.country"_qs, u"ER"_qs } };
        answerUntilMembers(referent);
        click(u"relation_partner"_qs);
        QCOMPARE(m_interview->progressText(), u"Person 1 of 1: question 2 of 4"_qs);
        QCOMPARE(findVisible(m_window->contentItem(), u"progressText"_qs)->property("text").toString(),
                 m_interview->progressText());
        answerUntilMembers(
            { { u"member.birthDate"_qs, u"1985-02-02"_qs }, { u"sponsor.livesWithPartnerInNL"_qs, false } });
        click(u"relation_child"_qs);
        QCOMPARE(m_interview->questionId(), u"member.birthDate"_qs);
        QVERIFY(m_interview->progressText().startsWith(u"Person 2 of 2: question 2 of"_qs));
        answerUntilMembers(
            { { u"member.birthDate"_qs, u"2014-05-05"_qs }, { u"member.parentId"_qs, u"m1"_qs } });
        const QSize before = m_window->size();
        for (const QSize &size : Screenshots::phoneSizes()) {
            m_window->resize(size);
            for (const QString &language : { u"ar"_qs, u"ti"_qs, u"fa_AF"_qs, u"nl"_qs, u"en"_qs }) {
                QVERIFY(m_languages->apply(language));
                (void)UiInspector::renderFrame(m_window);
                const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
                saveScreen(QStringLiteral("people-%1").arg(size.width()));
            }
        }
        m_window->resize(before);
        QVERIFY(m_languages->apply(u"en"_qs));
        click(u"member_m1"_qs);
        QCOMPARE(m_interview->questionId(), u"member.relation"_qs);
        QCOMPARE(m_interview->memberLabel(), u"Partner (not married)"_qs);
        click(u"nextButton"_qs);
        QCOMPARE(m_interview->questionId(), u"member.birthDate"_qs);
        QQuickItem *picker = findVisible(m_window->contentItem(), u"datePicker"_qs);
        QCOMPARE(picker->findChild<QObject *>(u"dateInput"_qs)->property("isoDate").toString(),
                 u"1985-02-02"_qs);
        while (m_interview->isAsking())
            click(u"nextButton"_qs);
        click(u"removeMember_m1"_qs);
        QTRY_VERIFY(findVisible(m_window->contentItem(), u"confirmAction"_qs));
        QVERIFY(findVisible(m_window->contentItem(), u"confirmAction"_qs)->property("danger").toBool());
        for (const QString &language : { u"ar"_qs, u"ti"_qs, u"fa_AF"_qs, u"nl"_qs, u"en"_qs }) {
            QVERIFY(m_languages->apply(language));
            saveScreen(u"removeperson"_qs);
        }
        QCOMPARE(m_interview->members().size(), 2);
        click(u"confirmAction"_qs);
        QTRY_COMPARE(m_interview->members().size(), 1);
        // The child's other parent is gone from the application: asked again, with the question
        // whether that parent stays behind.
        QCOMPARE(m_interview->questionId(), u"member.otherParentStaysBehind"_qs);
    }

    // A person added by mistake goes from any of their questions, without answering them first
    // (the list's remove button appears only once all of them are answered).
    void aPersonAddedByMistakeGoesAtOnce()
    {
        QVERIFY(m_languages->apply(u"en"_qs));
        m_interview->setToday(QDate(2026, 12, 6));
        m_interview->restart();
        QVERIFY(UiInspector::showPage(m_window, u"interview"_qs));
        answerUntilMembers({ { u"case.applied"_qs, false },
                             { u"sponsor.birthDate"_qs, u"1990-06-15"_qs },
                             { u"sponsor.arrivedUnaccompanied"_qs, false },
                             { u"sponsor.decisionDate"_qs, u"2026-10-25"_qs },
                             { u"sponsor.status"_qs, u"refugee"_qs },
                             { u"sponsor.derivedPermit"_qs, false },
                             { u"sponsor.country"_qs, u"ER"_qs } });
        QVERIFY(!findVisible(m_window->contentItem(), u"removeThisMember"_qs)); // not about a person
        click(u"relation_partner"_qs);
        answerUntilMembers(
            { { u"member.birthDate"_qs, u"1985-02-02"_qs }, { u"sponsor.livesWithPartnerInNL"_qs, false } });
        click(u"relation_child"_qs); // the mistake
        QCOMPARE(m_interview->members().size(), 2);
        QQuickItem *remove = findVisible(m_window->contentItem(), u"removeThisMember"_qs);
        QVERIFY(remove);
        QCOMPARE(remove->property("text").toString(), u"Remove: \u2068Child\u2069"_qs); // the label isolated
        QVERIFY(layoutHoldsInEveryLanguage(u"removeatquestion"_qs));
        click(u"removeThisMember"_qs);
        QTRY_VERIFY(findVisible(m_window->contentItem(), u"confirmAction"_qs));
        click(u"confirmAction"_qs);
        QTRY_COMPARE(m_interview->members().size(), 1);
        QCOMPARE(m_interview->members().constFirst().toMap().value(u"value"_qs).toString(), u"m1"_qs);
        QVERIFY(!m_interview->isAsking()); // the partner's answers are complete: the list again
        QVERIFY(findVisible(m_window->contentItem(), u"membersView"_qs));
        // The user's own answers are one tap away from the list (it took 7 taps on "Previous").
        click(u"ownAnswersButton"_qs);
        QVERIFY(m_interview->isAsking());
        QCOMPARE(m_interview->questionId(), u"case.applied"_qs);
        QVERIFY(m_interview->progressText().startsWith(u"About you: question 1 of"_qs));
        QVERIFY(!findVisible(m_window->contentItem(), u"removeThisMember"_qs));
    }

    // Every question the law of December 2026 added, on the screen in every language at 360x640,
    // with its "why do we ask" and "I don't know" (SAMEN_FLOW_SCREENSHOTS saves q-<id>-<lang>.png).
    void newQuestionsFitEveryLanguage_data()
    {
        QTest::addColumn<Answers>("referent");
        QTest::addColumn<MemberAnswers>("members");
        const Answers decidedAfterJune { { u"application.date"_qs, u"2026-04-15"_qs },
                                         { u"case.indDecided"_qs, true },
                                         { u"case.indDecisionDate"_qs, u"2026-07-01"_qs },
                                         { u"sponsor.birthDate"_qs, u"1980-02-02"_qs },
                                         { u"sponsor.arrivedUnaccompanied"_qs, false },
                                         { u"sponsor.decisionDate"_qs, u"2026-02-20"_qs },
                                         { u"sponsor.status"_qs, u"refugee"_qs },
                                         { u"sponsor.derivedPermit"_qs, false },
                                         { u"sponsor.country"_qs, u"SY"_qs } };
        const Answers wife { { u"member.birthDate"_qs, u"1982-03-03"_qs },
                             { u"sponsor.livesWithPartnerInNL"_qs, false },
                             { u"member.marriageRegistered"_qs, true } };
        const Answers son { { u"member.birthDate"_qs, u"2005-09-09"_qs },
                            { u"member.parentId"_qs, u"m1"_qs },
                            { u"sponsor.asylumApplicationDate"_qs, u"2024-06-01"_qs },
                            { u"member.married"_qs, false },
                            { u"member.ownPartner"_qs, false } };
        QTest::newRow("pending file, wife and adult son")
            << decidedAfterJune << MemberAnswers { { u"spouse"_qs, wife }, { u"child"_qs, son } };
        // Sent on a day not known, asked before the decision date: whether the IND decided may
        // matter (the day may be before 12 June 2026), so it is asked.
        const Answers minorAlone { { u"application.date"_qs, dontKnow },
                                   { u"case.indDecided"_qs, false },
                                   { u"sponsor.birthDate"_qs, u"2008-03-10"_qs },
                                   { u"sponsor.arrivedUnaccompanied"_qs, true },
                                   { u"sponsor.asylumApplicationDate"_qs, u"2024-09-02"_qs },
                                   { u"sponsor.decisionDate"_qs, u"2026-10-02"_qs },
                                   { u"sponsor.status"_qs, u"refugee"_qs },
                                   { u"sponsor.derivedPermit"_qs, false },
                                   { u"sponsor.ownFamilyInNL"_qs, false },
                                   { u"sponsor.country"_qs, u"ER"_qs } };
        QTest::newRow("came alone as a child")
            << minorAlone
            << MemberAnswers { { u"parent"_qs, { { u"member.birthDate"_qs, u"1975-01-01"_qs } } } };
    }
    void newQuestionsFitEveryLanguage()
    {
        QFETCH(Answers, referent);
        QFETCH(MemberAnswers, members);
        const QStringList added = { u"case.indDecided"_qs,
                                    u"case.indDecisionDate"_qs,
                                    u"sponsor.derivedPermit"_qs,
                                    u"sponsor.livesWithPartnerInNL"_qs,
                                    u"sponsor.ownFamilyInNL"_qs,
                                    u"sponsor.asylumApplicationDate"_qs,
                                    u"member.marriageRegistered"_qs,
                                    u"case.applied"_qs,
                                    u"member.bondBeforeEntry"_qs,
                                    u"member.childBondBeforeEntry"_qs,
                                    u"member.parentId"_qs };
        const QSize before = m_window->size();
        m_window->resize(Screenshots::phoneSizes().constFirst());
        m_interview->setToday(QDate(2026, 12, 6));
        m_interview->restart();
        QVERIFY(UiInspector::showPage(m_window, u"interview"_qs));
        m_seen.clear();
        answerUntilMembers(referent, added);
        for (const auto &[relation, answers] : members) {
            click(u"relation_"_qs + relation);
            answerUntilMembers(answers, added);
        }
        QVERIFY(!m_interview->isAsking());
        m_window->resize(before);
    }
    // The home screen's notice after an upgrade: first the new questions, then what changed.
    void rulesChangeNoticeFitsEveryLanguage()
    {
        QTemporaryDir dir;
        samen::vault::Database::OpenResult opened = samen::vault::Database::OpenResult::IoError;
        auto db =
            samen::vault::Database::open(dir.filePath(u"samen.db"_qs), samen::vault::SecureBytes::random(32),
                                         samen::vault::Database::Mode::CreateNew, &opened);
        QVERIFY(db && samen::vault::schema::migrate(*db, 3));
        const auto &pack = *samen::rules::bundledPack().pack;
        samen::vault::AnswerStore answers(*db);
        QVERIFY(answers.saveMembers({ u"m1"_qs }));
        const QList<std::tuple<QString, QString, QJsonValue>> older = {
            { {}, u"application.date"_qs, u"2026-04-15"_qs },
            { {}, u"sponsor.birthDate"_qs, u"1980-02-02"_qs },
            { {}, u"sponsor.arrivedUnaccompanied"_qs, false },
            { {}, u"sponsor.decisionDate"_qs, u"2026-02-20"_qs },
            { {}, u"sponsor.status"_qs, u"refugee"_qs },
            { {}, u"sponsor.country"_qs, u"SY"_qs },
            { u"m1"_qs, u"member.relation"_qs, u"partner"_qs },
            { u"m1"_qs, u"member.birthDate"_qs, u"1984-01-01"_qs },
            { u"m1"_qs, u"member.bondBeforeEntry"_qs, true },
            { u"m1"_qs, u"member.mentionedInAsylum"_qs, true },
        };
        const QList<std::tuple<QString, QString, QJsonValue>> added = {
            { {}, u"case.indDecided"_qs, false },
            { {}, u"sponsor.derivedPermit"_qs, false },
            { {}, u"sponsor.livesWithPartnerInNL"_qs, false },
        };
        for (const auto &[member, question, value] : older)
            QVERIFY(answers.saveAnswer(*pack.question(question), member, value));
        QVERIFY(samen::vault::schema::migrate(*db));
        RulesChangeNotice &notice = m_session->rulesChange();
        notice.setToday(QDate(2026, 12, 6));
        notice.setDatabase(db.get());
        QVERIFY(notice.newQuestions() > 0);
        checkHomeInEveryLanguage(u"rules-questions"_qs);
        for (const auto &[member, question, value] : added)
            QVERIFY(answers.saveAnswer(*pack.question(question), member, value));
        notice.check();
        QCOMPARE(notice.changes().size(), 1);
        checkHomeInEveryLanguage(u"rules-changed"_qs);
        QVERIFY(m_languages->apply(u"en"_qs));
        notice.setDatabase(nullptr);
        QVERIFY(!notice.isVisible());
    }

    void startingAgainAsksFirst()
    {
        m_interview->restart();
        QVERIFY(UiInspector::showPage(m_window, u"interview"_qs));
        answer(u"case.applied"_qs, dontKnow);
        QVERIFY(UiInspector::showPage(m_window, u"eligibility"_qs));
        QVERIFY(findVisible(m_window->contentItem(), u"resumeButton"_qs));
        click(u"restartButton"_qs);
        QTRY_VERIFY(findVisible(m_window->contentItem(), u"confirmCancel"_qs));
        QVERIFY(m_interview->isStarted());
        QVERIFY(findVisible(m_window->contentItem(), u"confirmAction"_qs)->property("danger").toBool());
        click(u"confirmCancel"_qs);
        QTRY_VERIFY(!findVisible(m_window->contentItem(), u"confirmCancel"_qs));
        QVERIFY(m_interview->isStarted());
        click(u"restartButton"_qs);
        QTRY_VERIFY(findVisible(m_window->contentItem(), u"confirmAction"_qs));
        click(u"confirmAction"_qs);
        QVERIFY(!m_interview->isStarted());
        QVERIFY(findVisible(m_window->contentItem(), u"startButton"_qs));
    }

private:
    // Switches through all languages on the result screen: the verdicts are retranslated. With
    // SAMEN_FLOW_SCREENSHOTS=dir set, each language's result screen is saved there to be looked at.
    void resultFollowsTheLanguage(int members)
    {
        QTest::qWait(500); // let the page transition end
        const QString english =
            findVisible(m_window->contentItem(), u"result_m1"_qs)->property("verdict").toString();
        for (const QString &language : { u"ar"_qs, u"ti"_qs, u"fa_AF"_qs, u"nl"_qs, u"en"_qs }) {
            QVERIFY(m_languages->apply(language));
            (void)UiInspector::renderFrame(m_window);
            const QString verdict =
                findVisible(m_window->contentItem(), u"result_m1"_qs)->property("verdict").toString();
            QVERIFY(!verdict.isEmpty());
            const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QCOMPARE(verdict == english, language == u"en"_qs);
            saveScreen(QStringLiteral("result%1").arg(members));
        }
    }

    // Shows the window in every language, checks its layout, and saves it as @p shot (saveScreen);
    // false, with the test failed, at the first language whose layout has a problem.
    bool layoutHoldsInEveryLanguage(const QString &shot)
    {
        for (const QString &language : { u"ar"_qs, u"ti"_qs, u"fa_AF"_qs, u"nl"_qs, u"en"_qs }) {
            [&] {
                QVERIFY(m_languages->apply(language));
                (void)UiInspector::renderFrame(m_window);
                const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
                QVERIFY2(problems.isEmpty(), qPrintable(language + u": "_qs + problems.join(u'\n')));
                saveScreen(shot);
            }();
            if (QTest::currentTestFailed())
                return false;
        }
        return true;
    }

    // With SAMEN_FLOW_SCREENSHOTS=dir set, saves the window as dir/flow-<name>-<language>.png.
    void saveScreen(const QString &name)
    {
        const QString directory = qEnvironmentVariable("SAMEN_FLOW_SCREENSHOTS");
        if (!directory.isEmpty()) {
            QTest::qWait(400); // let the page transition end
            const QString file =
                QStringLiteral("%1/flow-%2-%3.png").arg(directory, name, m_languages->language());
            QVERIFY(UiInspector::renderFrame(m_window).save(file));
        }
    }

    // Types @p text into the year field as a phone keyboard does: one committed character at a time.
    void typeYear(QQuickItem *yearBox, const QString &text)
    {
        auto *editor = qobject_cast<QQuickItem *>(yearBox->property("contentItem").value<QObject *>());
        QVERIFY(editor);
        editor->forceActiveFocus();
        QTRY_VERIFY(editor->hasActiveFocus());
        QVERIFY(QMetaObject::invokeMethod(editor, "clear"));
        for (const QChar c : text) {
            QInputMethodEvent event;
            event.setCommitString(QString(c));
            QCoreApplication::sendEvent(editor, &event);
        }
        QCOMPARE(editor->property("text").toString(), text);
    }

    void click(const QString &name)
    {
        QQuickItem *item = findVisible(m_window->contentItem(), name);
        QVERIFY2(item, qPrintable(name + u" not visible"_qs));
        QVERIFY(item->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(item, "clicked"));
    }

    void answer(const QString &questionId, const QVariant &value)
    {
        QCOMPARE(m_interview->questionId(), questionId);
        if (value == dontKnow) {
            click(u"dontKnowButton"_qs);
        } else if (value.typeId() == QMetaType::Bool) {
            click(value.toBool() ? u"yesButton"_qs : u"noButton"_qs);
        } else if (m_interview->questionKind() == QuestionKind::Date) {
            QQuickItem *picker = findVisible(m_window->contentItem(), u"datePicker"_qs);
            QVERIFY(picker);
            QObject *input = picker->findChild<QObject *>(u"dateInput"_qs);
            QVERIFY(input);
            QVERIFY(input->setProperty("isoDate", value));
            QCOMPARE(input->property("isoDate"), value);
            click(u"nextButton"_qs);
        } else {
            click(u"option_"_qs + value.toString());
        }
        QVERIFY2(m_interview->errorText().isEmpty(), qPrintable(questionId));
    }

    // The question on screen, in every language: no layout fault, its text and "why" shown.
    void checkQuestionInEveryLanguage(const QString &id)
    {
        QVERIFY(findVisible(m_window->contentItem(), u"dontKnowButton"_qs));
        for (const QString &language : { u"ar"_qs, u"ti"_qs, u"fa_AF"_qs, u"nl"_qs, u"en"_qs }) {
            QVERIFY(m_languages->apply(language));
            (void)UiInspector::renderFrame(m_window);
            const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
            QVERIFY2(problems.isEmpty(), qPrintable(id + u": "_qs + problems.join(u'\n')));
            QVERIFY(!m_interview->questionText().isEmpty() && !m_interview->whyText().isEmpty());
            saveScreen(u"q-"_qs + id);
        }
    }

    void checkHomeInEveryLanguage(const QString &name)
    {
        const QSize before = m_window->size();
        for (const QSize &size : Screenshots::phoneSizes()) {
            m_window->resize(size);
            for (const QString &language : { u"ar"_qs, u"ti"_qs, u"fa_AF"_qs, u"nl"_qs, u"en"_qs }) {
                QVERIFY(m_languages->apply(language));
                QVERIFY(UiInspector::showPage(m_window, u"home"_qs));
                (void)UiInspector::renderFrame(m_window);
                QVERIFY(findVisible(m_window->contentItem(), u"rulesChanged"_qs));
                const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
                saveScreen(QStringLiteral("%1-%2").arg(name).arg(size.width()));
            }
        }
        m_window->resize(before);
    }

    // Answers the questions shown with @p answers (yes for yes/no questions not listed) until
    // the "who do you want to bring?" screen.
    // Questions of @p checkFirst are first checked in every language, once each.
    void answerUntilMembers(const Answers &answers, const QStringList &checkFirst = {})
    {
        for (int guard = 0; m_interview->isAsking() && guard < 30; ++guard) {
            const QString id = m_interview->questionId();
            if (checkFirst.contains(id) && !m_seen.contains(id)) {
                m_seen.insert(id);
                checkQuestionInEveryLanguage(id);
                if (QTest::currentTestFailed())
                    return;
            }
            const QVariant value = answers.contains(id) ? answers.value(id) : QVariant(true);
            answer(id, value);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(!m_interview->isAsking());
    }

    QSet<QString> m_seen;
    std::unique_ptr<UiTestSession> m_session;
    LanguageController *m_languages = nullptr;
    InterviewController *m_interview = nullptr;
    QQuickWindow *m_window = nullptr;
};

QTEST_MAIN(TestInterviewFlow)
#include "tst_interviewflow.moc"
