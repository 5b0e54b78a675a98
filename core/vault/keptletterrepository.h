#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace samen::vault {

class Database;

/**
 * A letter the user chose to keep: the prepared (straightened) photo of its first page and the
 * text the reader recognised, tied to the member it came for and the pack letter it is. Kept
 * only in the encrypted store, only when the user asks.
 */
struct KeptLetter
{
    /** Row id; 0 for a letter not stored yet. */
    qint64 id = 0;
    /** The family member it came for; 0 when it came for the whole family. */
    qint64 memberId = 0;
    /** The pack letter it is (e.g. "missingItems"). */
    QString letterId;
    /** The letter's own date (dagtekening), ISO; empty when not known. */
    QString letterDate;
    /** The text the reader recognised. */
    QString text;
    /** The photo, a JPEG. */
    QByteArray photo;
    /** When it was kept, ISO date and time in UTC. */
    QString keptAt;
};

/** Stores kept letters (schema version 7's `kept_letter`). */
class KeptLetterRepository
{
public:
    /** Works on the unlocked @p db, which must outlive the repository. */
    explicit KeptLetterRepository(Database &db);

    /** Stores a new @p letter (its id must be 0) and sets its id; false on a failure (nothing stored). */
    [[nodiscard]] bool add(KeptLetter &letter);
    /** The kept letter @p id, photo included. */
    [[nodiscard]] std::optional<KeptLetter> letter(qint64 id);
    /**
     * The letters @p letterId kept for member @p memberId (0: those for the whole family), newest
     * first, without their photos (use letter() for one photo).
     */
    [[nodiscard]] QList<KeptLetter> lettersOf(qint64 memberId, const QString &letterId);
    /** Deletes kept letter @p id; true when one was deleted. */
    [[nodiscard]] bool remove(qint64 id);

private:
    Database &m_db;
};

} // namespace samen::vault
