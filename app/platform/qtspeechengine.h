#pragma once

#include "platform/speech.h"

#include <QThread>

namespace samen::platform {

class SpeechWorker;

/**
 * The SpeechEngine over Qt TextToSpeech. QTextToSpeech is built by prepare() on a thread of its
 * own: with speech-dispatcher its constructor waits for the daemon to start (about 5 s here),
 * which must not freeze the screen. Nothing read is logged.
 */
class QtSpeechEngine final : public SpeechEngine
{
    Q_OBJECT

public:
    explicit QtSpeechEngine(QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    void prepare() override;
    void say(int utterance, const QString &text, const QLocale &voice, double rate) override;
    void stop() override;

private:
    QThread m_thread;
    SpeechWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
};

/** The ClipPlayer over Qt Multimedia (QMediaPlayer and QAudioOutput, made on the first play()). */
class QtClipPlayer final : public ClipPlayer
{
    Q_OBJECT

public:
    explicit QtClipPlayer(QObject *parent = nullptr);
    ~QtClipPlayer() override;

    void play(int utterance, const QString &path) override;
    void stop() override;

private:
    void makePlayer();
    void finish();

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace samen::platform
