#include "rules/case.h"
#include "rules/evaluator.h"
#include "rules/facts.h"
#include "rules/interview.h"
#include "rules/pack.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace samen::rules;

namespace {

// Answers keyed by "questionId" (case and referent) or "questionId#memberIndex".
using Script = QHash<QString, QJsonValue>;

QString keyOf(const InterviewStep &step)
{
    return step.memberIndex < 0 ? step.questionId
                                : step.questionId + u'#' + QString::number(step.memberIndex);
}

} // namespace

class TestInterview : public QObject
{
    Q_OBJECT
private:
    std::optional<RulePack> m_pack;

    // Answers every question the interview asks from @p script; returns the keys asked, in order.
    QStringList drive(QJsonObject &answers, const Script &script)
    {
        const Interview interview(*m_pack);
        QStringList asked;
        while (const auto step = interview.nextQuestion(answers)) {
            const QString key = keyOf(*step);
            if (!script.contains(key) || asked.contains(key)) {
                asked << u"UNEXPECTED "_qs + key;
                break;
            }
            asked << key;
            const AnswerResult result = interview.answer(answers, *step, script.value(key));
            if (!result.error.isEmpty()) {
                asked << u"REFUSED "_qs + result.error;
                break;
            }
            answers = result.answers;
        }
        return asked;
    }

    CaseResult evaluate(const QJsonObject &answers)
    {
        const CaseParseResult parsed = parseCase(answers);
        if (!parsed.value)
            qWarning("%s", qPrintable(parsed.error));
        return Evaluator(*m_pack).evaluate(parsed.value.value_or(Case())).value.value_or(CaseResult());
    }

    static QString outcomeOf(const CaseResult &result, int index)
    {
        return index < result.members.size() ? outcomeName(result.members[index].outcome) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pack = loadPackFile(u":/rules/nl.json"_qs).pack;
        QVERIFY(m_pack);
    }

    void questionsAreGroupedBySubject()
    {
        const Interview interview(*m_pack);
        const auto sponsor = interview.questionsFor(Question::Subject::Sponsor);
        QCOMPARE(sponsor.constFirst()->id, u"sponsor.birthDate"_qs);
        QCOMPARE(interview.questionsFor(Question::Subject::Case).size(), 4);
        QCOMPARE(interview.questionsFor(Question::Subject::Case).constFirst()->id, u"case.applied"_qs);
        const auto member = interview.questionsFor(Question::Subject::Member);
        QCOMPARE(member.constFirst()->id, u"member.relation"_qs);
        QCOMPARE(member.constFirst()->options.size(), knownRelations().size());
        for (const Question *question : sponsor + member)
            QVERIFY(question->allowsUnknown);
    }

    void asylumDateIsAskedOnlyForThoseWhoCameAlone()
    {
        const Interview interview(*m_pack);
        QJsonObject answers { { u"today"_qs, u"2026-03-01"_qs } };
        answers.insert(u"sponsor"_qs, QJsonObject { { u"arrivedUnaccompanied"_qs, false } });
        auto ids = [&] {
            QStringList list;
            for (const auto &step : interview.steps(answers))
                list << step.questionId;
            return list;
        };
        QVERIFY(!ids().contains(u"sponsor.asylumApplicationDate"_qs));
        answers.insert(u"sponsor"_qs, QJsonObject { { u"arrivedUnaccompanied"_qs, true } });
        QVERIFY(ids().contains(u"sponsor.asylumApplicationDate"_qs));
        answers.insert(u"sponsor"_qs, QJsonObject { { u"arrivedUnaccompanied"_qs, QJsonValue() } });
        QVERIFY2(ids().contains(u"sponsor.asylumApplicationDate"_qs), "unknown means: ask");
    }

