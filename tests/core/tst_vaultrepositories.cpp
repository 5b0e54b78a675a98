#include "support/vaulttestsupport.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/interviewrepository.h"
#include "vault/keptletterrepository.h"
#include "vault/peoplerepository.h"
#include "vault/schema.h"
#include "vault/timelinerepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace samen::dossier;
using namespace samen::vault;

class TestVaultRepositories : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    qint64 addReferent() { return testsupport::addReferent(*m_db); }
    qint64 addMember(qint64 referentId)
    {
        FamilyMember member { 0,        referentId, u"child"_qs, u"ሳባ"_qs, u"Saba"_qs, u"2016-03-09"_qs,
                              u"ET"_qs, {},         {} };
        PeopleRepository people(*m_db);
        return people.save(member) ? member.id : 0;
    }

    qint64 bytesInTable(const char *table)
    {
        const QByteArray column =
            qstrcmp(table, "attachment") == 0 ? "length(data) + length(thumbnail)" : "length(data)";
        Statement statement =
            m_db->prepare(QByteArray("SELECT coalesce(sum(" + column + "), 0) FROM " + table).constData());
        return statement.next() ? statement.integer(0) : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_db = testsupport::freshDatabase(m_dir.filePath(u"db%1"_qs.arg(++m_counter)));
        QVERIFY(m_db);
    }

    void referentsAndMembers()
    {
        PeopleRepository people(*m_db);
        const qint64 referentId = addReferent();
        QVERIFY(referentId > 0);
        Referent referent = *people.referent(referentId);
        QCOMPARE(referent.name, u"أمل"_qs);
        referent.permitDate = u"2025-12-01"_qs;
        QVERIFY(people.save(referent));
        QCOMPARE(people.referents(), QList<Referent> { referent });

        const qint64 memberId = addMember(referentId);
        FamilyMember member = *people.member(memberId);
        QCOMPARE(member.latinName, u"Saba"_qs);
        member.country = u"SD"_qs;
        member.interviewId = u"m2"_qs;
        member.note = u"ملاحظة"_qs;
        QCOMPARE(member.readingLanguage, QString()); // the app's language until one is chosen
        member.readingLanguage = u"ti"_qs;
        QVERIFY(people.save(member));
        QCOMPARE(people.members(referentId), QList<FamilyMember> { member });
        QCOMPARE(people.member(memberId)->readingLanguage, u"ti"_qs);
        QVERIFY(people.removeMember(memberId));
        QVERIFY(!people.removeMember(memberId));
        QVERIFY(people.members(referentId).isEmpty());
        QVERIFY(people.removeReferent(referentId));
        QVERIFY(!people.referent(referentId));
    }

    // A kept letter: stored with its photo and text, listed per member and pack letter without
    // its photo, read whole by id, removed by id and with its member.
    void keptLetters()
    {
        KeptLetterRepository kept(*m_db);
        const qint64 memberId = addMember(addReferent());
        KeptLetter letter { 0,
                            memberId,
                            u"missingItems"_qs,
                            u"2027-01-12"_qs,
                            u"Herstel verzuim\nbinnen vier weken"_qs,
                            QByteArray::fromHex("ffd8ffe0"),
                            u"2027-01-14T09:00:00Z"_qs };
        QVERIFY(kept.add(letter));
        QVERIFY(letter.id > 0);
        QVERIFY(!kept.add(letter)); // already stored
        KeptLetter family {
            0, 0, u"missingItems"_qs, {}, u"Ontvangst"_qs, QByteArray("jpeg"), u"2027-01-15"_qs
        };
        QVERIFY(kept.add(family));
        QCOMPARE(kept.letter(letter.id)->photo, letter.photo);
        QCOMPARE(kept.letter(family.id)->memberId, qint64(0));
        const QList<KeptLetter> listed = kept.lettersOf(memberId, u"missingItems"_qs);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().text, letter.text);
        QCOMPARE(listed.first().letterDate, letter.letterDate);
        QVERIFY(listed.first().photo.isEmpty());
        QCOMPARE(kept.lettersOf(0, u"missingItems"_qs).size(), 1);
        QVERIFY(kept.lettersOf(memberId, u"receipt"_qs).isEmpty());
        KeptLetter unknownMember { 0, 999, u"receipt"_qs, {}, {}, {}, {} };
        QVERIFY(!kept.add(unknownMember));
        QVERIFY(kept.remove(family.id));
        QVERIFY(!kept.remove(family.id));
        QVERIFY(PeopleRepository(*m_db).removeMember(memberId));
        QVERIFY(!kept.letter(letter.id));
    }

    void updatingAMissingRowFails()
    {
        PeopleRepository people(*m_db);
        Referent ghost { 42, u"x"_qs, u"x"_qs, {}, {}, {} };
        QVERIFY(!people.save(ghost));
        FamilyMember orphan { 0, 999, u"child"_qs, u"x"_qs, u"x"_qs, {}, {}, {}, {}, {} };
        QVERIFY(!people.save(orphan)); // foreign key
        const qint64 referentId = addReferent();
        FamilyMember member = *people.member(addMember(referentId));
        FamilyMember moved = member;
        moved.referentId = 999;
        moved.name = u"changed"_qs;
        QVERIFY(!people.save(moved)); // UPDATE OR FAIL still enforces foreign keys
        QCOMPARE(people.member(member.id), std::optional(member));
    }

    void documentsAndAttachments()
    {
        DocumentRepository documents(*m_db);
        const qint64 memberId = addMember(addReferent());
        Document passport { 0,
                            memberId,
                            u"passport"_qs,
                            DocumentStatus::Requested,
                            u"at embassy"_qs,
                            u"2026-01-02T10:00:00Z"_qs };
        QVERIFY(documents.save(passport));
        Document permit {
            0, 0, u"residence-permit"_qs, DocumentStatus::Have, {}, u"2026-01-02T10:00:00Z"_qs
        };
        QVERIFY(documents.save(permit));
        QCOMPARE(documents.documents(memberId), QList<Document> { passport });
        QCOMPARE(documents.documents(0), QList<Document> { permit });
        passport.status = DocumentStatus::Ready;
        QVERIFY(documents.save(passport));
        QCOMPARE(documents.document(passport.id)->status, DocumentStatus::Ready);

        QByteArray photo(300 * 1024, '\0');
        for (int i = 0; i < photo.size(); ++i)
            photo[i] = char(i * 7);
        Attachment scan {
            0,           passport.id,         u"image/jpeg"_qs, photo, u"2026-01-03T08:00:00Z"_qs,
            "thumbnail", u"passport-1.jpg"_qs
        };
        QVERIFY(documents.save(scan));
        QCOMPARE(documents.attachment(scan.id), std::optional(scan));
        QCOMPARE(documents.thumbnail(scan.id), QByteArray("thumbnail"));
        QVERIFY(documents.thumbnail(scan.id + 1).isEmpty());
        QCOMPARE(documents.attachmentIds(passport.id), QList<qint64> { scan.id });
        const auto summaries = documents.attachmentSummaries(passport.id);
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.first().fileName, u"passport-1.jpg"_qs);
        QCOMPARE(documents.documentOf(scan.id), passport.id);
        QCOMPARE(documents.firstDocumentId(), passport.id);
        // The bytes live apart from the row (schema 5): the row itself stays small.
        QCOMPARE(bytesInTable("attachment"), qint64(0));
        QCOMPARE(bytesInTable("attachment_data"), qint64(photo.size()));
        scan.thumbnail.clear();
        QVERIFY(documents.save(scan));
        QVERIFY(documents.thumbnail(scan.id).isEmpty());
        QCOMPARE(documents.attachment(scan.id), std::optional(scan));
        QVERIFY(documents.removeDocument(passport.id));
        QVERIFY(!documents.attachment(scan.id)); // cascaded
        QCOMPARE(bytesInTable("attachment_data"), qint64(0)); // with its bytes
    }

    void aFailedAttachmentSaveStoresNothing()
    {
        DocumentRepository documents(*m_db);
        Attachment orphan { 0,       4242,       u"image/jpeg"_qs, "bytes", u"2026-01-03T08:00:00Z"_qs,
                            "thumb", u"x.jpg"_qs };
        QVERIFY(!documents.save(orphan)); // no such document
        QCOMPARE(orphan.id, qint64(0));
        QCOMPARE(bytesInTable("attachment_data"), qint64(0));
    }

    void documentStatusNamesRoundTrip()
    {
        for (auto status : { DocumentStatus::Missing, DocumentStatus::Requested, DocumentStatus::Have,
                             DocumentStatus::Translated, DocumentStatus::Ready })
            QCOMPARE(documentStatusFromString(statusName(status)), std::optional(status));
        QVERIFY(!documentStatusFromString(u"lost"_qs));
    }

    void stagesDeadlinesAndReminders()
    {
        TimelineRepository timeline(*m_db);
        const qint64 memberId = addMember(addReferent());
        StageEvent decided { 0, memberId, u"decision"_qs, u"2026-05-01"_qs, {} };
        StageEvent filed { 0, memberId, u"application-filed"_qs, u"2026-02-01"_qs, u"online"_qs };
        QVERIFY(timeline.save(decided) && timeline.save(filed));
        QCOMPARE(timeline.stageEvents(memberId), (QList<StageEvent> { filed, decided }));
        QVERIFY(timeline.removeStageEvent(decided.id));

        Deadline window { 0, 0, u"nareis-3-months"_qs, u"2026-02-02"_qs, false, {}, {} };
        Deadline answer { 0, memberId, u"extra-questions"_qs, u"2026-01-15"_qs, false, {}, {} };
        QVERIFY(timeline.save(window) && timeline.save(answer));
        QCOMPARE(timeline.deadlines(), (QList<Deadline> { answer, window }));
        answer.done = true;
        answer.label = u"رسالة"_qs;
        answer.snoozedUntil = u"2026-01-10T09:00:00Z"_qs;
        QVERIFY(timeline.save(answer));
        QCOMPARE(timeline.deadline(answer.id), std::optional(answer));

        Reminder early { 0, window.id, u"2026-01-02T09:00:00Z"_qs, false };
        Reminder late { 0, window.id, u"2026-01-30T09:00:00Z"_qs, false };
        QVERIFY(timeline.save(late) && timeline.save(early));
        QCOMPARE(timeline.pendingReminders(), (QList<Reminder> { early, late }));
        early.dismissed = true;
        QVERIFY(timeline.save(early));
        QCOMPARE(timeline.pendingReminders(), QList<Reminder> { late });
        QVERIFY(timeline.removeDeadline(window.id));
        QVERIFY(timeline.pendingReminders().isEmpty());
        QVERIFY(timeline.removeReminder(early.id) == false);
    }

    void interviewAnswersReplaceEarlierOnes()
    {
        InterviewRepository interview(*m_db);
        InterviewAnswer answer { u"member:1"_qs, u"married-before-flight"_qs, u"unknown"_qs,
                                 u"2026-01-01T00:00:00Z"_qs };
        QVERIFY(interview.save(answer));
        answer.value = u"yes"_qs;
        answer.updatedAt = u"2026-01-02T00:00:00Z"_qs;
        QVERIFY(interview.save(answer));
        const InterviewAnswer other { u"member:1"_qs, u"age"_qs, u"2016-03-09"_qs,
                                      u"2026-01-02T00:00:00Z"_qs };
        QVERIFY(interview.save(other));
        QCOMPARE(interview.answer(u"member:1"_qs, u"married-before-flight"_qs), std::optional(answer));
        QCOMPARE(interview.answers(u"member:1"_qs), (QList<InterviewAnswer> { other, answer }));
        QVERIFY(interview.answers(u"referent"_qs).isEmpty());
        QCOMPARE(interview.removeAnswers(u"member:1"_qs), 2);
        QVERIFY(!interview.answer(u"member:1"_qs, u"age"_qs));
    }
};

QTEST_GUILESS_MAIN(TestVaultRepositories)
#include "tst_vaultrepositories.moc"
