#include "vault/backup.h"
#include "vault/crashpoint.h"
#include "vault/database.h"
#include "vault/documentrepository.h"
#include "vault/interviewrepository.h"
#include "vault/keptletterrepository.h"
#include "vault/peoplerepository.h"
#include "vault/vault.h"

#include "support/vaulttestsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace samen::dossier;
using namespace samen::vault;
using namespace samen::vault::testsupport;

class TestVaultBackup : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;

    QString folder() const { return m_dir->filePath(u"vault"_qs); }
    QString exportPath(const QString &name = u"samen.backup"_qs) const { return m_dir->filePath(name); }
    QStringList names()
    {
        QStringList names;
        for (const Referent &referent : PeopleRepository(*m_vault->database()).referents())
            names << referent.name;
        return names;
    }
    void add(const QString &name)
    {
        Referent referent { 0, name, name, {}, {}, {} };
        QVERIFY(PeopleRepository(*m_vault->database()).save(referent));
    }
    BackupResult exportTo(const QString &path, const char *passphrase = "backup passphrase")
    {
        QByteArray secret(passphrase);
        return m_vault->exportBackup(path, secret);
    }
    BackupResult importFrom(const QString &path, const char *passphrase = "backup passphrase")
    {
        QByteArray secret(passphrase);
        return m_vault->importBackup(path, secret);
    }
    QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString writeVariant(const QByteArray &bytes)
    {
        const QString path = exportPath(u"variant.backup"_qs);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
        return path;
    }
    /** SHA-256 of each vault file, to prove a failed import left every byte as it was. */
    QList<QByteArray> fileHashes()
    {
        QList<QByteArray> hashes;
        for (const QString &name : Vault::fileNames())
            hashes << sha256(QDir(folder()).filePath(name));
        return hashes;
    }
    /**
     * A validly encrypted backup (same passphrase as exportTo()) whose inner database is built by
     * @p sql on an empty database and labelled with schema version @p version: the audit's
     * malformed and hostile backups, made here instead of kept as binary files.
     */
    QString craftedBackup(const QString &name, bool withSchema, const char *sql, int version)
    {
        const QString dbPath = m_dir->filePath(name + u".db"_qs);
        Database::OpenResult opened = Database::OpenResult::IoError;
        auto db = withSchema
            ? freshDatabase(dbPath)
            : Database::open(dbPath, SecureBytes::random(32), Database::Mode::CreateNew, &opened);
        if (!db || !db->exec(sql) || !db->setUserVersion(version))
            return {};
        const QString path = exportPath(name + u".samen"_qs);
        const QByteArray text("backup passphrase");
        const SecureBytes passphrase(reinterpret_cast<const unsigned char *>(text.constData()), text.size());
        return backup::write(*db, m_dir->path(), path, passphrase, fastKdf()) == BackupResult::Ok ? path
                                                                                                  : QString();
    }
    /** Type and name of every schema object of the open vault database. */
    QStringList schemaObjects(Database &db)
    {
        QStringList objects;
        Statement statement = db.prepare("SELECT type || ' ' || name FROM sqlite_master ORDER BY 1");
        while (statement.next())
            objects << statement.text(0);
        return objects;
    }

    /** Asserts that a failed import left the vault as it was. */
    void expectUnchanged(const QStringList &before)
    {
        QCOMPARE(m_vault->state(), Vault::State::Unlocked);
        QCOMPARE(names(), before);
        QCOMPARE(fileNamesIn(folder()),
                 (QStringList { u"samen.attempts"_qs, u"samen.db"_qs, u"samen.db-shm"_qs, u"samen.db-wal"_qs,
                                u"samen.key"_qs }));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_vault = samen::vault::testsupport::createdVault(folder());
        QVERIFY(m_vault);
        add(u"Amal"_qs);
        QByteArray photo(200 * 1024, 'p');
        add(QString::fromLatin1(photo.left(5000))); // several pages, several chunks
    }

    void roundTripRestoresTheExportedData()
    {
        const QStringList exported = names();
        QByteArray passphrase("backup passphrase");
        QCOMPARE(m_vault->exportBackup(exportPath(), passphrase), BackupResult::Ok);
        QVERIFY(passphrase.isEmpty());
        add(u"Later"_qs);
        QCOMPARE(importFrom(exportPath()), BackupResult::Ok);
        QCOMPARE(names(), exported);
        QVERIFY(m_vault->database()->integrityOk());
        m_vault->lock();
        QByteArray pin("135790");
        QCOMPARE(m_vault->unlock(pin).result, Vault::UnlockResult::Ok); // the PIN stays
        QCOMPARE(names(), exported);
    }

    // A restore carries the kept letters (schema version 7) through its table checks, photo and text.
    void keptLettersAreRestored()
    {
        Database &db = *m_vault->database();
        const qint64 referentId = PeopleRepository(db).referents().first().id;
        FamilyMember member { 0, referentId, u"child"_qs, u"ሳባ"_qs, u"Saba"_qs, {}, u"ER"_qs, {}, {} };
        QVERIFY(PeopleRepository(db).save(member));
        KeptLetter letter { 0,
                            member.id,
                            u"missingItems"_qs,
                            u"2027-01-12"_qs,
                            u"Herstel verzuim"_qs,
                            QByteArray(300 * 1024, 'j'),
                            u"2027-01-14T09:00:00Z"_qs };
        QVERIFY(KeptLetterRepository(db).add(letter));
        QCOMPARE(exportTo(exportPath()), BackupResult::Ok);
        QVERIFY(KeptLetterRepository(db).remove(letter.id));
        QCOMPARE(importFrom(exportPath()), BackupResult::Ok);
        const auto restored = KeptLetterRepository(*m_vault->database()).letter(letter.id);
        QVERIFY(restored);
        QCOMPARE(restored->memberId, member.id);
        QCOMPARE(restored->text, letter.text);
        QCOMPARE(restored->photo, letter.photo);
    }

    void restoresOntoAnotherVault()
    {
        QCOMPARE(exportTo(exportPath()), BackupResult::Ok);
        const QStringList exported = names();
        m_vault = samen::vault::testsupport::createdVault(m_dir->filePath(u"other"_qs), {}, "864200");
        QVERIFY(m_vault);
        QCOMPARE(importFrom(exportPath()), BackupResult::Ok);
        QCOMPARE(names(), exported);
    }

    void exportNeedsAnUnlockedVaultAndAStrongPassphrase()
    {
        QCOMPARE(exportTo(exportPath(), "short"), BackupResult::WeakPassphrase);
        m_vault->lock();
        QCOMPARE(exportTo(exportPath()), BackupResult::NotUnlocked);
        QCOMPARE(importFrom(exportPath()), BackupResult::NotUnlocked);
        QVERIFY(!QFile::exists(exportPath()));
    }

    void weakBackupPasswordsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::newRow("digits") << QByteArray("12345678");
        QTest::newRow("word") << QByteArray("password");
        QTest::newRow("spaces") << QByteArray("        ");
        QTest::newRow("joiners") << QString(8, QChar(0x200D)).toUtf8();
        QTest::newRow("digits twice") << QByteArray("1234567812345678");
        QTest::newRow("keyboard rows") << QByteArray("qwertyuiopasdfgh");
    }
    void weakBackupPasswordsAreRefused()
    {
        QFETCH(QByteArray, passphrase);
        QCOMPARE(exportTo(exportPath(), passphrase.constData()), BackupResult::WeakPassphrase);
        QVERIFY(!QFile::exists(exportPath()));
    }

    void theBackupPasswordIsNeverTheSecretThatOpensTheVault_data()
    {
        QTest::addColumn<QByteArray>("vaultSecret");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("backupPassphrase");
        QTest::newRow("passphrase") << QByteArray("groene fiets in de regen") << int(SecretKind::Passphrase)
                                    << QByteArray("groene fiets in de regen");
        QTest::newRow("long PIN") << QByteArray("58392017463921") << int(SecretKind::Pin)
                                  << QByteArray("58392017463921");
        QTest::newRow("long PIN in Arabic-Indic digits")
            << QByteArray("58392017463921") << int(SecretKind::Pin) << u"٥٨٣٩٢٠١٧٤٦٣٩٢١"_qs.toUtf8();
    }
    void theBackupPasswordIsNeverTheSecretThatOpensTheVault()
    {
        QFETCH(QByteArray, vaultSecret);
        QFETCH(int, kind);
        QFETCH(QByteArray, backupPassphrase);
        m_vault = std::make_unique<Vault>(testOptions(m_dir->filePath(u"other"_qs)));
        QCOMPARE(m_vault->create(vaultSecret, SecretKind(kind)), Vault::CreateResult::Ok);
        QCOMPARE(exportTo(exportPath(), backupPassphrase.constData()), BackupResult::SameAsSecret);
        QVERIFY(!QFile::exists(exportPath()));
        QCOMPARE(exportTo(exportPath()), BackupResult::Ok);
    }

    void wrongPassphraseChangesNothing()
    {
        QCOMPARE(exportTo(exportPath()), BackupResult::Ok);
        add(u"Later"_qs);
        const QStringList before = names();
        QCOMPARE(importFrom(exportPath(), "backup passphrasf"), BackupResult::WrongPassphrase);
        expectUnchanged(before);
    }

    void damagedBackupsChangeNothing_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<BackupResult>("expected");
        QTest::newRow("empty") << u"empty"_qs << BackupResult::NotABackup;
        QTest::newRow("foreign: png") << u"png"_qs << BackupResult::NotABackup;
        QTest::newRow("foreign: random") << u"random"_qs << BackupResult::NotABackup;
        QTest::newRow("foreign: a key file") << u"keyfile"_qs << BackupResult::NotABackup;
        QTest::newRow("header only") << u"header"_qs << BackupResult::Damaged;
        QTest::newRow("truncated in the middle") << u"half"_qs << BackupResult::Damaged;
        QTest::newRow("final chunk cut off") << u"nofinal"_qs << BackupResult::Damaged;
        QTest::newRow("one byte missing") << u"minus1"_qs << BackupResult::Damaged;
        QTest::newRow("trailing bytes") << u"trailing"_qs << BackupResult::Damaged;
        QTest::newRow("byte changed in data") << u"flipdata"_qs << BackupResult::Damaged;
        QTest::newRow("byte changed at the end") << u"flipend"_qs << BackupResult::Damaged;
        QTest::newRow("parameters changed") << u"flipparams"_qs << BackupResult::WrongPassphrase;
        QTest::newRow("newer version") << u"version"_qs << BackupResult::UnsupportedVersion;
        QTest::newRow("version 0") << u"version0"_qs << BackupResult::Damaged;
        QTest::newRow("missing file") << u"missing"_qs << BackupResult::IoError;
    }
    void damagedBackupsChangeNothing()
    {
        QFETCH(QString, damage);
        QFETCH(BackupResult, expected);
        QCOMPARE(exportTo(exportPath()), BackupResult::Ok);
        add(u"Later"_qs);
        const QStringList before = names();
        const QByteArray good = readAll(exportPath());
        QVERIFY(good.size() > 5000);
        QByteArray bad = good;
        const qsizetype finalChunk = 4 + 17; // length prefix + empty final chunk
        if (damage == u"empty")
            bad.clear();
        else if (damage == u"png")
            bad = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x');
        else if (damage == u"random")
            bad = good.mid(1);
        else if (damage == u"keyfile")
            bad = readAll(QDir(folder()).filePath(Vault::keyFileName));
        else if (damage == u"header")
            bad = good.left(64);
        else if (damage == u"half")
            bad = good.left(good.size() / 2);
        else if (damage == u"nofinal")
            bad = good.left(good.size() - finalChunk);
        else if (damage == u"minus1")
            bad.chop(1);
        else if (damage == u"trailing")
            bad.append("more", 4);
        else if (damage == u"flipdata")
            bad[good.size() / 2] = char(bad.at(good.size() / 2) ^ 0x10);
        else if (damage == u"flipend")
            bad[good.size() - 3] = char(bad.at(good.size() - 3) ^ 0x10);
        else if (damage == u"flipparams")
            bad[12] = char(bad.at(12) ^ 0x02);
        else if (damage == u"version")
            bad[8] = 2;
        else if (damage == u"version0")
            bad[8] = 0;
        const QString path = damage == u"missing" ? exportPath(u"nothing-here"_qs) : writeVariant(bad);
        QCOMPARE(importFrom(path), expected);
        expectUnchanged(before);
    }

    void malformedInnerDatabasesChangeNoByte_data()
    {
        QTest::addColumn<bool>("withSchema");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("version");
        const QString member = u"INSERT INTO referent VALUES (1, 'Backup', 'Backup', '', '', '');"_qs;
        QTest::newRow("schema version 0") << false << u"CREATE TABLE x (y);"_qs << 0;
        QTest::newRow("schema version -1") << false << u"CREATE TABLE x (y);"_qs << -1;
        QTest::newRow("current schema labelled 1") << true << member << 1;
        QTest::newRow("current schema labelled 2") << true << member << 2;
        QTest::newRow("a view in place of a table")
            << true << u"DROP TABLE reminder; CREATE VIEW reminder AS SELECT 1, 1, '', 0;"_qs
            << schema::latestVersion;
        QTest::newRow("a name that is not text")
            << true << u"INSERT INTO referent VALUES (1, x'00', '', '', '', '');"_qs << schema::latestVersion;
        QTest::newRow("a member without its referent")
            << true
            << u"PRAGMA foreign_keys = OFF; INSERT INTO family_member (id, referent_id, relation, name, "
               u"latin_name, birth_date, "
               "country) VALUES (1, 7, 'child', 'Orphan', '', '', '');"_qs
            << schema::latestVersion;
    }
    void malformedInnerDatabasesChangeNoByte()
    {
        QFETCH(bool, withSchema);
        QFETCH(QString, sql);
        QFETCH(int, version);
        const QString path = craftedBackup(u"malformed"_qs, withSchema, sql.toUtf8().constData(), version);
        QVERIFY(!path.isEmpty());
        const QStringList before = names();
        const QList<QByteArray> hashes = fileHashes();
        QCOMPARE(importFrom(path), BackupResult::Damaged);
        QCOMPARE(fileHashes(), hashes);
        expectUnchanged(before);
        m_vault->lock();
        QByteArray pin("135790");
        QCOMPARE(m_vault->unlock(pin).result, Vault::UnlockResult::Ok);
        QCOMPARE(names(), before);
    }

    void plantedSchemaObjectsAreNotRestored()
    {
        const QStringList ownSchema = schemaObjects(*m_vault->database());
        const QString path = craftedBackup(u"trigger"_qs, true, R"(
INSERT INTO referent VALUES (1, 'VictimName', 'VictimName', '', '', '');
CREATE TRIGGER audit_wipe AFTER INSERT ON interview_answer BEGIN
    DELETE FROM attachment; UPDATE referent SET name = 'TriggerWasHere'; END;
CREATE VIEW planted_view AS SELECT name FROM referent;
CREATE TABLE planted_table (x);
CREATE INDEX planted_index ON referent(latin_name);
)",
                                           schema::latestVersion);
        QVERIFY(!path.isEmpty());
        QCOMPARE(importFrom(path), BackupResult::Ok);
        QCOMPARE(schemaObjects(*m_vault->database()), ownSchema);
        QVERIFY(InterviewRepository(*m_vault->database()).save({ u"me"_qs, u"q"_qs, u"yes"_qs, u"2026"_qs }));
        QCOMPARE(names(), QStringList { u"VictimName"_qs });
        QCOMPARE(fileNamesIn(folder()),
                 (QStringList { u"samen.attempts"_qs, u"samen.db"_qs, u"samen.db-shm"_qs, u"samen.db-wal"_qs,
                                u"samen.key"_qs }));
    }

    void olderSchemaVersionsAreMigrated()
    {
        const QString full = m_dir->filePath(u"v1.db"_qs);
        {
            Database::OpenResult opened = Database::OpenResult::IoError;
            auto db = Database::open(full, SecureBytes::random(32), Database::Mode::CreateNew, &opened);
            QVERIFY(db && schema::migrate(*db, 1));
            QVERIFY(db->exec("INSERT INTO referent VALUES (1, 'Old', 'Old', '', '', '');"));
            const QByteArray text("backup passphrase");
            const SecureBytes passphrase(reinterpret_cast<const unsigned char *>(text.constData()),
                                         text.size());
            QCOMPARE(backup::write(*db, m_dir->path(), exportPath(u"v1.samen"_qs), passphrase, fastKdf()),
                     BackupResult::Ok);
        }
        QCOMPARE(importFrom(exportPath(u"v1.samen"_qs)), BackupResult::Ok);
        QCOMPARE(names(), QStringList { u"Old"_qs });
        QCOMPARE(m_vault->database()->userVersion(), schema::latestVersion);
    }

    // A backup from before version 5 keeps its photos in `attachment`; the restore moves them.
    void photosOfAVersion4BackupAreRestored()
    {
        const QString full = m_dir->filePath(u"v4.db"_qs);
        {
            Database::OpenResult opened = Database::OpenResult::IoError;
            auto db = Database::open(full, SecureBytes::random(32), Database::Mode::CreateNew, &opened);
            QVERIFY(db && schema::migrate(*db, 4));
            QVERIFY(
                db->exec("INSERT INTO referent VALUES (1, 'Old', 'Old', '', '', '');"
                         "INSERT INTO document VALUES (1, NULL, 'passport', 'have', '', '');"
                         "INSERT INTO attachment VALUES (1, 1, 'image/jpeg', x'ffd8ff0102', '', x'ffd8ff09', "
                         "'passport-1.jpg');"));
            const QByteArray text("backup passphrase");
            const SecureBytes passphrase(reinterpret_cast<const unsigned char *>(text.constData()),
                                         text.size());
            QCOMPARE(backup::write(*db, m_dir->path(), exportPath(u"v4.samen"_qs), passphrase, fastKdf()),
                     BackupResult::Ok);
        }
        QCOMPARE(importFrom(exportPath(u"v4.samen"_qs)), BackupResult::Ok);
        DocumentRepository documents(*m_vault->database());
        const auto photo = documents.attachment(1);
        QVERIFY(photo);
        QCOMPARE(photo->data, QByteArray::fromHex("ffd8ff0102"));
        QCOMPARE(photo->thumbnail, QByteArray::fromHex("ffd8ff09"));
        QCOMPARE(documents.attachmentSummaries(1).size(), 1);
        Statement old =
            m_vault->database()->prepare("SELECT length(data) + length(thumbnail) FROM attachment");
        QVERIFY(old.next());
        QCOMPARE(old.integer(0), 0);
    }

    void costlyKdfParametersAreRefusedBeforeAnyWork_data()
    {
        QTest::addColumn<quint32>("ops");
        QTest::addColumn<quint64>("mebibytes");
        QTest::newRow("1 GiB") << 1u << quint64(1024);
        QTest::newRow("64 passes of 512 MiB") << 64u << quint64(512);
        QTest::newRow("one pass more than allowed") << 65u << quint64(64);
    }
    void costlyKdfParametersAreRefusedBeforeAnyWork()
    {
        QFETCH(quint32, ops);
        QFETCH(quint64, mebibytes);
        QCOMPARE(exportTo(exportPath()), BackupResult::Ok);
        QByteArray bad = readAll(exportPath());
        qToLittleEndian<quint32>(ops, bad.data() + 12);
        qToLittleEndian<quint64>(mebibytes * 1024 * 1024, bad.data() + 16);
        const QStringList before = names();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(importFrom(writeVariant(bad)), BackupResult::Damaged);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        expectUnchanged(before);
    }

    void aBackupTooCostlyForThisDeviceIsRefusedBeforeAnyWork()
    {
        // Within the absolute ceiling (64 passes of 64 MiB, what a fast phone may calibrate to),
        // but far beyond what this vault's own parameters (1 pass, 64 KiB) cost here.
        QCOMPARE(exportTo(exportPath()), BackupResult::Ok);
        QByteArray costly = readAll(exportPath());
        qToLittleEndian<quint32>(64u, costly.data() + 12);
        qToLittleEndian<quint64>(quint64(64) * 1024 * 1024, costly.data() + 16);
        const QStringList before = names();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(importFrom(writeVariant(costly)), BackupResult::TooCostly);
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        expectUnchanged(before);
    }

    void aBackupSomewhatCostlierThanThisDeviceIsStillOpened()
    {
        // Twice this vault's passes: a derivation of about twice the unlock time is paid (the
        // passes no longer match the salt's key, so the passphrase is then found wrong).
        QCOMPARE(exportTo(exportPath()), BackupResult::Ok);
        QByteArray dearer = readAll(exportPath());
        qToLittleEndian<quint32>(2u, dearer.data() + 12);
        QCOMPARE(importFrom(writeVariant(dearer)), BackupResult::WrongPassphrase);
    }

    void aRestoredDatabaseThatDoesNotOpenIsReplacedByThePreviousOne()
    {
        QCOMPARE(exportTo(exportPath()), BackupResult::Ok);
        add(u"Later"_qs);
        const QStringList before = names();
        const QString db = QDir(folder()).filePath(Vault::databaseFileName);
        setCrashHook([db](CrashPoint point) { // the disk fails the new file right after the swap
            if (point == CrashPoint::RestoreSwapped)
                QFile(db).resize(1000);
        });
        const BackupResult result = importFrom(exportPath());
        setCrashHook({});
        QCOMPARE(result, BackupResult::IoError); // "could not be read or written. Nothing was changed."
        expectUnchanged(before);
        m_vault->lock();
        QByteArray pin("135790");
        QCOMPARE(m_vault->unlock(pin).result, Vault::UnlockResult::Ok);
        QCOMPARE(names(), before);
    }

    void restoresADamagedDatabase()
    {
        QCOMPARE(exportTo(exportPath()), BackupResult::Ok);
        const QStringList exported = names();
        m_vault->lock();
        const QString db = QDir(folder()).filePath(Vault::databaseFileName);
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.resize(file.size() / 2));
        file.close();
        QByteArray pin("135790");
        QCOMPARE(m_vault->unlock(pin).result, Vault::UnlockResult::CorruptDatabase);
        QCOMPARE(m_vault->state(), Vault::State::Corrupt);
        QCOMPARE(importFrom(exportPath(), "wrong passphrase"), BackupResult::WrongPassphrase);
        QCOMPARE(m_vault->state(), Vault::State::Corrupt);
        QCOMPARE(importFrom(exportPath()), BackupResult::Ok);
        QCOMPARE(m_vault->state(), Vault::State::Unlocked);
        QCOMPARE(names(), exported);
    }

    void backupIsIndependentOfThePin()
    {
        QCOMPARE(exportTo(exportPath()), BackupResult::Ok);
        QByteArray oldPin("135790"), newPin("975310");
        QCOMPARE(m_vault->changeSecret(oldPin, newPin, SecretKind::Pin).result, Vault::UnlockResult::Ok);
        QCOMPARE(importFrom(exportPath()), BackupResult::Ok);
    }
};

QTEST_GUILESS_MAIN(TestVaultBackup)
#include "tst_vaultbackup.moc"
