#pragma once

// Answers the eligibility interview the way the tests of the interview and the family need it.

#include "interview/interviewcontroller.h"

#include <QHash>
#include <QTest>

namespace interviewsteps {

/** Not applied yet (today counts), born 1985, not alone, the given decision date and status, @p country. */
inline void answerReferent(InterviewController &controller, const QString &decisionDate,
                           const QString &status, const QString &country = QStringLiteral("SY"))
{
    controller.start();
    QCOMPARE(controller.questionId(), u"case.applied"_qs);
    QVERIFY(controller.answer(false));
    QVERIFY(controller.answer(u"1985-05-01"_qs));
    QVERIFY(controller.answer(false));
    QCOMPARE(controller.questionId(), u"sponsor.decisionDate"_qs);
    QVERIFY(controller.answer(decisionDate));
    QVERIFY(controller.answer(status));
    QCOMPARE(controller.questionId(), u"sponsor.derivedPermit"_qs);
    QVERIFY(controller.answer(false));
    QVERIFY(controller.answer(country));
}

/**
 * Answers the member's questions: dates from @p dates, yes/no questions with yes (no for
 * otherParentStaysBehind unless @p otherParentStaysBehind, and no for married, ownPartner and the
 * referent's questions about a derived permit, a new partner or an own family in the Netherlands).
 * A child's other parent is the first partner added, or with @p otherParentStaysBehind someone
 * who is not in the application. With @p count >= 0, answers only that many questions.
 */
inline void answerAll(InterviewController &controller, const QHash<QString, QString> &dates,
                      bool otherParentStaysBehind = false, int count = -1)
{
    for (int answered = 0; controller.isAsking() && answered != count; ++answered) {
        const QString id = controller.questionId();
        if (controller.questionKind() == QuestionKind::Date) {
            QVERIFY2(controller.answer(dates.value(id)), qPrintable(id));
        } else if (id == u"member.parentId") {
            const QString other = u"other"_qs;
            const QString first = controller.options().constFirst().toMap().value(u"value"_qs).toString();
            QVERIFY2(controller.answer(otherParentStaysBehind ? other : first), qPrintable(id));
        } else {
            const bool no = (id == u"member.otherParentStaysBehind" && !otherParentStaysBehind) ||
                id == u"member.married" || id == u"member.ownPartner" || id == u"sponsor.derivedPermit" ||
                id == u"sponsor.livesWithPartnerInNL" || id == u"sponsor.ownFamilyInNL";
            QVERIFY2(controller.answer(!no), qPrintable(id));
        }
    }
}

} // namespace interviewsteps
