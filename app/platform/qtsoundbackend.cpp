// libsamen_sound.so: Qt TextToSpeech and Qt Multimedia behind soundbackend.h. Its one export
// is samen_sound().
#include "platform/soundbackend.h"

#include <QAudioOutput>
#include <QFile>
#include <QMediaPlayer>
#include <QTextToSpeech>
#include <QThread>
#include <QUrl>

namespace samen::platform {

namespace {

/** Owns the QTextToSpeech on the engine's thread and tags its states with the utterance. */
class SpeechWorker : public QObject
{
    Q_OBJECT

public:
    void prepare()
    {
        if (!m_speech)
            m_speech = new QTextToSpeech(this);
        connect(m_speech, &QTextToSpeech::stateChanged, this, &SpeechWorker::follow, Qt::UniqueConnection);
        const bool working = m_speech->state() != QTextToSpeech::Error;
        Q_EMIT voicesKnown(working ? m_speech->availableLocales() : QList<QLocale>());
    }

    void say(int utterance, const QString &text, const QLocale &voice, double rate)
    {
        if (!m_speech)
            prepare();
        stop();
        m_utterance = utterance;
        m_started = false;
        if (m_speech->locale() != voice)
            m_speech->setLocale(voice);
        m_speech->setRate(rate);
        m_speech->say(text);
        if (m_speech->state() == QTextToSpeech::Error)
            end();
    }

    void stop()
    {
        const int utterance = m_utterance;
        m_utterance = 0;
        if (m_speech && utterance != 0)
            m_speech->stop();
        if (utterance != 0)
            Q_EMIT finished(utterance);
    }

Q_SIGNALS:
    void voicesKnown(const QList<QLocale> &locales);
    void started(int utterance);
    void finished(int utterance);

private:
    void follow(QTextToSpeech::State state)
    {
        if (m_utterance == 0)
            return;
        if (state == QTextToSpeech::Speaking && !m_started) {
            m_started = true;
            Q_EMIT started(m_utterance);
        } else if (state == QTextToSpeech::Error || (state == QTextToSpeech::Ready && m_started)) {
            end();
        }
    }

    void end()
    {
        const int utterance = m_utterance;
        m_utterance = 0;
        Q_EMIT finished(utterance);
    }

    QTextToSpeech *m_speech = nullptr;
    int m_utterance = 0;
    bool m_started = false;
};

/**
 * QTextToSpeech is built by prepare() on a thread of its own: with speech-dispatcher its
 * constructor waits for the daemon to start (about 5 s here), which must not freeze the screen.
 * Nothing read is logged.
 */
class QtSpeechBackend final : public SpeechBackend
{
public:
    explicit QtSpeechBackend(SoundEvents &events)
        : m_worker(new SpeechWorker)
    {
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        QObject::connect(m_worker, &SpeechWorker::voicesKnown, &m_receiver,
                         [&events](const QList<QLocale> &locales) { events.reportVoices(locales); });
        QObject::connect(m_worker, &SpeechWorker::started, &m_receiver,
                         [&events](int utterance) { events.reportStarted(utterance); });
        QObject::connect(m_worker, &SpeechWorker::finished, &m_receiver,
                         [&events](int utterance) { events.reportFinished(utterance); });
        m_thread.setObjectName(QStringLiteral("speech"));
        m_thread.start();
    }

    ~QtSpeechBackend() override
    {
        QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void prepare() override { QMetaObject::invokeMethod(m_worker, &SpeechWorker::prepare); }

    void say(int utterance, const QString &text, const QLocale &voice, double rate) override
    {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, utterance, text, voice, rate] {
            worker->say(utterance, text, voice, rate);
        });
    }

    void stop() override { QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop); }

private:
    QObject m_receiver; // on the thread that made the backend: events arrive there
    QThread m_thread;
    SpeechWorker *m_worker; // lives on m_thread, deleted when it finishes
};

/** QMediaPlayer and QAudioOutput, made on the first play(). */
class QtClipBackend final : public ClipBackend
{
public:
    explicit QtClipBackend(SoundEvents &events)
        : m_events(events)
    { }

    ~QtClipBackend() override
    {
        if (m_player)
            m_player->stop();
    }

    void play(int utterance, const QString &path) override
    {
        if (!m_player)
            makePlayer();
        stop();
        m_file.setFileName(path);
        m_utterance = utterance;
        if (!m_file.open(QIODevice::ReadOnly)) {
            finish();
            return;
        }
        // A device, so that clips inside the resources (":/audio/…") play as well as files.
        m_player->setSourceDevice(&m_file, QUrl::fromLocalFile(path));
        m_player->play();
    }

    void stop() override
    {
        if (m_player && m_player->playbackState() != QMediaPlayer::StoppedState)
            m_player->stop();
        finish();
    }

private:
    void makePlayer()
    {
        m_output = std::make_unique<QAudioOutput>();
        m_player = std::make_unique<QMediaPlayer>();
        m_player->setAudioOutput(m_output.get());
        QObject::connect(m_player.get(), &QMediaPlayer::playbackStateChanged, m_player.get(),
                         [this](QMediaPlayer::PlaybackState state) {
                             if (state == QMediaPlayer::PlayingState && m_utterance != 0)
                                 m_events.reportStarted(m_utterance);
                             else if (state == QMediaPlayer::StoppedState)
                                 finish();
                         });
        QObject::connect(m_player.get(), &QMediaPlayer::errorOccurred, m_player.get(), [this] { finish(); });
    }

    void finish()
    {
        const int utterance = m_utterance;
        m_utterance = 0;
        if (m_file.isOpen()) {
            m_file.close(); // first: detaching the device below may report StoppedState again
            m_player->setSourceDevice(nullptr);
        }
        if (utterance != 0)
            m_events.reportFinished(utterance);
    }

    SoundEvents &m_events;
    std::unique_ptr<QAudioOutput> m_output;
    std::unique_ptr<QMediaPlayer> m_player; // after m_output: destroyed first
    QFile m_file;
    int m_utterance = 0;
};

class QtSoundModule final : public SoundModule
{
public:
    std::unique_ptr<SpeechBackend> makeSpeech(SoundEvents &events) const override
    {
        return std::make_unique<QtSpeechBackend>(events);
    }
    std::unique_ptr<ClipBackend> makeClips(SoundEvents &events) const override
    {
        return std::make_unique<QtClipBackend>(events);
    }
};

} // namespace

} // namespace samen::platform

extern "C" Q_DECL_EXPORT const samen::platform::SoundModule *samen_sound()
{
    static const samen::platform::QtSoundModule module;
    return &module;
}

#include "qtsoundbackend.moc"
