#include "platform/qtspeechengine.h"

#include "engines/enginemodule.h"

namespace samen::platform {

namespace {

/** The sound module, loaded on the first call; nullptr when it is missing. */
const SoundModule *soundModule()
{
    static const auto *const loaded =
        engines::engine<SoundModule>(QStringLiteral("samen_sound"), kSoundModuleEntry);
    return loaded;
}

} // namespace

QtSpeechEngine::QtSpeechEngine(QObject *parent)
    : SpeechEngine(parent)
{
    if (const SoundModule *module = soundModule())
        m_backend = module->makeSpeech(*this);
}

QtSpeechEngine::~QtSpeechEngine()
{
    m_backend.reset(); // while this is still a QtSpeechEngine: the backend may report as it stops
}

void QtSpeechEngine::prepare()
{
    if (m_backend)
        m_backend->prepare();
    else
        Q_EMIT SpeechEngine::voicesKnown({});
}

void QtSpeechEngine::say(int utterance, const QString &text, const QLocale &voice, double rate)
{
    if (m_backend)
        m_backend->say(utterance, text, voice, rate);
    else
        Q_EMIT SpeechEngine::finished(utterance);
}

void QtSpeechEngine::stop()
{
    if (m_backend)
        m_backend->stop();
}

QtClipPlayer::QtClipPlayer(QObject *parent)
    : ClipPlayer(parent)
{
    if (const SoundModule *module = soundModule())
        m_backend = module->makeClips(*this);
}

QtClipPlayer::~QtClipPlayer()
{
    m_backend.reset();
}

void QtClipPlayer::play(int utterance, const QString &path)
{
    if (m_backend)
        m_backend->play(utterance, path);
    else
        Q_EMIT ClipPlayer::finished(utterance);
}

void QtClipPlayer::stop()
{
    if (m_backend)
        m_backend->stop();
}

} // namespace samen::platform
