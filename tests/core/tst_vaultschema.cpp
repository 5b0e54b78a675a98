#include "vault/database.h"
#include "vault/schema.h"
#include "vault/schemacopy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace samen::vault;

namespace {

/** Rows valid from schema version @p version on, inserted with plain SQL. */
const char *sampleRows(int version)
{
    switch (version) {
    case 1:
        return "INSERT INTO referent VALUES (1, 'R', 'R', '1990-01-01', 'ER', '2025-05-01');"
               "INSERT INTO family_member (id, referent_id, relation, name, latin_name, birth_date, country) "
               "VALUES (1, 1, 'child', 'C', 'C', '2015-02-03', 'ET');"
               "INSERT INTO document VALUES (1, 1, 'passport', 'have', '', '2026-01-01T00:00:00Z');"
               "INSERT INTO attachment (id, document_id, mime_type, data, created_at) VALUES (1, 1, "
               "'image/jpeg', x'ffd8ff', '2026-01-01T00:00:00Z');"
               "INSERT INTO stage_event VALUES (1, 1, 'application-filed', '2026-02-01', '');"
               "INSERT INTO deadline (id, member_id, rule_id, due_date, done) VALUES (1, 1, "
               "'nareis-3-months', '2025-08-01', 0);"
               "INSERT INTO reminder VALUES (1, 1, '2025-07-01T09:00:00Z', 0);";
    case 2:
        return "INSERT INTO interview_answer VALUES ('referent', 'has-permit', 'yes', "
               "'2026-01-01T00:00:00Z');";
    case 3:
        return "INSERT INTO family_member (id, referent_id, relation, name, latin_name, birth_date, country, "
               "interview_id, note) VALUES (3, 1, 'spouse', 'S', 'S', '', 'ER', 'm1', 'n');";
    case 4:
        return "INSERT INTO verdict_record (interview_id, outcome, rule_id, earliest, rules_as_of, "
               "recorded_at) "
               "VALUES ('m1', 'nareis', 'spouse.nareis', '', '2026-12-06', '2026-12-06T10:00:00Z');";
    case 5:
        return "INSERT INTO attachment (id, document_id, mime_type, data, created_at, thumbnail, file_name) "
               "VALUES (2, 1, 'image/jpeg', x'', '2026-12-06T00:00:00Z', x'', 'passport-2.jpg');"
               "INSERT INTO attachment_data VALUES (2, x'ffd8ff02');"
               "INSERT INTO attachment_thumbnail VALUES (2, x'ffd8ff03');";
    case 6:
        return "INSERT INTO family_member (id, referent_id, relation, name, latin_name, birth_date, country, "
               "interview_id, note, reading_language) VALUES (6, 1, 'child', 'ሳባ', 'Saba', '', 'ER', 'm2', "
               "'', "
               "'ti');";
    case 7:
        return "INSERT INTO kept_letter (id, member_id, letter_id, letter_date, text, photo, kept_at) VALUES "
               "(1, 6, 'missingItems', '2027-01-12', 'Herstel verzuim', x'ffd8ff07', '2027-01-14T09:00:00Z'),"
               "(2, NULL, 'receipt', '', 'Ontvangstbevestiging', x'ffd8ff08', '2027-01-15T09:00:00Z');";
    }
    return "";
}

qint64 count(Database &db, const char *table)
{
    Statement statement = db.prepare((QByteArray("SELECT count(*) FROM ") + table).constData());
    return statement.next() ? statement.integer(0) : -1;
}

QStringList schemaSql(Database &db)
{
    Statement statement = db.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name");
    QStringList sql;
    while (statement.next())
        sql << statement.text(0);
    return sql;
}

QString pragma(Database &db, const char *name)
{
    Statement statement = db.prepare((QByteArray("PRAGMA ") + name).constData());
    return statement.next() ? statement.text(0) : QString();
}

} // namespace

class TestVaultSchema : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SecureBytes m_key = SecureBytes::random(32);
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(u"db%1.sqlite"_qs.arg(++m_counter)); }
    std::unique_ptr<Database> create(const QString &path)
    {
        Database::OpenResult result = Database::OpenResult::IoError;
        auto db = Database::open(path, m_key, Database::Mode::CreateNew, &result);
        return db;
    }

