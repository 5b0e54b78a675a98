#include "platform/recordingspeech.h"

namespace samen::platform {

RecordingSpeechEngine::RecordingSpeechEngine(QList<QLocale> locales, QObject *parent)
    : SpeechEngine(parent)
    , m_locales(std::move(locales))
{ }

void RecordingSpeechEngine::prepare()
{
    ++m_preparations;
    Q_EMIT voicesKnown(m_locales);
}

void RecordingSpeechEngine::say(int utterance, const QString &text, const QLocale &voice, double rate)
{
    stop();
    m_texts.append(text);
    m_lastVoice = voice;
    m_lastRate = rate;
    m_reading = utterance;
    Q_EMIT started(utterance);
}

void RecordingSpeechEngine::stop()
{
    finish();
}

void RecordingSpeechEngine::finish()
{
    const int utterance = m_reading;
    m_reading = 0;
    if (utterance != 0)
        Q_EMIT finished(utterance);
}

void RecordingClipPlayer::play(int utterance, const QString &path)
{
    stop();
    m_played.append(path);
    m_playing = utterance;
    Q_EMIT started(utterance);
}

void RecordingClipPlayer::stop()
{
    const int utterance = m_playing;
    m_playing = 0;
    if (utterance != 0)
        Q_EMIT finished(utterance);
}

} // namespace samen::platform
