#pragma once

#include "publishedsingleton.h"
#include "vault/keptletterrepository.h" // core

#include <QObject>
#include <QQmlEngine>
#include <QQuickImageProvider>

class DossierEvents;
class LetterReader;

namespace samen::vault {
class Database;
}

/**
 * The letters the user chose to keep: the photo (the straightened page, a bounded JPEG) and the
 * recognised text of a letter just read, stored only in the encrypted vault and only when the
 * user asks (the letter's page offers it, off by default). The one writer of kept letters: it
 * emits DossierEvents::keptLettersChanged after each write. Removing the member removes their
 * kept letters with it (the store's reference).
 */
class KeptLetters : public QObject, public PublishedSingleton<KeptLetters>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    /** Keeps what @p reader holds of its last reading; says what it wrote on @p events. */
    KeptLetters(const LetterReader &reader, DossierEvents &events, QObject *parent);

    /** The open vault's database, or nullptr when it locks. */
    void setDatabase(samen::vault::Database *db);

    /**
     * Stores the photo and text of the letter the reader holds as letter @p letterId of the
     * pack, for member @p memberId or the whole family (@p forEveryone), with the letter's date
     * @p letterDateIso (may be empty). Returns the kept letter's id; 0 when there is nothing to
     * keep or the store refused it (nothing is stored then).
     */
    Q_INVOKABLE double keep(double memberId, bool forEveryone, const QString &letterId,
                            const QString &letterDateIso);
    /** Deletes kept letter @p keptId, photo and text; false when there was none. */
    Q_INVOKABLE bool remove(double keptId);

    /** The letters @p letterId kept for @p memberId (0: the whole family's), newest first, without photos. */
    [[nodiscard]] QList<samen::vault::KeptLetter> lettersOf(qint64 memberId, const QString &letterId) const;
    /** The JPEG of kept letter @p id; empty when locked, unknown or not on this object's thread. */
    [[nodiscard]] QByteArray photo(qint64 id) const;

Q_SIGNALS:
    /** The vault opened or locked: every view reads again. */
    void databaseChanged();
    /** Letters were kept or deleted (here or with a member): the views read again. */
    void lettersChanged();

private:
    const LetterReader &m_reader;
    DossierEvents &m_events;
    samen::vault::Database *m_db = nullptr;
};

/**
 * Serves image://keptletter/<id>: a kept letter's photo, read from the vault and decoded in
 * memory on the GUI thread (use with Image { asynchronous: false; cache: false }, as
 * AttachmentImageProvider), scaled down to the requested size.
 */
class KeptLetterImageProvider : public QQuickImageProvider
{
public:
    /** Reads through @p letters, which must outlive the provider. */
    explicit KeptLetterImageProvider(const KeptLetters &letters);

    /** The photo of kept letter @p id (decimal). */
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    const KeptLetters &m_letters;
};