    void unknownIsAnAnswerAndBackKeepsAnswers()
    {
        const Interview interview(*m_pack);
        QJsonObject answers { { u"today"_qs, u"2026-03-01"_qs } };
        const auto applied = interview.nextQuestion(answers);
        QCOMPARE(applied->questionId, u"case.applied"_qs);
        answers = interview.answer(answers, *applied, true).answers;
        const auto first = interview.nextQuestion(answers);
        QVERIFY(first);
        QCOMPARE(first->questionId, u"application.date"_qs);
        answers = interview.answer(answers, *first, u"2026-03-01"_qs).answers;
        const auto second = interview.nextQuestion(answers);
        QCOMPARE(second->questionId, u"sponsor.birthDate"_qs);
        answers = interview.answer(answers, *second, QJsonValue()).answers;
        QVERIFY(interview.isAnswered(answers, *second));
        QVERIFY(interview.answerOf(answers, *second).isNull());
        const auto third = interview.nextQuestion(answers);
        QCOMPARE(interview.previousQuestion(answers, *third), second);
        QCOMPARE(interview.previousQuestion(answers, *first), applied);
        QCOMPARE(interview.previousQuestion(answers, *applied), std::nullopt);
        QCOMPARE(interview.answerOf(answers, *first).toString(), u"2026-03-01"_qs);
    }

    void answersThatDoNotFitAreRefused()
    {
        const Interview interview(*m_pack);
        QJsonObject answers { { u"today"_qs, u"2026-03-01"_qs },
                              { u"applicationDate"_qs, u"2026-03-01"_qs } };
        const InterviewStep birth { u"sponsor.birthDate"_qs, -1 };
        QCOMPARE(interview.answer(answers, birth, u"2025-02-30"_qs).error, u"birthDate: expected a date"_qs);
        QCOMPARE(interview.answer(answers, birth, true).error, u"birthDate: expected a date"_qs);
        QCOMPARE(interview.answer(answers, birth, u"2027-01-01"_qs).error,
                 u"sponsor.birthDate: after the application date"_qs);
        const InterviewStep status { u"sponsor.status"_qs, -1 };
        QCOMPARE(interview.answer(answers, status, u"c"_qs).error, u"status: not one of the options"_qs);
        const InterviewStep relation { u"member.relation"_qs, 0 };
        QVERIFY(!interview.answer(answers, relation, u"spouse"_qs).error.isEmpty());
        answers = Interview::addMember(answers, u"m1"_qs);
        QVERIFY(interview.answer(answers, relation, u"spouse"_qs).error.isEmpty());
    }

    void partnerQuestionsOnlyWithMoreThanOnePartner()
    {
        const Interview interview(*m_pack);
        QJsonObject answers { { u"today"_qs, u"2026-03-01"_qs } };
        QJsonArray members { QJsonObject { { u"id"_qs, u"m1"_qs }, { u"relation"_qs, u"spouse"_qs } },
                             QJsonObject { { u"id"_qs, u"c1"_qs }, { u"relation"_qs, u"child"_qs } } };
        answers.insert(u"members"_qs, members);
        auto has = [&](const QString &id, int index) {
            return interview.steps(answers).contains(InterviewStep { id, index });
        };
        QVERIFY(!has(u"member.chosenPartner"_qs, 0));
        QVERIFY(has(u"member.parentId"_qs, 1));
        QCOMPARE(interview.optionsFor(answers, { u"member.parentId"_qs, 1 }),
                 QStringList({ u"m1"_qs, otherParentId }));
        members.append(QJsonObject { { u"id"_qs, u"m2"_qs }, { u"relation"_qs, u"spouse"_qs } });
        answers.insert(u"members"_qs, members);
        QVERIFY(has(u"member.chosenPartner"_qs, 0));
        QVERIFY(has(u"member.parentId"_qs, 1));
        QCOMPARE(interview.optionsFor(answers, { u"member.parentId"_qs, 1 }),
                 QStringList({ u"m1"_qs, u"m2"_qs, otherParentId }));
    }

