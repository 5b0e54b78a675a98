// Child process for the kill -9 tests of the vault (tst_vaultcrash). Usage:
//   samen_vault_helper commit <folder> <pin>           commits numbered transactions forever,
//                                                      printing each number once committed
//   samen_vault_helper change <folder> <old> <new> <n> changes the PIN, SIGKILLs itself at the
//                                                      n-th crash point (0: never)
//   samen_vault_helper renew <folder> <old> <new> <n>  the same, renewing the data key too
//   samen_vault_helper unlock <folder> <pin> <n>       unlocks, same kill rule
//   samen_vault_helper erase <folder> <n>              erases, same kill rule
//   samen_vault_helper restore <folder> <pin> <backup> <n>
//                                                      unlocks, prints "unlocked", restores the
//                                                      backup (passphrase "backup passphrase"),
//                                                      same kill rule from the restore on
//   samen_vault_helper migrate <file> <key hex>        migrates the database file to the latest
//                                                      schema, SIGKILLs itself after the first
//                                                      step ran, before its commit
// Exit codes: 0 done, 2 usage, 3 vault refused.

#include "vault/crashpoint.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/interviewrepository.h"
#include "vault/schema.h"
#include "vault/vault.h"

#include "vaulttestsupport.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace samen::dossier;
using namespace samen::vault;

namespace {

void killAtHit(int hit)
{
    static int seen = 0;
    static int target = 0;
    target = hit;
    if (target > 0)
        setCrashHook([](CrashPoint point) {
            // The steps of the operation itself; a schema migration inside it (a restore builds
            // its database at the latest schema) has its own kill test ("migrate").
            if (point != CrashPoint::MigrationStepRan && ++seen == target)
                std::raise(SIGKILL);
        });
}

qint64 documentFor(Database &db)
{
    DocumentRepository documents(db);
    const auto existing = documents.documents(0);
    if (!existing.isEmpty())
        return existing.first().id;
    Document document { 0, 0, u"passport"_qs, DocumentStatus::Have, {}, u"2026-01-01T00:00:00Z"_qs };
    return documents.save(document) ? document.id : 0;
}

int nextNumber(Database &db)
{
    Statement statement = db.prepare("SELECT count(*) FROM interview_answer WHERE subject_id = 'crash'");
    return statement.next() ? int(statement.integer(0)) : 0;
}

bool commitOne(Database &db, qint64 documentId, int n)
{
    Transaction transaction(db);
    InterviewRepository interview(db);
    const InterviewAnswer answer { u"crash"_qs, u"q%1"_qs.arg(n, 6, 10, QLatin1Char('0')),
                                   u"CANARY-crash-value-%1"_qs.arg(n), u"2026-01-01T00:00:00Z"_qs };
    if (!interview.save(answer))
        return false;
    if (n % 5 == 0) {
        Attachment scan { 0,  documentId, u"image/x-portable-pixmap"_qs, testsupport::canaryImage(n % 3), {},
                          {}, {} };
        if (!DocumentRepository(db).save(scan))
            return false;
    }
    return transaction.commit();
}

int commitForever(const QString &folder, QByteArray pin)
{
    Vault vault(testsupport::testOptions(folder));
    if (vault.unlock(pin).result != Vault::UnlockResult::Ok)
        return 3;
    Database &db = *vault.database();
    const qint64 documentId = documentFor(db);
    for (int n = nextNumber(db);; ++n) {
        if (!commitOne(db, documentId, n))
            return 3;
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}

int restore(const QString &folder, QByteArray pin, const QString &backup, int hit)
{
    Vault vault(testsupport::testOptions(folder));
    if (vault.unlock(pin).result != Vault::UnlockResult::Ok)
        return 3;
    std::printf("unlocked\n");
    std::fflush(stdout);
    killAtHit(hit);
    QByteArray passphrase("backup passphrase");
    return vault.importBackup(backup, passphrase) == BackupResult::Ok ? 0 : 3;
}

int migrateUntilKilled(const QString &file, const QByteArray &keyHex)
{
    const QByteArray key = QByteArray::fromHex(keyHex);
    Database::OpenResult result = Database::OpenResult::IoError;
    auto db = Database::open(file, SecureBytes(key.constData(), std::size_t(key.size())),
                             Database::Mode::ExistingOnly, &result);
    if (!db)
        return 3;
    setCrashHook([](CrashPoint point) {
        if (point == CrashPoint::MigrationStepRan)
            std::raise(SIGKILL);
    });
    return schema::migrate(*db) ? 0 : 3;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == u"commit")
        return commitForever(args[2], args[3].toUtf8());
    if (args.size() == 6 && args[1] == u"change") {
        Vault vault(testsupport::testOptions(args[2]));
        QByteArray oldPin = args[3].toUtf8(), newPin = args[4].toUtf8();
        killAtHit(args[5].toInt());
        return vault.changeSecret(oldPin, newPin, SecretKind::Pin).result == Vault::UnlockResult::Ok ? 0 : 3;
    }
    if (args.size() == 6 && args[1] == u"renew") {
        Vault vault(testsupport::testOptions(args[2]));
        QByteArray oldPin = args[3].toUtf8(), newPin = args[4].toUtf8();
        killAtHit(args[5].toInt());
        return vault.changeSecret(oldPin, newPin, SecretKind::Pin, true).result == Vault::UnlockResult::Ok
            ? 0
            : 3;
    }
    if (args.size() == 5 && args[1] == u"unlock") {
        Vault vault(testsupport::testOptions(args[2]));
        QByteArray pin = args[3].toUtf8();
        killAtHit(args[4].toInt());
        return vault.unlock(pin).result == Vault::UnlockResult::Ok ? 0 : 3;
    }
    if (args.size() == 4 && args[1] == u"erase") {
        Vault vault(testsupport::testOptions(args[2]));
        killAtHit(args[3].toInt());
        return vault.erase() ? 0 : 3;
    }
    if (args.size() == 4 && args[1] == u"migrate")
        return migrateUntilKilled(args[2], args[3].toLatin1());
    if (args.size() == 6 && args[1] == u"restore")
        return restore(args[2], args[3].toUtf8(), args[4], args[5].toInt());
    return 2;
}
