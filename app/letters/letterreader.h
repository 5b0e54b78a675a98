#pragma once

#include "letters/readingrow.h"
#include "publishedsingleton.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QQmlEngine>
#include <QThreadPool>
#include <QUrl>

#include <memory>

class LanguageController;

namespace samen::reminders {
class Clock;
}

namespace samen::letters {
struct LetterReading;
}

/**
 * The letter reader: a photo or a file of an IND letter is read with Tesseract on a worker
 * thread, entirely in memory, and turned into a reading (which letter, its dates and the words
 * they came from) in the user's language. It saves nothing: the user checks the letter and its
 * dates on the letter's page, which records them, and may keep the letter's photo and text
 * (KeptLetters takes them from keepable()). The OCR engine is created on the first reading (never
 * at start) and dropped when the vault locks, with the reading, its photo and its text.
 */
class LetterReader : public QObject, public PublishedSingleton<LetterReader>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** Where the reader is. */
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /** Why the last reading failed, in the user's language; empty unless state is Failed. */
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    /** The last reading; meaningful when state is Read. */
    Q_PROPERTY(LetterReadingRow reading READ reading NOTIFY stateChanged)
    /** True when a reading's photo and text are in memory, for the user to keep if they want. */
    Q_PROPERTY(bool canKeep READ canKeep NOTIFY stateChanged)

public:
    /** The reader's states. */
    enum State {
        /** Nothing read or being read. */
        Idle,
        /** A photo or file is being read. */
        Reading,
        /** A reading is ready. */
        Read,
        /** The photo or file could not be read (errorText says why). */
        Failed,
    };
    Q_ENUM(State)

    /** A reader that words its results in @p languages' language and counts from @p clock's today. */
    LetterReader(LanguageController &languages, const samen::reminders::Clock &clock, QObject *parent);
    ~LetterReader() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] LetterReadingRow reading() const { return m_row; }
    [[nodiscard]] bool canKeep() const { return m_state == Read && !m_keepable.photo.isEmpty(); }

    /** The last reading's photo and text, for KeptLetters; empty unless canKeep. */
    struct Keepable
    {
        /** The first page as read (straightened), a JPEG of at most kKeptPhotoSide pixels a side. */
        QByteArray photo;
        /** The text recognised on all pages. */
        QString text;
    };
    /** The longest side of a kept photo, in pixels (A4 at about 150 dpi: legible, about 0.3 MB). */
    static constexpr int kKeptPhotoSide = 1800;
    [[nodiscard]] const Keepable &keepable() const { return m_keepable; }

    /** Starts reading the photo or PDF at @p url (file:// or content://); false while another reading runs.
     */
    Q_INVOKABLE bool readFile(const QUrl &url);
    /** Starts reading a photo taken in the app (after the photo check); false while another reading runs. */
    bool readImage(const QImage &photo);
    /** Forgets the reading (and ignores one still running): back to Idle. */
    Q_INVOKABLE void clear();
    /** Forgets the reading and lets go of the OCR engine (the vault locked). */
    void release();
    /** Waits until the worker is done (tests, shutdown). */
    void waitForIdle();

Q_SIGNALS:
    /** state, errorText or reading changed. */
    void stateChanged();

private:
    struct Outcome;
    struct Engine;
    struct Pages;
    bool start(std::function<Pages()> load);
    void finished();
    void wordReading();

    LanguageController &m_languages;
    const samen::reminders::Clock &m_clock;
    QThreadPool m_pool; // one thread: one reading at a time, in order
    std::shared_ptr<Engine> m_engine;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    std::unique_ptr<samen::letters::LetterReading> m_reading;
    quint64 m_generation = 0;
    State m_state = Idle;
    QString m_errorCode;
    LetterReadingRow m_row;
    Keepable m_keepable;
};
