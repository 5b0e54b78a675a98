#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace samen::platform {

/**
 * Reads text aloud with the device's speech engine (Qt TextToSpeech: the Android engine on a
 * phone, speech-dispatcher with eSpeak NG on Linux). Every call returns at once; what happens
 * comes back as signals, each naming the utterance it is about, so that a late "finished" of an
 * utterance that was stopped is never taken for the one that follows it.
 *
 * Made on first use (Platform::makeSpeechEngine), never at start-up: starting an engine can
 * take seconds (speech-dispatcher is spawned and lists its voices).
 */
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /** Starts the engine; voicesKnown() follows once with the locales it has voices for. */
    virtual void prepare() = 0;
    /**
     * Reads @p text with a voice for @p voice at @p rate (-1 slowest, 0 normal, 1 fastest) as
     * @p utterance. Stops what was being read first (its finished() follows).
     */
    virtual void say(int utterance, const QString &text, const QLocale &voice, double rate) = 0;
    /** Stops reading; finished() follows for the utterance that was being read. */
    virtual void stop() = 0;

Q_SIGNALS:
    /** The locales this engine has voices for (empty: none, or the engine did not start). */
    void voicesKnown(const QList<QLocale> &locales);
    /** Sound started for @p utterance. */
    void started(int utterance);
    /** @p utterance ended, was stopped or failed. */
    void finished(int utterance);
};

/**
 * Plays a recorded clip (a file, also from the resources) with Qt Multimedia. Made on first
 * use (Platform::makeClipPlayer).
 */
class ClipPlayer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /** Plays the file @p path as @p utterance; stops what was playing first. */
    virtual void play(int utterance, const QString &path) = 0;
    /** Stops playing; finished() follows for the clip that was playing. */
    virtual void stop() = 0;

Q_SIGNALS:
    /** Sound started for @p utterance. */
    void started(int utterance);
    /** @p utterance ended, was stopped or could not be played. */
    void finished(int utterance);
};

/** Makes the speech engine on first use; empty where the device has none. */
using SpeechEngineFactory = std::function<std::unique_ptr<SpeechEngine>()>;
/** Makes the clip player on first use; empty where the device has none. */
using ClipPlayerFactory = std::function<std::unique_ptr<ClipPlayer>()>;

} // namespace samen::platform