    // The review's questions that did not fit the person (P1-13), as a table: which member
    // questions each household asks about the person in the last column.
    void questionsFitThePerson_data()
    {
        QTest::addColumn<QJsonArray>("members");
        QTest::addColumn<QStringList>("asked");
        QTest::addColumn<QStringList>("notAsked");
        const auto person = [](const QString &id, const QString &relation, const QString &birth,
                               const QJsonObject &more = {}) {
            QJsonObject member = more;
            member.insert(u"id"_qs, id);
            member.insert(u"relation"_qs, relation);
            member.insert(u"birthDate"_qs, birth);
            return member;
        };
        const QString partnerBond = u"member.bondBeforeEntry"_qs;
        const QString childBond = u"member.childBondBeforeEntry"_qs;
        const QString staysBehind = u"member.otherParentStaysBehind"_qs;
        const QString parent = u"member.parentId"_qs;
        QTest::newRow("a child alone: its bond, the other parent stays behind?")
            << QJsonArray { person(u"c1"_qs, u"child"_qs, u"2014-01-01"_qs) }
            << QStringList { childBond, staysBehind } << QStringList { partnerBond, parent };
        QTest::newRow("a husband: were you married before, never a child's questions")
            << QJsonArray { person(u"m1"_qs, u"spouse"_qs, u"1985-01-01"_qs) } << QStringList { partnerBond }
            << QStringList { childBond, staysBehind, parent };
        QTest::newRow("child of the husband in this application: no 'stays behind'") << QJsonArray {
            person(u"m1"_qs, u"spouse"_qs, u"1985-01-01"_qs),
            person(u"c1"_qs, u"child"_qs, u"2014-01-01"_qs, { { u"parentId"_qs, u"m1"_qs } })
        } << QStringList { childBond, parent } << QStringList { partnerBond, staysBehind };
        QTest::newRow("child of someone not in this application: 'stays behind' asked") << QJsonArray {
            person(u"m1"_qs, u"spouse"_qs, u"1985-01-01"_qs),
            person(u"c1"_qs, u"child"_qs, u"2014-01-01"_qs, { { u"parentId"_qs, u"other"_qs } })
        } << QStringList { childBond, parent, staysBehind } << QStringList { partnerBond };
        QTest::newRow("an unmarried partner's child from the partner: no 'stays behind'") << QJsonArray {
            person(u"m1"_qs, u"partner"_qs, u"1985-01-01"_qs),
            person(u"c1"_qs, u"child"_qs, u"2014-01-01"_qs, { { u"parentId"_qs, u"m1"_qs } })
        } << QStringList { childBond } << QStringList { partnerBond, staysBehind };
    }

    void questionsFitThePerson()
    {
        QFETCH(QJsonArray, members);
        QFETCH(QStringList, asked);
        QFETCH(QStringList, notAsked);
        const Interview interview(*m_pack);
        const QJsonObject answers { { u"today"_qs, u"2026-12-06"_qs },
                                    { u"applied"_qs, false },
                                    { u"sponsor"_qs, QJsonObject { { u"birthDate"_qs, u"1990-06-15"_qs } } },
                                    { u"members"_qs, members } };
        const int last = int(members.size()) - 1;
        QStringList questions;
        for (const auto &step : interview.steps(answers)) {
            if (step.memberIndex == last)
                questions << step.questionId;
        }
        for (const QString &id : asked)
            QVERIFY2(questions.contains(id), qPrintable(id + u" not asked: "_qs + questions.join(u", ")));
        for (const QString &id : notAsked)
            QVERIFY2(!questions.contains(id), qPrintable(id + u" asked: "_qs + questions.join(u", ")));
        QVERIFY(parseCase(answers).value);
    }

