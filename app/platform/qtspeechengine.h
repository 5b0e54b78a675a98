#pragma once

#include "platform/soundbackend.h"
#include "platform/speech.h"

namespace samen::platform {

/**
 * The SpeechEngine over Qt TextToSpeech, which lives in the module libsamen_sound.so
 * (soundbackend.h) and is loaded when this engine is made, on first use. Without the module the
 * engine knows no voices and every utterance finishes at once: the app says the phone has no
 * voice for the language. Nothing read is logged.
 */
class QtSpeechEngine final : public SpeechEngine, private SoundEvents
{
    Q_OBJECT

public:
    explicit QtSpeechEngine(QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    void prepare() override;
    void say(int utterance, const QString &text, const QLocale &voice, double rate) override;
    void stop() override;

private:
    void reportVoices(const QList<QLocale> &locales) override { Q_EMIT SpeechEngine::voicesKnown(locales); }
    void reportStarted(int utterance) override { Q_EMIT SpeechEngine::started(utterance); }
    void reportFinished(int utterance) override { Q_EMIT SpeechEngine::finished(utterance); }

    std::unique_ptr<SpeechBackend> m_backend; // null when the module is missing
};

/**
 * The ClipPlayer over Qt Multimedia (QMediaPlayer and QAudioOutput, made on the first play()) in
 * libsamen_sound.so. Without the module every clip finishes at once.
 */
class QtClipPlayer final : public ClipPlayer, private SoundEvents
{
    Q_OBJECT

public:
    explicit QtClipPlayer(QObject *parent = nullptr);
    ~QtClipPlayer() override;

    void play(int utterance, const QString &path) override;
    void stop() override;

private:
    void reportVoices(const QList<QLocale> &) override { }
    void reportStarted(int utterance) override { Q_EMIT ClipPlayer::started(utterance); }
    void reportFinished(int utterance) override { Q_EMIT ClipPlayer::finished(utterance); }

    std::unique_ptr<ClipBackend> m_backend; // null when the module is missing
};

} // namespace samen::platform
