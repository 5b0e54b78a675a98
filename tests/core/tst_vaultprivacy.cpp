#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/interviewrepository.h"
#include "vault/peoplerepository.h"
#include "vault/schema.h"
#include "vault/timelinerepository.h"
#include "vault/vault.h"

#include "support/vaulttestsupport.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace samen::dossier;
using namespace samen::vault;
using namespace samen::vault::testsupport;

namespace {

const QString nameCanary = u"CANARY-name-ሰላም-سلام-7f3a"_qs;
const QString noteCanary = u"CANARY-note-b81c"_qs;
const QString answerCanary = u"CANARY-answer-4d2e"_qs;

QStringList &leakedLines()
{
    static QStringList lines;
    return lines;
}
QtMessageHandler previousHandler = nullptr;

/** Records every log line that carries a canary; the tests fail when there is any. */
void canaryCatcher(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    for (const QString &canary : { nameCanary, noteCanary, answerCanary, u"CANARY"_qs }) {
        if (message.contains(canary))
            leakedLines() << message;
    }
    previousHandler(type, context, message);
}

/** Writes every kind of record, each carrying a canary, through the repositories. */
bool writeCanaries(Database &db)
{
    PeopleRepository people(db);
    Referent referent { 0, nameCanary, nameCanary, u"1990-01-01"_qs, u"ER"_qs, u"2025-10-01"_qs };
    FamilyMember member { 0, 0, u"partner"_qs, nameCanary, nameCanary, {}, u"SD"_qs, {}, {} };
    if (!people.save(referent))
        return false;
    member.referentId = referent.id;
    if (!people.save(member))
        return false;
    DocumentRepository documents(db);
    Document document { 0, member.id, u"passport"_qs, DocumentStatus::Have, noteCanary, {} };
    if (!documents.save(document))
        return false;
    Attachment scan { 0, document.id, u"image/x-portable-pixmap"_qs, canaryImage(1), {}, {}, {} };
    TimelineRepository timeline(db);
    StageEvent stage { 0, member.id, u"application-filed"_qs, u"2026-01-01"_qs, noteCanary };
    const InterviewAnswer answer { u"referent"_qs, u"name-of-partner"_qs, answerCanary, {} };
    return documents.save(scan) && timeline.save(stage) && InterviewRepository(db).save(answer);
}

QList<QByteArray> allNeedles()
{
    QList<QByteArray> needles = encodings(nameCanary) + encodings(noteCanary) + encodings(answerCanary);
    needles += encodings(u"CANARY"_qs);
    return needles + imageNeedles(canaryImage(1));
}

} // namespace

class TestVaultPrivacy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;

    QString folder(const char *name) const { return m_root.filePath(QString::fromLatin1(name)); }
    QStringList scannedFolders() const { return { folder("vault"), folder("tmp"), folder("exports") }; }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *name : { "vault", "tmp", "exports" })
            QVERIFY(QDir().mkpath(folder(name)));
        qputenv("TMPDIR", QFile::encodeName(folder("tmp"))); // before SQLite is first used
        previousHandler = qInstallMessageHandler(canaryCatcher);
        QLoggingCategory::setFilterRules(u"samen.*=true"_qs);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        QCOMPARE(leakedLines(), QStringList());
    }

    void theCatcherAndScannerWork()
    {
        qInfo() << "a line with" << noteCanary;
        QCOMPARE(leakedLines().size(), 2); // the canary and its "CANARY" prefix
        leakedLines().clear();
        const QString plain = folder("tmp") + u"/plain.sqlite"_qs;
        {
            Database::OpenResult result = Database::OpenResult::IoError;
            auto db = Database::open(plain, SecureBytes(), Database::Mode::CreateNew, &result);
            QVERIFY(db && schema::migrate(*db) && writeCanaries(*db));
        }
        QCOMPARE(filesContaining({ folder("tmp") }, encodings(nameCanary)), QStringList { plain });
        QCOMPARE(filesContaining({ folder("tmp") }, imageNeedles(canaryImage(1))), QStringList { plain });
        QVERIFY(QFile::remove(plain));
        QCOMPARE(filesContaining(scannedFolders(), allNeedles()), QStringList());
    }

    void noCanaryInAnyFileOrLogLine()
    {
        const auto created = samen::vault::testsupport::createdVault(folder("vault"));
        QVERIFY(created);
        auto &vault = *created;
        QVERIFY(writeCanaries(*vault.database()));
        // Failing statements must not log their data either.
        FamilyMember orphan { 0, 999, u"child"_qs, nameCanary, nameCanary, {}, {}, {}, {} };
        QVERIFY(!PeopleRepository(*vault.database()).save(orphan));
        QCOMPARE(filesContaining(scannedFolders(), allNeedles()), QStringList()); // unlocked, WAL in use

        const QString backupPath = folder("exports") + u"/samen.backup"_qs;
        QByteArray passphrase("backup passphrase");
        QCOMPARE(vault.exportBackup(backupPath, passphrase), BackupResult::Ok);
        QByteArray wrong("not the passphrase");
        QCOMPARE(vault.importBackup(backupPath, wrong), BackupResult::WrongPassphrase);
        QByteArray right("backup passphrase");
        QCOMPARE(vault.importBackup(backupPath, right), BackupResult::Ok);
        QCOMPARE(PeopleRepository(*vault.database()).referents().first().name, nameCanary);
        QCOMPARE(filesContaining(scannedFolders(), allNeedles()), QStringList());

        vault.lock();
        QByteArray oldPin("135790"), newPin("246802");
        QCOMPARE(vault.changeSecret(oldPin, newPin, SecretKind::Pin).result, Vault::UnlockResult::Ok);
        QByteArray badPin("000000");
        QCOMPARE(vault.unlock(badPin).result, Vault::UnlockResult::WrongSecret);
        QCOMPARE(filesContaining(scannedFolders(), allNeedles()), QStringList());
        QVERIFY(!filesBelow(folder("vault")).isEmpty());
        QVERIFY(leakedLines().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVaultPrivacy)
#include "tst_vaultprivacy.moc"