    // "Someone else" as the other parent: the tables still decide (no advice for an unknown
    // parent), and an unknown id is still refused.
    void aParentOutsideTheApplicationIsAnAnswer()
    {
        QJsonObject answers { { u"today"_qs, u"2026-12-06"_qs } };
        QJsonArray members { QJsonObject { { u"id"_qs, u"m1"_qs }, { u"relation"_qs, u"spouse"_qs } },
                             QJsonObject { { u"id"_qs, u"c1"_qs },
                                           { u"relation"_qs, u"child"_qs },
                                           { u"parentId"_qs, u"other"_qs } } };
        answers.insert(u"members"_qs, members);
        const auto parsed = parseCase(answers);
        QVERIFY2(parsed.value, qPrintable(parsed.error));
        const Facts facts = factsFor(*m_pack, *parsed.value, &parsed.value->members[1]);
        QCOMPARE(facts.value(u"parentRelation"_qs).toString(), u"other"_qs);
        QCOMPARE(facts.value(u"parentNotChosen"_qs).toBool(), false);
        members.replace(1,
                        QJsonObject { { u"id"_qs, u"c1"_qs },
                                      { u"relation"_qs, u"child"_qs },
                                      { u"parentId"_qs, u"x9"_qs } });
        answers.insert(u"members"_qs, members);
        QVERIFY(!parseCase(answers).value);
    }

    void familyWithSpouseAndChildren()
    {
        QJsonObject answers { { u"today"_qs, u"2026-03-01"_qs } };
        answers = Interview::addMember(answers, u"m1"_qs);
        answers = Interview::addMember(answers, u"c1"_qs);
        answers = Interview::addMember(answers, u"c2"_qs);
        const Script script {
            { u"case.applied"_qs, true },
            { u"application.date"_qs, u"2026-03-01"_qs },
            { u"sponsor.birthDate"_qs, u"1990-01-01"_qs },
            { u"sponsor.arrivedUnaccompanied"_qs, false },
            { u"sponsor.decisionDate"_qs, u"2026-01-10"_qs },
            { u"sponsor.status"_qs, u"refugee"_qs },
            { u"sponsor.derivedPermit"_qs, false },
            { u"sponsor.country"_qs, u"SY"_qs },
            { u"member.relation#0"_qs, u"spouse"_qs },
            { u"sponsor.livesWithPartnerInNL"_qs, false },
            { u"member.birthDate#0"_qs, u"1992-05-05"_qs },
            { u"member.bondBeforeEntry#0"_qs, true },
            { u"member.mentionedInAsylum#0"_qs, true },
            { u"member.relation#1"_qs, u"child"_qs },
            { u"member.birthDate#1"_qs, u"2016-04-01"_qs },
            { u"member.childBondBeforeEntry#1"_qs, true },
            { u"member.parentId#1"_qs, u"m1"_qs },
            { u"member.mentionedInAsylum#1"_qs, true },
            { u"member.relation#2"_qs, u"child"_qs },
            { u"member.birthDate#2"_qs, u"2005-09-01"_qs },
            { u"sponsor.asylumApplicationDate"_qs, u"2023-06-01"_qs },
            { u"member.childBondBeforeEntry#2"_qs, true },
            { u"member.parentId#2"_qs, u"m1"_qs },
            { u"member.married#2"_qs, false },
            { u"member.ownPartner#2"_qs, false },
            { u"member.mentionedInAsylum#2"_qs, true },
        };
        const QStringList asked = drive(answers, script);
        QCOMPARE(asked.size(), script.size());
        const CaseResult result = evaluate(answers);
        QCOMPARE(result.regime, u"nl-2023"_qs);
        QCOMPARE(result.window->date, QDate(2026, 4, 10));
        QCOMPARE(outcomeOf(result, 0), u"nareis"_qs);
        QCOMPARE(outcomeOf(result, 1), u"nareis"_qs);
        QCOMPARE(outcomeOf(result, 2), u"nareis"_qs);
        QCOMPARE(result.members[2].rules, QStringList { u"child.adult.c279"_qs });
    }