private Q_SLOTS:
    void connectionIsConfigured()
    {
        auto db = create(newPath());
        QVERIFY(db);
        QCOMPARE(pragma(*db, "journal_mode"), u"wal"_qs);
        QCOMPARE(pragma(*db, "synchronous"), u"2"_qs);
        QCOMPARE(pragma(*db, "temp_store"), u"2"_qs);
        QCOMPARE(pragma(*db, "foreign_keys"), u"1"_qs);
        QCOMPARE(pragma(*db, "cipher_page_size"), u"1024"_qs);
        QCOMPARE(pragma(*db, "kdf_iter"), u"64000"_qs);
        QVERIFY(!pragma(*db, "cipher_version").isEmpty());
    }

    void fileIsEncryptedAndNeedsTheKey()
    {
        const QString path = newPath();
        {
            auto db = create(path);
            QVERIFY(db && schema::migrate(*db));
            QVERIFY(db->exec(sampleRows(1)));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("SQLite format 3"));
        Database::OpenResult result = Database::OpenResult::Ok;
        QVERIFY(!Database::open(path, SecureBytes(), Database::Mode::ExistingOnly, &result));
        QCOMPARE(result, Database::OpenResult::NotADatabase);
        QVERIFY(!Database::open(path, SecureBytes::random(32), Database::Mode::ExistingOnly, &result));
        QCOMPARE(result, Database::OpenResult::NotADatabase);
        auto reopened = Database::open(path, m_key, Database::Mode::ExistingOnly, &result);
        QCOMPARE(result, Database::OpenResult::Ok);
        QCOMPARE(count(*reopened, "referent"), qint64(1));
    }

    void missingFileIsReportedNotCreated()
    {
        const QString path = newPath();
        Database::OpenResult result = Database::OpenResult::Ok;
        QVERIFY(!Database::open(path, m_key, Database::Mode::ExistingOnly, &result));
        QCOMPARE(result, Database::OpenResult::Missing);
        QVERIFY(!QFile::exists(path));
    }

    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < schema::latestVersion; ++version)
            QTest::newRow(qPrintable(u"v%1"_qs.arg(version))) << version;
    }
    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        auto fresh = create(newPath());
        QVERIFY(schema::migrate(*fresh));
        auto db = create(newPath());
        QVERIFY(schema::migrate(*db, from));
        QCOMPARE(db->userVersion(), from);
        for (int version = 1; version <= from; ++version)
            QVERIFY(db->exec(sampleRows(version)));
        QVERIFY(schema::migrate(*db));
        QCOMPARE(db->userVersion(), schema::latestVersion);
        QCOMPARE(schemaSql(*db), schemaSql(*fresh));
        if (from >= 1) {
            for (const char *table : { "referent", "document", "stage_event", "deadline", "reminder" })
                QCOMPARE(count(*db, table), qint64(1));
            QCOMPARE(count(*db, "attachment"), qint64(from >= 5 ? 2 : 1));
            QCOMPARE(count(*db, "family_member"), qint64(from >= 6 ? 3 : from >= 3 ? 2 : 1));
            // Version 6: every member reads in the app's language until the user chooses another
            // (the member added at version 6 chose Tigrinya).
            Statement languages =
                db->prepare("SELECT count(*) FROM family_member WHERE reading_language = ''");
            QVERIFY(languages.next());
            QCOMPARE(languages.integer(0), count(*db, "family_member") - (from >= 6 ? 1 : 0));
        }
        // A vault with answers from before version 4 notes which rules its verdicts were shown with.
        QCOMPARE(count(*db, "vault_note"), qint64(from >= 2 && from < 4 ? 1 : 0));
        QCOMPARE(count(*db, "verdict_record"), qint64(from >= 4 ? 1 : 0));
        // From version 5 the bytes live in their own table; the old column is left empty.
        QCOMPARE(count(*db, "attachment_data"), qint64(from >= 1 ? 1 : 0)); // row 1 moved, or row 2 at 5
        if (from >= 1 && from < 5) {
            Statement bytes = db->prepare("SELECT a.data, d.data FROM attachment a JOIN attachment_data d "
                                          "ON d.attachment_id = a.id WHERE a.id = 1");
            QVERIFY(bytes.next());
            QCOMPARE(bytes.blob(0), QByteArray());
            QCOMPARE(bytes.blob(1), QByteArray::fromHex("ffd8ff"));
        }
        for (int version = from + 1; version <= schema::latestVersion; ++version)
            QVERIFY(db->exec(sampleRows(version)));
        QVERIFY(db->integrityOk());
    }

    void failedStepIsRolledBack()
    {
        auto db = create(newPath());
        QVERIFY(schema::migrate(*db, 1));
        QVERIFY(db->exec("CREATE TABLE interview_answer (x);")); // makes step 2 fail
        QVERIFY(!schema::migrate(*db));
        QCOMPARE(db->userVersion(), 1);
    }

    // A version-5 vault gains the reading language and keeps every row; when the step fails
    // (here: the column is already there), the vault stays at version 5 with its rows intact.
    void version5GainsTheReadingLanguage()
    {
        auto db = create(newPath());
        QVERIFY(schema::migrate(*db, 5));
        for (int version = 1; version <= 5; ++version)
            QVERIFY(db->exec(sampleRows(version)));
        QVERIFY(schema::migrate(*db, 6));
        QCOMPARE(db->userVersion(), 6);
        Statement rows =
            db->prepare("SELECT id, name, note, interview_id, reading_language FROM family_member "
                        "ORDER BY id");
        QVERIFY(rows.next());
        QCOMPARE(rows.integer(0), qint64(1));
        QCOMPARE(rows.text(1), u"C"_qs);
        QCOMPARE(rows.text(4), QString());
        QVERIFY(rows.next());
        QCOMPARE(rows.integer(0), qint64(3));
        QCOMPARE(rows.text(2), u"n"_qs);
        QCOMPARE(rows.text(3), u"m1"_qs);
        QVERIFY(!rows.next());
        QCOMPARE(count(*db, "attachment"), qint64(2));
        QCOMPARE(count(*db, "attachment_data"), qint64(1));
        QCOMPARE(count(*db, "verdict_record"), qint64(1));
        QVERIFY(db->exec(sampleRows(6)));
    }
    void failedStepTo6LeavesVersion5Intact()
    {
        auto db = create(newPath());
        QVERIFY(schema::migrate(*db, 5));
        for (int version = 1; version <= 5; ++version)
            QVERIFY(db->exec(sampleRows(version)));
        QVERIFY(db->exec("ALTER TABLE family_member ADD COLUMN reading_language TEXT;")); // makes step 6 fail
        QVERIFY(!schema::migrate(*db));
        QCOMPARE(db->userVersion(), 5);
        QCOMPARE(count(*db, "family_member"), qint64(2));
        QCOMPARE(count(*db, "attachment"), qint64(2));
        QCOMPARE(count(*db, "attachment_data"), qint64(1));
        QVERIFY(db->integrityOk());
    }

    // A version-6 vault gains the (empty) table of kept letters and keeps every row; when the step
    // fails (here: the table is already there), the vault stays at version 6 with its rows intact.
    void version6GainsKeptLetters()
    {
        auto db = create(newPath());
        QVERIFY(schema::migrate(*db, 6));
        for (int version = 1; version <= 6; ++version)
            QVERIFY(db->exec(sampleRows(version)));
        QVERIFY(schema::migrate(*db, 7));
        QCOMPARE(db->userVersion(), 7);
        QCOMPARE(count(*db, "family_member"), qint64(3));
        QCOMPARE(count(*db, "attachment_data"), qint64(1));
        QCOMPARE(count(*db, "kept_letter"), qint64(0));
        QVERIFY(db->exec(sampleRows(7)));
        QCOMPARE(count(*db, "kept_letter"), qint64(2));
    }
    void failedStepTo7LeavesVersion6Intact()
    {
        auto db = create(newPath());
        QVERIFY(schema::migrate(*db, 6));
        for (int version = 1; version <= 6; ++version)
            QVERIFY(db->exec(sampleRows(version)));
        QVERIFY(db->exec("CREATE TABLE kept_letter (x);")); // makes step 7 fail
        QVERIFY(!schema::migrate(*db));
        QCOMPARE(db->userVersion(), 6);
        QCOMPARE(count(*db, "family_member"), qint64(3));
        QVERIFY(db->integrityOk());
    }

    // Removing a member removes the letters kept for it in the same statement; the family's stay.
    void keptLettersGoWithTheirMember()
    {
        auto db = create(newPath());
        QVERIFY(schema::migrate(*db));
        for (int version = 1; version <= schema::latestVersion; ++version)
            QVERIFY(db->exec(sampleRows(version)));
        QVERIFY(!db->exec("INSERT INTO kept_letter (member_id, letter_id, letter_date, text, photo, kept_at) "
                          "VALUES (99, 'receipt', '', '', x'', '');"));
        QVERIFY(db->exec("DELETE FROM family_member WHERE id = 6;"));
        QCOMPARE(count(*db, "kept_letter"), qint64(1));
        QVERIFY(db->exec("DELETE FROM referent;"));
        QCOMPARE(count(*db, "kept_letter"), qint64(1));
    }

    void newerDatabaseIsRefused()
    {
        auto db = create(newPath());
        QVERIFY(db->setUserVersion(schema::latestVersion + 1));
        QVERIFY(!schema::migrate(*db));
        QCOMPARE(db->userVersion(), schema::latestVersion + 1);
    }

    void restoreKnowsEveryTableAndColumnOfEveryVersion()
    {
        for (int version = 1; version <= schema::latestVersion; ++version) {
            auto db = create(newPath());
            QVERIFY(db && schema::migrate(*db, version));
            QStringList actualTables;
            Statement tables =
                db->prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
            while (tables.next())
                actualTables << tables.text(0);
            QStringList knownTables;
            for (const schemacopy::Table &table : schemacopy::knownTables()) {
                if (table.since > version)
                    continue;
                knownTables << QString::fromLatin1(table.name);
                Statement info =
                    db->prepare((QByteArray("PRAGMA table_info(") + table.name + ")").constData());
                QStringList columns;
                while (info.next())
                    columns << info.text(1);
                QCOMPARE(schemacopy::columnsAt(table, version), columns);
            }
            knownTables.sort();
            QCOMPARE(knownTables, actualTables);
        }
    }

    void foreignKeysCascade()
    {
        auto db = create(newPath());
        QVERIFY(schema::migrate(*db));
        QVERIFY(db->exec(sampleRows(1)));
        QVERIFY(!db->exec("INSERT INTO family_member (id, referent_id, relation, name, latin_name, "
                          "birth_date, country) VALUES (2, 99, 'child', 'X', 'X', '', '');"));
        QVERIFY(db->exec("DELETE FROM referent;"));
        for (const char *table :
             { "family_member", "document", "attachment", "stage_event", "deadline", "reminder" })
            QCOMPARE(count(*db, table), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestVaultSchema)
#include "tst_vaultschema.moc"
