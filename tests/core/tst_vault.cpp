#include "vault/database.h"
#include "vault/interviewrepository.h"
#include "vault/peoplerepository.h"
#include "vault/vault.h"

#include "support/vaulttestsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace samen::dossier;
using namespace samen::vault;
using namespace samen::vault::testsupport;

class TestVault : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_now = 1'800'000'000;

    QString folder() const { return m_dir->filePath(u"vault"_qs); }
    QString file(const QString &name) const { return QDir(folder()).filePath(name); }
    std::unique_ptr<Vault> makeVault()
    {
        return std::make_unique<Vault>(testOptions(folder(), [this] { return m_now; }));
    }
    std::unique_ptr<Vault> createdVault(const char *pin = testsupport::testPin)
    {
        return testsupport::createdVault(
            folder(), [this] { return m_now; }, pin);
    }
    static QByteArray fileContents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    Vault::UnlockResult unlock(Vault &vault, const char *text)
    {
        QByteArray secret(text);
        return vault.unlock(secret).result;
    }
    KdfParams keyFileParams() const
    {
        QFile key(file(Vault::keyFileName));
        const auto header = key.open(QIODevice::ReadOnly) ? KeyFile::readHeader(key.readAll()) : std::nullopt;
        return header ? header->params : KdfParams {};
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static int modeOf(const QString &path)
    {
        struct stat status = {};
        return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777) : -1;
    }
    static qint64 addReferent(Vault &vault, const QString &name)
    {
        return testsupport::addReferent(*vault.database(), name, name);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_now = 1'800'000'000;
    }

    void firstRunCreatesAnUnlockedVault()
    {
        auto vault = makeVault();
        QCOMPARE(vault->state(), Vault::State::NoVault);
        QVERIFY(!vault->database());
        QByteArray pin("135790");
        QCOMPARE(vault->create(pin, SecretKind::Pin), Vault::CreateResult::Ok);
        QVERIFY(pin.isEmpty()); // wiped
        QCOMPARE(vault->state(), Vault::State::Unlocked);
        QVERIFY(vault->database());
        QCOMPARE(vault->secretKind(), std::optional(SecretKind::Pin));
        QByteArray again("135790");
        QCOMPARE(vault->create(again, SecretKind::Pin), Vault::CreateResult::AlreadyExists);
        QVERIFY(again.isEmpty());
    }

    void weakSecretsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<SecretKind>("kind");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("pin 6") << QByteArray("135790") << SecretKind::Pin << true;
        QTest::newRow("pin 8") << QByteArray("24681357") << SecretKind::Pin << true;
        QTest::newRow("pin common") << QByteArray("159753") << SecretKind::Pin << false;
        QTest::newRow("pin repeated") << QByteArray("000000") << SecretKind::Pin << false;
        QTest::newRow("pin repeated pairs") << QByteArray("474747") << SecretKind::Pin << false;
        QTest::newRow("pin sequence") << QByteArray("345678") << SecretKind::Pin << false;
        QTest::newRow("pin sequence down, 8") << QByteArray("98765432") << SecretKind::Pin << false;
        QTest::newRow("pin birth year first") << QByteArray("198704") << SecretKind::Pin << false;
        QTest::newRow("pin date ending in a year") << QByteArray("09041987") << SecretKind::Pin << false;
        QTest::newRow("pin 5") << QByteArray("12345") << SecretKind::Pin << false;
        QTest::newRow("pin letters") << QByteArray("12345a") << SecretKind::Pin << false;
        QTest::newRow("pin arabic digits") << QByteArray("١٢٣٤٥٦") << SecretKind::Pin << false;
        QTest::newRow("passphrase 8") << QByteArray("abcdefgh") << SecretKind::Passphrase << true;
        QTest::newRow("passphrase 7") << QByteArray("abcdefg") << SecretKind::Passphrase << false;
        QTest::newRow("passphrase 8 tigrinya") << QByteArray("ሰላም ሰላም ሰ") << SecretKind::Passphrase << true;
        QTest::newRow("passphrase 4 tigrinya") << QByteArray("ሰላም ") << SecretKind::Passphrase << false;
    }
    void weakSecretsAreRefused()
    {
        QFETCH(QByteArray, secret);
        QFETCH(SecretKind, kind);
        QFETCH(bool, acceptable);
        QCOMPARE(Vault::isAcceptableSecret(secret, kind), acceptable);
        auto vault = makeVault();
        QByteArray copy(secret.constData(), secret.size());
        QCOMPARE(vault->create(copy, kind) == Vault::CreateResult::Ok, acceptable);
        QCOMPARE(vault->state(), acceptable ? Vault::State::Unlocked : Vault::State::NoVault);
    }

    void lockAndUnlock()
    {
        auto vault = createdVault();
        const qint64 id = addReferent(*vault, u"Amal"_qs);
        vault->lock();
        QCOMPARE(vault->state(), Vault::State::Locked);
        QVERIFY(!vault->database());
        auto reopened = makeVault();
        QCOMPARE(reopened->state(), Vault::State::Locked);
        QCOMPARE(unlock(*reopened, "135790"), Vault::UnlockResult::Ok);
        QCOMPARE(reopened->state(), Vault::State::Unlocked);
        QCOMPARE(PeopleRepository(*reopened->database()).referent(id)->name, u"Amal"_qs);
    }

    void wrongPinIsReportedAsWrongPin()
    {
        auto vault = createdVault();
        vault->lock();
        QByteArray wrong("135791");
        const Vault::Outcome outcome = vault->unlock(wrong);
        QVERIFY(wrong.isEmpty());
        QCOMPARE(outcome.result, Vault::UnlockResult::WrongSecret);
        QCOMPARE(outcome.secondsToWait, qint64(0));
        QCOMPARE(vault->state(), Vault::State::Locked);
        QCOMPARE(unlock(*vault, ""), Vault::UnlockResult::WrongSecret);
    }

    void verifySecretChangesNothingButTheCount()
    {
        auto vault = createdVault();
        const qint64 id = addReferent(*vault, u"Amal"_qs);
        Database *open = vault->database();
        QByteArray wrong("135791");
        QCOMPARE(vault->verifySecret(wrong).result, Vault::UnlockResult::WrongSecret);
        QVERIFY(wrong.isEmpty());
        QCOMPARE(vault->state(), Vault::State::Unlocked);
        QCOMPARE(vault->database(), open);
        for (int i = 0; i < 4; ++i) {
            QByteArray again("000000");
            QCOMPARE(vault->verifySecret(again).result, Vault::UnlockResult::WrongSecret);
        }
        QCOMPARE(vault->secondsToWait(), qint64(30)); // counted like unlock tries
        QByteArray right("135790");
        QCOMPARE(vault->verifySecret(right).result, Vault::UnlockResult::TooManyAttempts);
        m_now += 30;
        QByteArray rightAgain("135790");
        QCOMPARE(vault->verifySecret(rightAgain).result, Vault::UnlockResult::Ok);
        QCOMPARE(vault->secondsToWait(), qint64(0));
        QCOMPARE(vault->state(), Vault::State::Unlocked);
        QCOMPARE(PeopleRepository(*vault->database()).referent(id)->name, u"Amal"_qs);
        vault->lock();
        QByteArray whileLocked("135790");
        QCOMPARE(vault->verifySecret(whileLocked).result, Vault::UnlockResult::Ok);
        QCOMPARE(vault->state(), Vault::State::Locked);
    }

    void delaysAfterFiveFailures()
    {
        auto vault = createdVault();
        vault->lock();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(unlock(*vault, "000000"), Vault::UnlockResult::WrongSecret);
        QByteArray fifth("000000");
        QCOMPARE(vault->unlock(fifth).secondsToWait, qint64(30));
        QByteArray right("135790");
        const Vault::Outcome blocked = vault->unlock(right);
        QCOMPARE(blocked.result, Vault::UnlockResult::TooManyAttempts);
        QCOMPARE(blocked.secondsToWait, qint64(30));
        m_now += 29;
        QCOMPARE(makeVault()->secondsToWait(), qint64(1)); // persisted
        m_now += 1;
        QCOMPARE(unlock(*vault, "000000"), Vault::UnlockResult::WrongSecret);
        QCOMPARE(vault->secondsToWait(), qint64(60));
        m_now += 60;
        QCOMPARE(unlock(*vault, "135790"), Vault::UnlockResult::Ok);
        vault->lock();
        QCOMPARE(vault->secondsToWait(), qint64(0)); // reset by success
    }

    void alteredKeyFileHeaderIsRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<Vault::UnlockResult>("expected");
        QTest::newRow("magic") << 1 << Vault::UnlockResult::CorruptKeyFile;
        QTest::newRow("version") << 8 << Vault::UnlockResult::CorruptKeyFile;
        QTest::newRow("binding") << 10 << Vault::UnlockResult::CorruptKeyFile;
        QTest::newRow("passes") << 12 << Vault::UnlockResult::WrongSecret;
        QTest::newRow("salt") << 25 << Vault::UnlockResult::WrongSecret;
        QTest::newRow("nonce") << 60 << Vault::UnlockResult::WrongSecret;
    }
    void alteredKeyFileHeaderIsRefused()
    {
        QFETCH(int, offset);
        QFETCH(Vault::UnlockResult, expected);
        createdVault()->lock();
        QFile keyFile(file(Vault::keyFileName));
        QVERIFY(keyFile.open(QIODevice::ReadWrite));
        QByteArray bytes = keyFile.readAll();
        bytes[offset] = char(bytes.at(offset) ^ 0x02);
        keyFile.seek(0);
        keyFile.write(bytes);
        keyFile.close();
        auto vault = makeVault();
        QCOMPARE(unlock(*vault, "135790"), expected);
        QVERIFY(!vault->database());
        if (expected == Vault::UnlockResult::CorruptKeyFile)
            QCOMPARE(vault->state(), Vault::State::Corrupt);
    }

    void changingThePinRewritesOnlyTheKeyFile()
    {
        auto vault = createdVault();
        addReferent(*vault, u"Amal"_qs);
        vault->lock();
        const QByteArray databaseHash = sha256(file(Vault::databaseFileName));
        const QByteArray keyHash = sha256(file(Vault::keyFileName));
        QByteArray wrongOld("999999"), unused("24681357");
        QCOMPARE(vault->changeSecret(wrongOld, unused, SecretKind::Passphrase).result,
                 Vault::UnlockResult::WrongSecret);
        QVERIFY(unused.isEmpty());
        QCOMPARE(sha256(file(Vault::keyFileName)), keyHash);
        QByteArray old("135790"), weak("123");
        QCOMPARE(vault->changeSecret(old, weak, SecretKind::Pin).result, Vault::UnlockResult::WeakSecret);
        QByteArray old2("135790"), fresh("a new passphrase");
        QCOMPARE(vault->changeSecret(old2, fresh, SecretKind::Passphrase).result, Vault::UnlockResult::Ok);
        QVERIFY(old2.isEmpty() && fresh.isEmpty());
        QVERIFY(sha256(file(Vault::keyFileName)) != keyHash);
        QCOMPARE(sha256(file(Vault::databaseFileName)), databaseHash);
        QCOMPARE(vault->secretKind(), std::optional(SecretKind::Passphrase));
        QCOMPARE(unlock(*vault, "135790"), Vault::UnlockResult::WrongSecret);
        QCOMPARE(unlock(*vault, "a new passphrase"), Vault::UnlockResult::Ok);
        QCOMPARE(PeopleRepository(*vault->database()).referents().size(), 1);
    }

    void renewingTheDataKeyLeavesOldKeyFilesNothingToOpen()
    {
        auto vault = createdVault();
        addReferent(*vault, u"Amal"_qs);
        const QByteArray oldKeyFile = readFile(file(Vault::keyFileName)); // a copy someone kept
        const QByteArray oldDatabase = sha256(file(Vault::databaseFileName));
        QByteArray old("135790"), fresh("246802");
        QCOMPARE(vault->changeSecret(old, fresh, SecretKind::Pin, true).result, Vault::UnlockResult::Ok);
        QCOMPARE(vault->state(), Vault::State::Unlocked); // reopened under the new key
        addReferent(*vault, u"Written after the change"_qs);
        vault->lock();
        QVERIFY(sha256(file(Vault::databaseFileName)) != oldDatabase);
        QCOMPARE(fileNamesIn(folder()),
                 (QStringList { u"samen.attempts"_qs, u"samen.db"_qs, u"samen.key"_qs }));
        QCOMPARE(unlock(*vault, "246802"), Vault::UnlockResult::Ok);
        QCOMPARE(PeopleRepository(*vault->database()).referents().size(), 2);
        vault->lock();
        QFile key(file(Vault::keyFileName));
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                key.write(oldKeyFile) == oldKeyFile.size());
        key.close();
        QCOMPARE(unlock(*vault, "135790"), Vault::UnlockResult::CorruptDatabase); // the old key opens nothing
    }

    void vaultCreatesExactlyTheExpectedFiles()
    {
        auto vault = createdVault();
        addReferent(*vault, u"Amal"_qs);
        QCOMPARE(fileNamesIn(folder()),
                 (QStringList { u"samen.attempts"_qs, u"samen.db"_qs, u"samen.db-shm"_qs, u"samen.db-wal"_qs,
                                u"samen.key"_qs }));
        vault->lock();
        const QStringList atRest { u"samen.attempts"_qs, u"samen.db"_qs, u"samen.key"_qs };
        QCOMPARE(fileNamesIn(folder()), atRest);
        QByteArray wrong("000001"), old("135790"), fresh("246802");
        QCOMPARE(unlock(*vault, "000001"), Vault::UnlockResult::WrongSecret);
        QCOMPARE(vault->changeSecret(old, fresh, SecretKind::Pin).result, Vault::UnlockResult::Ok);
        QCOMPARE(fileNamesIn(folder()), atRest);
        for (const QString &name : fileNamesIn(folder()))
            QVERIFY(Vault::fileNames().contains(name));
        QVERIFY(vault->erase());
        QCOMPARE(fileNamesIn(folder()), QStringList());
        QCOMPARE(vault->state(), Vault::State::NoVault);
        Q_UNUSED(wrong);
    }

    void filesAreOwnerOnly()
    {
        const mode_t previous = ::umask(022);
        {
            auto vault = createdVault();
            QVERIFY(vault);
            addReferent(*vault, u"Amal"_qs);
            QByteArray passphrase("backup passphrase");
            QCOMPARE(vault->exportBackup(m_dir->filePath(u"b.samen"_qs), passphrase), BackupResult::Ok);
            QByteArray again("backup passphrase");
            QCOMPARE(vault->importBackup(m_dir->filePath(u"b.samen"_qs), again), BackupResult::Ok);
            QCOMPARE(modeOf(folder()), 0700);
            for (const QString &name : fileNamesIn(folder())) // with -wal and -shm
                QVERIFY2(modeOf(file(name)) == 0600, qPrintable(name));
            QCOMPARE(modeOf(m_dir->filePath(u"b.samen"_qs)), 0600);
        }
        QVERIFY(::chmod(QFile::encodeName(folder()).constData(), 0755) == 0); // as older versions left it
        QVERIFY(::chmod(QFile::encodeName(file(Vault::databaseFileName)).constData(), 0644) == 0);
        auto reopened = makeVault();
        QCOMPARE(modeOf(folder()), 0700);
        QCOMPARE(modeOf(file(Vault::databaseFileName)), 0600);
        ::umask(previous);
    }

    void fastUnlockRaisesTheArgon2CostNeverLowersIt()
    {
        auto options = testOptions(folder(), [this] { return m_now; });
        options.kdfTargetSeconds = 0.2; // the test parameters (1 pass, 64 KiB) take well under 0.1 s
        {
            Vault vault(options);
            QByteArray pin("135790");
            QCOMPARE(vault.create(pin, SecretKind::Pin), Vault::CreateResult::Ok);
            addReferent(vault, u"Amal"_qs);
        }
        QCOMPARE(keyFileParams().opsLimit, fastKdf().opsLimit);
        Vault vault(options);
        QCOMPARE(unlock(vault, "135790"), Vault::UnlockResult::Ok);
        const KdfParams raised = keyFileParams();
        QVERIFY2(raised.opsLimit > fastKdf().opsLimit, qPrintable(QString::number(raised.opsLimit)));
        QCOMPARE(raised.memLimit, fastKdf().memLimit);
        vault.lock();
        QCOMPARE(unlock(vault, "135790"), Vault::UnlockResult::Ok); // same PIN, same data
        QCOMPARE(PeopleRepository(*vault.database()).referents().size(), 1);
        vault.lock();
        options.kdfTargetSeconds = 1e-9; // a target below the time taken never lowers the cost
        Vault slow(options);
        QCOMPARE(unlock(slow, "135790"), Vault::UnlockResult::Ok);
        QVERIFY(keyFileParams().opsLimit >= raised.opsLimit);
    }

    void leftoverTempFilesAreRemoved()
    {
        createdVault()->lock();
        for (const QString &name : { u"samen.key.tmp"_qs, u"samen.attempts.tmp"_qs, u"backup.tmp"_qs,
                                     u"restore.tmp"_qs, u"samen.db.restored"_qs }) {
            QFile stale(file(name));
            QVERIFY(stale.open(QIODevice::WriteOnly));
        }
        auto vault = makeVault();
        QCOMPARE(fileNamesIn(folder()),
                 (QStringList { u"samen.attempts"_qs, u"samen.db"_qs, u"samen.key"_qs }));
    }

    void damagedDatabaseIsReportedAndLeftAlone_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to half") << u"half"_qs;
        QTest::newRow("truncated to one page") << u"page"_qs;
        QTest::newRow("empty") << u"empty"_qs;
        QTest::newRow("bytes changed in a page") << u"flip"_qs;
        QTest::newRow("first page changed") << u"first"_qs;
        QTest::newRow("missing") << u"missing"_qs;
    }
    void damagedDatabaseIsReportedAndLeftAlone()
    {
        QFETCH(QString, damage);
        auto vault = createdVault();
        {
            Transaction transaction(*vault->database());
            for (int i = 0; i < 200; ++i)
                addReferent(*vault, u"person %1 with a long enough name to fill pages"_qs.arg(i));
            QVERIFY(transaction.commit());
        }
        vault->lock();
        QFile db(file(Vault::databaseFileName));
        QVERIFY(db.open(QIODevice::ReadWrite));
        const qint64 size = db.size();
        if (damage == u"half")
            QVERIFY(db.resize(size / 2));
        else if (damage == u"page")
            QVERIFY(db.resize(1024));
        else if (damage == u"empty")
            QVERIFY(db.resize(0));
        else if (damage == u"missing")
            QVERIFY(db.remove());
        else {
            db.seek(damage == u"first" ? 100 : size / 2 + 10);
            db.write("\x01\x02\x03\x04", 4);
        }
        db.close();
        const QByteArray hash = sha256(file(Vault::databaseFileName));
        const QStringList files = fileNamesIn(folder());

        auto reopened = makeVault();
        QCOMPARE(unlock(*reopened, "135790"), Vault::UnlockResult::CorruptDatabase);
        QCOMPARE(reopened->state(), Vault::State::Corrupt);
        QVERIFY(!reopened->database());
        reopened->lock();
        QCOMPARE(sha256(file(Vault::databaseFileName)), hash);
        QCOMPARE(fileNamesIn(folder()), files);
    }

    void aSealedCounterOutOfReachRefusesToCheckAndChangesNothing()
    {
        FakeStore store;
        auto options = testOptions(folder(), [this] { return m_now; });
        options.deviceStore = &store;
        {
            Vault vault(options);
            QByteArray pin("135790");
            QCOMPARE(vault.create(pin, SecretKind::Pin), Vault::CreateResult::Ok);
            QVERIFY(vault.attemptCounterSealed());
        }
        const QByteArray counter = fileContents(file(Vault::attemptsFileName));
        store.reachable = false;
        Vault vault(options);
        QByteArray pin("135790");
        QCOMPARE(vault.unlock(pin).result, Vault::UnlockResult::DeviceStoreUnavailable);
        QCOMPARE(fileContents(file(Vault::attemptsFileName)), counter);
        store.reachable = true;
        QByteArray again("135790");
        QCOMPARE(vault.unlock(again).result, Vault::UnlockResult::Ok);
        QVERIFY(vault.erase());
        QVERIFY(store.key.isEmpty()); // erase forgets the device key too
    }

    void eraseDestroysTheKeyFirst()
    {
        auto vault = createdVault();
        QVERIFY(vault->erase());
        QCOMPARE(vault->state(), Vault::State::NoVault);
        QVERIFY(!vault->database());
        QVERIFY(fileNamesIn(folder()).isEmpty());
        QByteArray pin("975310");
        QCOMPARE(vault->create(pin, SecretKind::Pin), Vault::CreateResult::Ok);
        QVERIFY(PeopleRepository(*vault->database()).referents().isEmpty());
    }

    void createAfterInterruptedEraseStartsClean()
    {
        auto vault = createdVault();
        addReferent(*vault, u"Amal"_qs);
        vault->lock();
        QVERIFY(QFile::remove(file(Vault::keyFileName))); // as if killed right after the crypto-erase
        auto fresh = makeVault();
        QCOMPARE(fresh->state(), Vault::State::NoVault);
        QByteArray pin("975310");
        QCOMPARE(fresh->create(pin, SecretKind::Pin), Vault::CreateResult::Ok);
        QVERIFY(PeopleRepository(*fresh->database()).referents().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
