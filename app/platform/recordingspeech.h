#pragma once

#include "platform/speech.h"

#include <QStringList>

namespace samen::platform {

/**
 * A SpeechEngine that only records what it was asked to read: for tests, like
 * reminders::InMemoryNotifier. prepare() reports the voices given to the constructor; say()
 * reports started() at once and finished() only when the test calls finish() or stop().
 */
class RecordingSpeechEngine final : public SpeechEngine
{
    Q_OBJECT

public:
    /** An engine with voices for @p locales. */
    explicit RecordingSpeechEngine(QList<QLocale> locales, QObject *parent = nullptr);

    void prepare() override;
    void say(int utterance, const QString &text, const QLocale &voice, double rate) override;
    void stop() override;

    /** Ends the utterance being read, as the engine does when it reaches the end. */
    void finish();

    /** Every text given to say(), in order. */
    [[nodiscard]] QStringList texts() const { return m_texts; }
    /** The voice and rate of the last say(). */
    [[nodiscard]] QLocale lastVoice() const { return m_lastVoice; }
    [[nodiscard]] double lastRate() const { return m_lastRate; }
    /** The utterance being read, or 0. */
    [[nodiscard]] int reading() const { return m_reading; }
    /** How often prepare() was called. */
    [[nodiscard]] int preparations() const { return m_preparations; }

private:
    QList<QLocale> m_locales;
    QStringList m_texts;
    QLocale m_lastVoice;
    double m_lastRate = 0;
    int m_reading = 0;
    int m_preparations = 0;
};

/** A ClipPlayer that records the files it was asked to play (tests). */
class RecordingClipPlayer final : public ClipPlayer
{
    Q_OBJECT

public:
    using ClipPlayer::ClipPlayer;

    void play(int utterance, const QString &path) override;
    void stop() override;

    /** Every path given to play(), in order. */
    [[nodiscard]] QStringList played() const { return m_played; }
    /** The utterance playing, or 0. */
    [[nodiscard]] int playing() const { return m_playing; }

private:
    QStringList m_played;
    int m_playing = 0;
};

} // namespace samen::platform
