#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

/**
 * Reading aloud and playing clips need Qt TextToSpeech and Qt Multimedia, which bring a dozen
 * libraries (PulseAudio, codecs). They live in the module libsamen_sound.so, loaded when the
 * first speaker is tapped, not at start (issue 19). This header is the module's interface and
 * has nothing but inline code: QtSpeechEngine and QtClipPlayer (qtspeechengine.h) are the app's
 * side of it.
 */
namespace samen::platform {

/** What a backend reports, on the thread that made it. */
class SoundEvents
{
public:
    virtual ~SoundEvents() = default;
    /** The locales the speech engine has voices for (empty: none, or it did not start). */
    virtual void reportVoices(const QList<QLocale> &locales) = 0;
    /** Sound started for @p utterance. */
    virtual void reportStarted(int utterance) = 0;
    /** @p utterance ended, was stopped or failed. */
    virtual void reportFinished(int utterance) = 0;
};

/** Qt TextToSpeech on a thread of its own (SpeechEngine's contract). */
class SpeechBackend
{
public:
    virtual ~SpeechBackend() = default;
    virtual void prepare() = 0;
    virtual void say(int utterance, const QString &text, const QLocale &voice, double rate) = 0;
    virtual void stop() = 0;
};

/** Qt Multimedia's player (ClipPlayer's contract). */
class ClipBackend
{
public:
    virtual ~ClipBackend() = default;
    virtual void play(int utterance, const QString &path) = 0;
    virtual void stop() = 0;
};

/** The module's factory; what it makes reports to @p events, which must outlive it. */
class SoundModule
{
public:
    virtual ~SoundModule() = default;
    [[nodiscard]] virtual std::unique_ptr<SpeechBackend> makeSpeech(SoundEvents &events) const = 0;
    [[nodiscard]] virtual std::unique_ptr<ClipBackend> makeClips(SoundEvents &events) const = 0;
};

/** The name of the module's entry point, `extern "C" const SoundModule *samen_sound()`. */
inline constexpr char kSoundModuleEntry[] = "samen_sound";

} // namespace samen::platform
