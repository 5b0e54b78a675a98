#include "family/membertitle.h"

#include "locale/numberformatter.h"
#include "texts/interviewtexts.h"

#include <QCoreApplication>

QString memberTitle(const samen::dossier::FamilyMember &member,
                    const QList<samen::dossier::FamilyMember> &all, const QString &language)
{
    if (!member.name.trimmed().isEmpty())
        return member.name.trimmed();
    if (!member.latinName.trimmed().isEmpty())
        return member.latinName.trimmed();
    const QString noun = member.relation.isEmpty()
        ? QCoreApplication::translate("InterviewTexts", "Family member")
        : InterviewTexts::relationNoun(member.relation);
    int same = 0;
    int position = 0;
    for (const samen::dossier::FamilyMember &other : all) {
        if (other.relation == member.relation) {
            ++same;
            position += other.id <= member.id ? 1 : 0;
        }
    }
    if (same < 2)
        return noun;
    return noun + u' ' + samen::locale::NumberFormatter::forLanguage(language).formatDigits(position);
}