    void unaccompaniedMinorWithParentsAndSiblings()
    {
        QJsonObject answers { { u"today"_qs, u"2026-03-01"_qs } };
        for (const auto *id : { "p1", "s1", "s2" })
            answers = Interview::addMember(answers, QString::fromLatin1(id));
        const Script script {
            { u"case.applied"_qs, true },
            { u"application.date"_qs, u"2026-03-01"_qs },
            { u"sponsor.birthDate"_qs, u"2008-05-01"_qs },
            { u"sponsor.arrivedUnaccompanied"_qs, true },
            { u"sponsor.asylumApplicationDate"_qs, u"2024-03-01"_qs },
            { u"sponsor.decisionDate"_qs, u"2026-01-10"_qs },
            { u"sponsor.status"_qs, QJsonValue() },
            { u"sponsor.derivedPermit"_qs, false },
            { u"sponsor.ownFamilyInNL"_qs, false },
            { u"sponsor.country"_qs, u"ER"_qs },
            { u"member.relation#0"_qs, u"parent"_qs },
            { u"member.birthDate#0"_qs, u"1975-01-01"_qs },
            { u"member.mentionedInAsylum#0"_qs, true },
            { u"member.relation#1"_qs, u"sibling"_qs },
            { u"member.birthDate#1"_qs, u"2013-01-01"_qs },
            { u"member.mentionedInAsylum#1"_qs, true },
            { u"member.relation#2"_qs, u"sibling"_qs },
            { u"member.birthDate#2"_qs, u"2004-01-01"_qs },
            { u"member.mentionedInAsylum#2"_qs, true },
        };
        const QStringList asked = drive(answers, script);
        QCOMPARE(asked.size(), script.size());
        const CaseResult result = evaluate(answers);
        QCOMPARE(outcomeOf(result, 0), u"nareis"_qs);
        QCOMPARE(outcomeOf(result, 1), u"nareis"_qs);
        QCOMPARE(outcomeOf(result, 2), u"advice"_qs);
        QCOMPARE(result.members[2].rules, QStringList { u"amv.sibling.adult"_qs });
    }

    void subsidiaryProtectionUnderTheNewLawWaits()
    {
        QJsonObject answers { { u"today"_qs, u"2026-07-01"_qs } };
        answers = Interview::addMember(answers, u"m1"_qs);
        answers = Interview::addMember(answers, u"c1"_qs);
        const Script script {
            { u"case.applied"_qs, true },
            { u"application.date"_qs, u"2026-07-01"_qs },
            { u"sponsor.birthDate"_qs, u"1985-01-01"_qs },
            { u"sponsor.arrivedUnaccompanied"_qs, false },
            { u"sponsor.decisionDate"_qs, u"2026-05-01"_qs },
            { u"sponsor.status"_qs, u"subsidiary"_qs },
            { u"sponsor.derivedPermit"_qs, false },
            { u"sponsor.country"_qs, u"AF"_qs },
            { u"member.relation#0"_qs, u"spouse"_qs },
            { u"sponsor.livesWithPartnerInNL"_qs, false },
            { u"member.birthDate#0"_qs, u"1987-01-01"_qs },
            { u"member.bondBeforeEntry#0"_qs, true },
            { u"member.marriageRegistered#0"_qs, true },
            { u"member.mentionedInAsylum#0"_qs, true },
            { u"member.relation#1"_qs, u"child"_qs },
            { u"member.birthDate#1"_qs, QJsonValue() },
            { u"member.childBondBeforeEntry#1"_qs, true },
            { u"member.parentId#1"_qs, u"other"_qs },
            { u"member.married#1"_qs, QJsonValue() },
            { u"member.ownPartner#1"_qs, QJsonValue() },
            { u"member.otherParentStaysBehind#1"_qs, false },
            { u"member.mentionedInAsylum#1"_qs, true },
        };
        const QStringList asked = drive(answers, script);
        QCOMPARE(asked.size(), script.size());
        const CaseResult result = evaluate(answers);
        QCOMPARE(result.regime, u"nl-2026"_qs);
        QCOMPARE(outcomeOf(result, 0), u"wait"_qs);
        QCOMPARE(result.members[0].earliest, QDate(2028, 5, 1));
        QCOMPARE(outcomeOf(result, 1), u"advice"_qs); // a child of unknown age may be an adult: no wait date
        QCOMPARE(result.members[1].rules, QStringList { u"unknown.age"_qs });
    }
};

QTEST_GUILESS_MAIN(TestInterview)
#include "tst_interview.moc"
