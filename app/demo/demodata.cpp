#include "demo/demodata.h"

namespace samen::demo::data {

namespace {

QJsonValue iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QList<Answer> memberAnswers(const QString &relation, QDate birthDate, QList<Answer> more)
{
    QList<Answer> answers { { u"member.relation"_qs, relation }, { u"member.birthDate"_qs, iso(birthDate) } };
    answers.append(more);
    answers.append({ u"member.mentionedInAsylum"_qs, true });
    return answers;
}

DemoMember member(const QString &id, const QString &relation, const QString &name, const QString &latinName,
                  QDate birthDate, QList<Answer> more = {})
{
    return { id, name, latinName, birthDate, memberAnswers(relation, birthDate, std::move(more)),
             {}, {},   {},        {} };
}

DemoHousehold syria(QDate today)
{
    const QDate decision = today.addDays(-40);
    const QDate filed = today.addDays(-10);
    DemoHousehold household;
    household.referent = { 0,
                           u"محمد الحسن"_qs,
                           u"Mohammed Al-Hassan"_qs,
                           iso(today.addYears(-42).addDays(-75)).toString(),
                           u"SY"_qs,
                           iso(decision).toString() };
    household.answers = { { u"case.applied"_qs, true },
                          { u"application.date"_qs, iso(filed) },
                          { u"sponsor.birthDate"_qs, iso(today.addYears(-42).addDays(-75)) },
                          { u"sponsor.arrivedUnaccompanied"_qs, false },
                          { u"sponsor.decisionDate"_qs, iso(decision) },
                          { u"sponsor.asylumApplicationDate"_qs, iso(today.addYears(-1).addDays(-30)) },
                          { u"sponsor.status"_qs, u"refugee"_qs },
                          { u"sponsor.derivedPermit"_qs, false },
                          { u"sponsor.livesWithPartnerInNL"_qs, false },
                          { u"sponsor.country"_qs, u"SY"_qs } };
    const QList<Answer> bond { { u"member.bondBeforeEntry"_qs, true },
                               { u"member.marriageRegistered"_qs, true } };
    const QList<Answer> minor { { u"member.childBondBeforeEntry"_qs, true },
                                { u"member.parentId"_qs, u"m1"_qs } };
    DemoMember wife = member(u"m1"_qs, u"spouse"_qs, u"فاطمة الحسن"_qs, u"Fatima Al-Hassan"_qs,
                             today.addYears(-38).addDays(-20), bond);
    DemoMember omar =
        member(u"m2"_qs, u"child"_qs, u"عمر الحسن"_qs, u"Omar Al-Hassan"_qs, today.addYears(-19).addDays(-50),
               { { u"member.childBondBeforeEntry"_qs, true },
                 { u"member.parentId"_qs, u"m1"_qs },
                 { u"member.married"_qs, false },
                 { u"member.ownPartner"_qs, false } });
    DemoMember lina = member(u"m3"_qs, u"child"_qs, u"لينا الحسن"_qs, u"Lina Al-Hassan"_qs,
                             today.addYears(-12).addDays(-130), minor);
    DemoMember yusuf = member(u"m4"_qs, u"child"_qs, u"يوسف الحسن"_qs, u"Yusuf Al-Hassan"_qs,
                              today.addYears(-7).addDays(-10), minor);
    wife.note = u"Lives with the children in Gaziantep (Turkey). Phone via her brother."_qs;
    omar.note = u"عمر يعيش مع أمه ويدرس. نسأل المحامي."_qs;
    for (DemoMember *filedFor : { &wife, &lina, &yusuf })
        filedFor->stages = { { u"applicationFiled"_qs, filed } };
    wife.documents = { { u"identity"_qs, DocumentStatus::Ready },
                       { u"marriageCertificate"_qs, DocumentStatus::Translated },
                       { u"policeRecord"_qs, DocumentStatus::Requested } };
    wife.documentNotes = { { u"marriageCertificate"_qs, u"Original is in Damascus with my cousin."_qs } };
    omar.documents = { { u"identity"_qs, DocumentStatus::Have } };
    lina.documents = { { u"identity"_qs, DocumentStatus::Ready },
                       { u"birthCertificate"_qs, DocumentStatus::Ready } };
    yusuf.documents = { { u"birthCertificate"_qs, DocumentStatus::Have } };
    household.members = { wife, omar, lina, yusuf };
    household.letters = { { u"m1"_qs, u"IND letter: send a copy of the family booklet"_qs,
                            today.addDays(12) } };
    return household;
}

DemoHousehold eritrea(QDate today)
{
    const QDate birth = today.addYears(-17).addDays(-100); // still a minor, and alone here
    const QDate asylum = today.addYears(-1).addDays(-20);
    const QDate decision = today.addDays(-150);
    const QDate filed = today.addDays(-120);
    const QDate granted = today.addDays(-25);
    const QDate mvv = today.addDays(-6);
    DemoHousehold household;
    household.referent = { 0,        u"ዳዊት ተስፋይ"_qs,          u"Dawit Tesfay"_qs, iso(birth).toString(),
                           u"ER"_qs, iso(decision).toString() };
    household.answers = { { u"case.applied"_qs, true },
                          { u"application.date"_qs, iso(filed) },
                          { u"sponsor.birthDate"_qs, iso(birth) },
                          { u"sponsor.arrivedUnaccompanied"_qs, true },
                          { u"sponsor.asylumApplicationDate"_qs, iso(asylum) },
                          { u"sponsor.decisionDate"_qs, iso(decision) },
                          { u"sponsor.status"_qs, u"refugee"_qs },
                          { u"sponsor.derivedPermit"_qs, false },
                          { u"sponsor.ownFamilyInNL"_qs, false },
                          { u"sponsor.country"_qs, u"ER"_qs } };
    DemoMember father = member(u"m1"_qs, u"parent"_qs, u"ተስፋይ ገብረሚካኤል"_qs, u"Tesfay Gebremichael"_qs,
                               today.addYears(-49).addDays(-200));
    DemoMember mother =
        member(u"m2"_qs, u"parent"_qs, u"ሳባ ኪዳነ"_qs, u"Saba Kidane"_qs, today.addYears(-44).addDays(-31));
    DemoMember sister =
        member(u"m3"_qs, u"sibling"_qs, u"ሄለን ተስፋይ"_qs, u"Helen Tesfay"_qs, today.addYears(-12).addDays(-77));
    const QList<Stage> common { { u"applicationFiled"_qs, filed },
                                { u"moreQuestions"_qs, filed.addDays(45) },
                                { u"granted"_qs, granted } };
    father.stages = common;
    mother.stages = common + QList<Stage> { { u"mvvIssued"_qs, mvv } };
    sister.stages = mother.stages;
    father.note = u"Still in Khartoum. Needs a new passport before the embassy visit."_qs;
    sister.note = u"ሄለን ምስ ኣደይ እያ ዘላ።"_qs;
    father.documents = { { u"identity"_qs, DocumentStatus::Requested },
                         { u"birthCertificate"_qs, DocumentStatus::Ready } };
    father.documentNotes = { { u"identity"_qs, u"Passport appointment at the embassy in 3 weeks."_qs } };
    mother.documents = { { u"identity"_qs, DocumentStatus::Ready },
                         { u"birthCertificate"_qs, DocumentStatus::Ready },
                         { u"maritalStatus"_qs, DocumentStatus::Translated } };
    sister.documents = { { u"identity"_qs, DocumentStatus::Ready },
                         { u"birthCertificate"_qs, DocumentStatus::Have } };
    household.members = { father, mother, sister };
    household.letters = { { u"m1"_qs, u"Bring the new passport to the embassy in Addis Ababa"_qs,
                            today.addDays(20) } };
    return household;
}

} // namespace

DemoHousehold household(Household household, QDate today)
{
    return household == Household::Syria ? syria(today) : eritrea(today);
}

} // namespace samen::demo::data
