#include "vault/schema.h"

#include "vault/crashpoint.h"
#include "vault/database.h"
#include "vault/logging.h"

#include <array>

namespace samen::vault::schema {

namespace {

// Version 1: the dossier (referent, family, documents with attachments, stages, deadlines).
bool createDossier(Database &db)
{
    return db.exec(R"(
CREATE TABLE referent (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    latin_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    nationality TEXT NOT NULL,
    permit_date TEXT NOT NULL);
CREATE TABLE family_member (
    id INTEGER PRIMARY KEY,
    referent_id INTEGER NOT NULL REFERENCES referent(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    name TEXT NOT NULL,
    latin_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    country TEXT NOT NULL);
CREATE INDEX family_member_referent ON family_member(referent_id);
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    member_id INTEGER REFERENCES family_member(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE INDEX document_member ON document(member_id);
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    mime_type TEXT NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL);
CREATE INDEX attachment_document ON attachment(document_id);
CREATE TABLE stage_event (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES family_member(id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    date TEXT NOT NULL,
    note TEXT NOT NULL);
CREATE INDEX stage_event_member ON stage_event(member_id);
CREATE TABLE deadline (
    id INTEGER PRIMARY KEY,
    member_id INTEGER REFERENCES family_member(id) ON DELETE CASCADE,
    rule_id TEXT NOT NULL,
    due_date TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0);
CREATE INDEX deadline_member ON deadline(member_id);
CREATE TABLE reminder (
    id INTEGER PRIMARY KEY,
    deadline_id INTEGER NOT NULL REFERENCES deadline(id) ON DELETE CASCADE,
    fire_at TEXT NOT NULL,
    dismissed INTEGER NOT NULL DEFAULT 0);
CREATE INDEX reminder_deadline ON reminder(deadline_id);
)");
}

// Version 2: answers of the eligibility interview.
bool createInterviewAnswers(Database &db)
{
    return db.exec(R"(
CREATE TABLE interview_answer (
    subject_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (subject_id, question_id));
)");
}

// Version 3: links family members to the interview, notes, thumbnails and letter deadlines.
bool addDossierDetails(Database &db)
{
    return db.exec(R"(
ALTER TABLE family_member ADD COLUMN interview_id TEXT NOT NULL DEFAULT '';
ALTER TABLE family_member ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE attachment ADD COLUMN thumbnail BLOB NOT NULL DEFAULT x'';
ALTER TABLE attachment ADD COLUMN file_name TEXT NOT NULL DEFAULT '';
ALTER TABLE deadline ADD COLUMN label TEXT NOT NULL DEFAULT '';
ALTER TABLE deadline ADD COLUMN snoozed_until TEXT NOT NULL DEFAULT '';
)");
}

// Version 4: the verdicts each member was shown, with the date of the rules behind them, so that
// a change of the rules can be told. A vault upgraded from version 3 with answers in it notes
// that its verdicts were shown with the rules of 2026-11-23 (the pack of that release).
bool addVerdictHistory(Database &db)
{
    return db.exec(R"(
CREATE TABLE verdict_record (
    id INTEGER PRIMARY KEY,
    interview_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    earliest TEXT NOT NULL,
    rules_as_of TEXT NOT NULL,
    recorded_at TEXT NOT NULL);
CREATE INDEX verdict_record_member ON verdict_record(interview_id);
CREATE TABLE vault_note (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL);
)") && noteVerdictsOfEarlierRules(db);
}

// Version 5: the bytes of each attachment and its thumbnail in tables of their own, so that
// listing a document's pages or reading one thumbnail never walks (and decrypts) the pages of
// every photo. The old columns stay in `attachment`, empty (SQLite 3.15 cannot drop a column).
bool splitAttachmentBytes(Database &db)
{
    return db.exec(R"(
CREATE TABLE attachment_data (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
    data BLOB NOT NULL);
CREATE TABLE attachment_thumbnail (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
    thumbnail BLOB NOT NULL);
)") && moveAttachmentBytes(db);
}

// Version 6: the language each family member reads, for the kit the user sends them ("" = the
// app's language). Existing members keep every column and read in the app's language.
bool addReadingLanguage(Database &db)
{
    return db.exec("ALTER TABLE family_member ADD COLUMN reading_language TEXT NOT NULL DEFAULT '';");
}

// Version 7: the photo and recognised text of a letter the user chose to keep, tied to the member
// it came for (NULL: the whole family) and the pack letter it is. Removing the member removes it.
// A new, empty table: nothing is copied.
bool addKeptLetters(Database &db)
{
    return db.exec(R"(
CREATE TABLE kept_letter (
    id INTEGER PRIMARY KEY,
    member_id INTEGER REFERENCES family_member(id) ON DELETE CASCADE,
    letter_id TEXT NOT NULL,
    letter_date TEXT NOT NULL,
    text TEXT NOT NULL,
    photo BLOB NOT NULL,
    kept_at TEXT NOT NULL);
CREATE INDEX kept_letter_member ON kept_letter(member_id);
)");
}

using Step = bool (*)(Database &);
constexpr std::array<Step, latestVersion> steps { createDossier,        createInterviewAnswers,
                                                  addDossierDetails,    addVerdictHistory,
                                                  splitAttachmentBytes, addReadingLanguage,
                                                  addKeptLetters };

bool runStep(Database &db, int toVersion)
{
    Transaction transaction(db);
    if (!transaction.isActive() || !steps[size_t(toVersion - 1)](db))
        return false;
    crashPoint(CrashPoint::MigrationStepRan);
    if (!db.setUserVersion(toVersion))
        return false;
    return transaction.commit();
}

} // namespace

bool moveAttachmentBytes(Database &db)
{
    return db.exec(R"(
INSERT OR REPLACE INTO attachment_data (attachment_id, data)
    SELECT id, data FROM attachment WHERE length(data) > 0;
INSERT OR REPLACE INTO attachment_thumbnail (attachment_id, thumbnail)
    SELECT id, thumbnail FROM attachment WHERE length(thumbnail) > 0;
UPDATE attachment SET data = x'', thumbnail = x'' WHERE length(data) > 0 OR length(thumbnail) > 0;
)");
}

bool noteVerdictsOfEarlierRules(Database &db)
{
    return db.exec("INSERT OR IGNORE INTO vault_note (key, value) SELECT 'verdictsShownWithRulesOf', "
                   "'2026-11-23' WHERE EXISTS (SELECT 1 FROM interview_answer);");
}

bool migrate(Database &db, int targetVersion)
{
    const int current = db.userVersion();
    if (current < 0 || current > latestVersion || targetVersion > latestVersion) {
        qCWarning(lcVault, "schema version %d not supported", current);
        return false;
    }
    for (int version = current + 1; version <= targetVersion; ++version) {
        if (!runStep(db, version)) {
            qCWarning(lcVault, "migration to schema version %d failed", version);
            return false;
        }
    }
    return true;
}

} // namespace samen::vault::schema
