#include "letters/keptletters.h"

#include "documents/jpegdecode.h"
#include "dossierevents.h"
#include "letters/letterreader.h"
#include "vault/database.h" // core

#include <QDateTime>
#include <QThread>

using samen::vault::KeptLetter;
using samen::vault::KeptLetterRepository;

KeptLetters::KeptLetters(const LetterReader &reader, DossierEvents &events, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_events(events)
{
    connect(&events, &DossierEvents::keptLettersChanged, this, &KeptLetters::lettersChanged);
    connect(&events, &DossierEvents::memberRemoved, this, &KeptLetters::lettersChanged);
}

void KeptLetters::setDatabase(samen::vault::Database *db)
{
    m_db = db;
    Q_EMIT databaseChanged();
}

double KeptLetters::keep(double memberId, bool forEveryone, const QString &letterId,
                         const QString &letterDateIso)
{
    const LetterReader::Keepable &keepable = m_reader.keepable();
    if (!m_db || keepable.photo.isEmpty() || letterId.isEmpty())
        return 0;
    KeptLetter letter;
    letter.memberId = forEveryone ? 0 : qint64(memberId);
    letter.letterId = letterId;
    letter.letterDate = letterDateIso;
    letter.text = keepable.text;
    letter.photo = keepable.photo;
    letter.keptAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!KeptLetterRepository(*m_db).add(letter))
        return 0;
    Q_EMIT m_events.keptLettersChanged(letter.memberId);
    return double(letter.id);
}

bool KeptLetters::remove(double keptId)
{
    if (!m_db)
        return false;
    KeptLetterRepository kept(*m_db);
    const auto letter = kept.letter(qint64(keptId));
    if (!letter || !kept.remove(letter->id))
        return false;
    Q_EMIT m_events.keptLettersChanged(letter->memberId);
    return true;
}

QList<KeptLetter> KeptLetters::lettersOf(qint64 memberId, const QString &letterId) const
{
    return m_db ? KeptLetterRepository(*m_db).lettersOf(memberId, letterId) : QList<KeptLetter>();
}

QByteArray KeptLetters::photo(qint64 id) const
{
    if (!m_db || QThread::currentThread() != thread())
        return {};
    const auto letter = KeptLetterRepository(*m_db).letter(id);
    return letter ? letter->photo : QByteArray();
}

KeptLetterImageProvider::KeptLetterImageProvider(const KeptLetters &letters)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_letters(letters)
{ }

QImage KeptLetterImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    bool ok = false;
    const qint64 keptId = id.section(QLatin1Char('?'), 0, 0).toLongLong(&ok);
    // Image.sourceSize with one side 0 means "that side follows the other".
    QSize wanted = requestedSize;
    if (wanted.width() > 0 && wanted.height() <= 0)
        wanted.setHeight(wanted.width() * 8);
    else if (wanted.height() > 0 && wanted.width() <= 0)
        wanted.setWidth(wanted.height() * 8);
    return ok ? decodeJpeg(m_letters.photo(keptId), wanted, size) : QImage();
}
