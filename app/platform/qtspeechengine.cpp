#include "platform/qtspeechengine.h"

#include <QAudioOutput>
#include <QFile>
#include <QMediaPlayer>
#include <QTextToSpeech>
#include <QUrl>

namespace samen::platform {

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

QtSpeechEngine::QtSpeechEngine(QObject *parent)
    : SpeechEngine(parent)
    , m_worker(new SpeechWorker)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechWorker::voicesKnown, this, &SpeechEngine::voicesKnown);
    connect(m_worker, &SpeechWorker::started, this, &SpeechEngine::started);
    connect(m_worker, &SpeechWorker::finished, this, &SpeechEngine::finished);
    m_thread.setObjectName(QStringLiteral("speech"));
    m_thread.start();
}

QtSpeechEngine::~QtSpeechEngine()
{
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void QtSpeechEngine::prepare()
{
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::prepare);
}

void QtSpeechEngine::say(int utterance, const QString &text, const QLocale &voice, double rate)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, utterance, text, voice, rate] {
        worker->say(utterance, text, voice, rate);
    });
}

void QtSpeechEngine::stop()
{
    QMetaObject::invokeMethod(m_worker, &SpeechWorker::stop);
}

class QtClipPlayer::Private
{
public:
    QAudioOutput *output = nullptr;
    QMediaPlayer *player = nullptr;
    QFile file;
    int utterance = 0;
};

QtClipPlayer::QtClipPlayer(QObject *parent)
    : ClipPlayer(parent)
    , d(std::make_unique<Private>())
{ }

QtClipPlayer::~QtClipPlayer()
{
    if (d->player)
        d->player->stop();
}

void QtClipPlayer::makePlayer()
{
    d->output = new QAudioOutput(this);
    d->player = new QMediaPlayer(this);
    d->player->setAudioOutput(d->output);
    connect(d->player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        if (state == QMediaPlayer::PlayingState && d->utterance != 0)
            Q_EMIT started(d->utterance);
        else if (state == QMediaPlayer::StoppedState)
            finish();
    });
    connect(d->player, &QMediaPlayer::errorOccurred, this, [this] { finish(); });
}

void QtClipPlayer::play(int utterance, const QString &path)
{
    if (!d->player)
        makePlayer();
    stop();
    d->file.setFileName(path);
    d->utterance = utterance;
    if (!d->file.open(QIODevice::ReadOnly)) {
        finish();
        return;
    }
    // A device, so that clips inside the resources (":/audio/…") play as well as files.
    d->player->setSourceDevice(&d->file, QUrl::fromLocalFile(path));
    d->player->play();
}

void QtClipPlayer::stop()
{
    if (d->player && d->player->playbackState() != QMediaPlayer::StoppedState)
        d->player->stop();
    finish();
}

void QtClipPlayer::finish()
{
    const int utterance = d->utterance;
    d->utterance = 0;
    if (d->file.isOpen()) {
        d->file.close(); // first: detaching the device below may report StoppedState again
        d->player->setSourceDevice(nullptr);
    }
    if (utterance != 0)
        Q_EMIT finished(utterance);
}

} // namespace samen::platform

#include "qtspeechengine.moc"
