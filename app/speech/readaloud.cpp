#include "speech/readaloud.h"

#include "languagecontroller.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <utility>

namespace {

const auto slowKey = QStringLiteral("speech/slow");
const auto builtInClips = QStringLiteral(":/audio");

/** The file endings a clip may have, in the order they are looked for. */
const QStringList &clipEndings()
{
    static const QStringList endings { QStringLiteral("opus"), QStringLiteral("ogg"), QStringLiteral("mp3"),
                                       QStringLiteral("m4a"), QStringLiteral("wav") };
    return endings;
}

/** A key is a file name: letters, digits, dot, dash and underscore; nothing that leaves the folder. */
bool isClipKey(const QString &key)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return allowed.match(key).hasMatch() && !key.contains(QStringLiteral(".."));
}

/** The best voice locale for @p language among @p locales: same language and territory, else same language.
 */
std::optional<QLocale> voiceFor(const QLocale &language, const QList<QLocale> &locales)
{
    std::optional<QLocale> sameLanguage;
    for (const QLocale &locale : locales) {
        if (locale.language() != language.language())
            continue;
        if (locale.territory() == language.territory())
            return locale;
        if (!sameLanguage)
            sameLanguage = locale;
    }
    return sameLanguage;
}

} // namespace

ReadAloud::ReadAloud(LanguageController &languages, samen::platform::SpeechEngineFactory makeEngine,
                     samen::platform::ClipPlayerFactory makePlayer, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_makeEngine(std::move(makeEngine))
    , m_makePlayer(std::move(makePlayer))
    , m_clipFolder(builtInClips)
    , m_slow(QSettings().value(slowKey, true).toBool())
{
    connect(&languages, &LanguageController::languageChanged, this, [this] {
        stop();
        m_noVoiceNoteShown = false;
        chooseVoice();
        Q_EMIT voiceChanged(); // offersVoice
    });
}

ReadAloud::~ReadAloud()
{
    stop();
}

void ReadAloud::setSlow(bool slow)
{
    if (slow == m_slow)
        return;
    m_slow = slow;
    QSettings().setValue(slowKey, slow);
    Q_EMIT slowChanged();
}

void ReadAloud::toggle(const QString &text, const QString &key)
{
    const bool same = !m_speakingKey.isEmpty() && key == m_speakingKey;
    stop();
    if (!same)
        start(spoken(text), key);
}

void ReadAloud::start(const QString &text, const QString &key)
{
    if (text.isEmpty())
        return;
    ++m_utterance;
    const QString clip = clipPath(key);
    if (!clip.isEmpty() && (ensurePlayer(), m_player)) {
        setSpeakingKey(key);
        m_player->play(m_utterance, clip);
        return;
    }
    ensureEngine();
    if (!m_engine) {
        setVoice(VoiceStatus::Missing);
        showNoVoiceNote();
        return;
    }
    setSpeakingKey(key);
    m_pendingText = text;
    if (m_engineLocales)
        sayWithEngine();
}

void ReadAloud::sayWithEngine()
{
    const QString text = std::exchange(m_pendingText, QString());
    if (!m_voiceLocale) {
        setSpeakingKey(QString());
        showNoVoiceNote();
        return;
    }
    m_engine->say(m_utterance, text, *m_voiceLocale, m_slow ? slowRate : 0.0);
}

void ReadAloud::stop()
{
    m_pendingText.clear();
    if (m_speakingKey.isEmpty())
        return;
    setSpeakingKey(QString());
    if (m_engine)
        m_engine->stop();
    if (m_player)
        m_player->stop();
}

bool ReadAloud::hasClip(const QString &key) const
{
    return !clipPath(key).isEmpty();
}

void ReadAloud::closeNoVoiceNote()
{
    if (!m_noVoiceNote)
        return;
    m_noVoiceNote = false;
    Q_EMIT noVoiceNoteChanged();
}

void ReadAloud::setClipFolder(const QString &folder)
{
    m_clipFolder = folder;
}

QString ReadAloud::spoken(const QString &text)
{
    // Direction marks and isolates (LRM, RLM, ALM, embeddings, isolates) are for layout only.
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{061C}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString plain = text;
    plain.remove(marks);
    return plain.replace(spaces, QStringLiteral(" ")).trimmed();
}

QString ReadAloud::clipPath(const QString &key) const
{
    if (!isClipKey(key))
        return {};
    const QString stem = m_clipFolder + u'/' + m_languages.language() + u'/' + key + u'.';
    for (const QString &ending : clipEndings()) {
        if (QFileInfo(stem + ending).isFile())
            return stem + ending;
    }
    return {};
}

void ReadAloud::ensureEngine()
{
    if (m_engine || !m_makeEngine)
        return;
    m_engine = m_makeEngine();
    if (!m_engine)
        return;
    connect(m_engine.get(), &samen::platform::SpeechEngine::voicesKnown, this, &ReadAloud::onVoicesKnown);
    connect(m_engine.get(), &samen::platform::SpeechEngine::finished, this, &ReadAloud::onFinished);
    setVoice(VoiceStatus::Checking);
    m_engine->prepare();
}

void ReadAloud::ensurePlayer()
{
    if (m_player || !m_makePlayer)
        return;
    m_player = m_makePlayer();
    if (m_player)
        connect(m_player.get(), &samen::platform::ClipPlayer::finished, this, &ReadAloud::onFinished);
}

void ReadAloud::onVoicesKnown(const QList<QLocale> &locales)
{
    m_engineLocales = locales;
    chooseVoice();
    if (!m_pendingText.isEmpty())
        sayWithEngine();
}

void ReadAloud::chooseVoice()
{
    if (!m_engineLocales) {
        m_voiceLocale.reset();
        setVoice(m_engine ? VoiceStatus::Checking : VoiceStatus::Unchecked);
        return;
    }
    const QString code = m_languages.language();
    const QLocale language(code);
    m_voiceLocale = voiceFor(language, *m_engineLocales);
    if (!m_voiceLocale)
        setVoice(VoiceStatus::Missing);
    else if (code.contains(u'_') && m_voiceLocale->territory() != language.territory())
        setVoice(VoiceStatus::Related);
    else
        setVoice(VoiceStatus::Own);
}

void ReadAloud::onFinished(int utterance)
{
    if (utterance == m_utterance)
        setSpeakingKey(QString());
}

void ReadAloud::setSpeakingKey(const QString &key)
{
    if (key == m_speakingKey)
        return;
    m_speakingKey = key;
    Q_EMIT speakingKeyChanged();
}

void ReadAloud::setVoice(VoiceStatus::Value voice)
{
    if (voice == m_voice)
        return;
    m_voice = voice;
    Q_EMIT voiceChanged();
}

void ReadAloud::showNoVoiceNote()
{
    if (m_noVoiceNoteShown)
        return;
    m_noVoiceNoteShown = true;
    m_noVoiceNote = true;
    Q_EMIT noVoiceNoteChanged();
    Q_EMIT voiceChanged(); // offersVoice
}
