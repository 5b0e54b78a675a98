#pragma once

#include "kinds.h"
#include "platform/speech.h"
#include "publishedsingleton.h"

#include <QLocale>
#include <QObject>
#include <QQmlEngine>

#include <memory>
#include <optional>

class LanguageController;

/**
 * Reads what a screen shows aloud, in the app's language: the speaker buttons call
 * toggle(text, key). A recorded clip for the key (assets/audio/<language>/<key>.<ext>) is
 * played instead of the engine's voice where one exists. The engine and the player are made on
 * the first tap, never at start-up. Reading stops on a second tap of the same button, when
 * another starts, when the store locks, when the language changes and when the page is left
 * (Main.qml calls stop()). Nothing read is logged or kept.
 *
 * The one setting, slow, is kept in the Qt settings file (like the text size: nothing
 * personal, needed before the store is unlocked).
 */
class ReadAloud : public QObject, public PublishedSingleton<ReadAloud>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** The key of the button being read, or empty: that button shows "stop". */
    Q_PROPERTY(QString speakingKey READ speakingKey NOTIFY speakingKeyChanged)
    /** Whether this phone can read the app's language (VoiceStatus). */
    Q_PROPERTY(VoiceStatus::Value voice READ voice NOTIFY voiceChanged)
    /**
     * False once the note that this phone has no voice for the language was shown: speakers
     * without a recorded clip then hide (before that, a tap must be able to say so).
     */
    Q_PROPERTY(bool offersVoice READ offersVoice NOTIFY voiceChanged)
    /** True once a tap found no voice, until the user closes the note that says so. */
    Q_PROPERTY(bool noVoiceNote READ noVoiceNote NOTIFY noVoiceNoteChanged)
    /** Read more slowly than the engine's normal speed (the default). */
    Q_PROPERTY(bool slow READ slow WRITE setSlow NOTIFY slowChanged)

public:
    /** The rate for slow reading (QTextToSpeech: -1 slowest, 0 normal). */
    static constexpr double slowRate = -0.3;

    /**
     * Reads in @p languages' language with the engine and player @p makeEngine and @p makePlayer
     * make on first use (either may be empty: no engine, no player). AppServices also makes it
     * stop when the store locks.
     */
    ReadAloud(LanguageController &languages, samen::platform::SpeechEngineFactory makeEngine,
              samen::platform::ClipPlayerFactory makePlayer, QObject *parent);
    ~ReadAloud() override;

    [[nodiscard]] QString speakingKey() const { return m_speakingKey; }
    [[nodiscard]] VoiceStatus::Value voice() const { return m_voice; }
    [[nodiscard]] bool noVoiceNote() const { return m_noVoiceNote; }
    [[nodiscard]] bool offersVoice() const { return m_voice != VoiceStatus::Missing || !m_noVoiceNoteShown; }
    [[nodiscard]] bool slow() const { return m_slow; }
    void setSlow(bool slow);

    /**
     * Starts reading @p text for the button @p key, or stops when @p key is being read.
     * Direction marks and repeated spaces are dropped from @p text; an empty text is ignored.
     */
    Q_INVOKABLE void toggle(const QString &text, const QString &key);
    /** Stops reading. */
    Q_INVOKABLE void stop();
    /** Whether a recorded clip exists for @p key in the app's language. */
    Q_INVOKABLE [[nodiscard]] bool hasClip(const QString &key) const;
    /** Closes the note that this phone has no voice. */
    Q_INVOKABLE void closeNoVoiceNote();

    /**
     * Where clips are looked for: @p folder/<language>/<key>.<ext>. By default ":/audio", the
     * clips built into the app from assets/audio; tests give a folder of their own.
     */
    void setClipFolder(const QString &folder);
    /** The text as it is given to the engine: without direction marks, spaces collapsed. */
    [[nodiscard]] static QString spoken(const QString &text);
    /** The engine, once made (tests reach the recording engine through it), else nullptr. */
    [[nodiscard]] samen::platform::SpeechEngine *engine() const { return m_engine.get(); }
    /** The clip player, once made, else nullptr. */
    [[nodiscard]] samen::platform::ClipPlayer *clipPlayer() const { return m_player.get(); }
    /** The locale of the voice chosen for the app's language, once known. */
    [[nodiscard]] std::optional<QLocale> voiceLocale() const { return m_voiceLocale; }

Q_SIGNALS:
    void speakingKeyChanged();
    void voiceChanged();
    void noVoiceNoteChanged();
    void slowChanged();

private:
    [[nodiscard]] QString clipPath(const QString &key) const;
    void start(const QString &text, const QString &key);
    void sayWithEngine();
    void onVoicesKnown(const QList<QLocale> &locales);
    void chooseVoice();
    void onFinished(int utterance);
    void setSpeakingKey(const QString &key);
    void setVoice(VoiceStatus::Value voice);
    void showNoVoiceNote();
    void ensureEngine();
    void ensurePlayer();

    LanguageController &m_languages;
    samen::platform::SpeechEngineFactory m_makeEngine;
    samen::platform::ClipPlayerFactory m_makePlayer;
    std::unique_ptr<samen::platform::SpeechEngine> m_engine;
    std::unique_ptr<samen::platform::ClipPlayer> m_player;
    std::optional<QList<QLocale>> m_engineLocales;
    std::optional<QLocale> m_voiceLocale;
    QString m_clipFolder;
    QString m_speakingKey;
    QString m_pendingText; // waits for the engine's voices; dropped by stop()
    int m_utterance = 0;
    VoiceStatus::Value m_voice = VoiceStatus::Unchecked;
    bool m_noVoiceNote = false;
    bool m_noVoiceNoteShown = false;
    bool m_slow = true;
};
