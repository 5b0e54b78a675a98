#include "family/familyverdicts.h"

#include "rules/case.h"
#include "vault/answerstore.h"

FamilyVerdicts FamilyVerdicts::evaluate(samen::vault::Database &db, const samen::rules::RulePack &pack,
                                        QDate today)
{
    QJsonObject answers = samen::vault::AnswerStore(db).load(pack);
    answers.insert(u"today"_qs, today.toString(Qt::ISODate));
    const auto parsed = samen::rules::parseCase(answers);
    if (!parsed.value)
        return {};
    const auto evaluation = samen::rules::Evaluator(pack).evaluate(*parsed.value);
    if (!evaluation.value)
        return {};
    FamilyVerdicts verdicts;
    verdicts.country = parsed.value->sponsor.country;
    // Sent on a day not known: sent all the same (no "apply before they turn 18").
    verdicts.applicationDate = parsed.value->applicationDateKnown ? parsed.value->applicationDate : QDate();
    for (const auto &member : parsed.value->members) {
        if (member.birthDate)
            verdicts.birthDates.insert(member.id, *member.birthDate);
    }
    for (const auto &member : evaluation.value->members)
        verdicts.members.insert(member.id, member);
    return verdicts;
}

std::optional<QDate> FamilyVerdicts::turns18Soon(const QString &interviewId, QDate today) const
{
    const QDate birth = birthDates.value(interviewId);
    if (!birth.isValid() || !applicationDate.isValid() || applicationDate < today)
        return std::nullopt;
    const QDate adult = birth.addYears(18);
    if (adult <= today || adult > today.addYears(1))
        return std::nullopt;
    return adult;
}
