#include "platform/qtspeechengine.h"

#include <QDir>
#include <QFile>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using samen::platform::QtClipPlayer;
using samen::platform::QtSpeechEngine;

namespace {

/** The first of @p locales in @p language. */
std::optional<QLocale> voiceIn(const QList<QLocale> &locales, QLocale::Language language)
{
    for (const QLocale &locale : locales) {
        if (locale.language() == language)
            return locale;
    }
    return std::nullopt;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly) &&
        file.write(bytes) == bytes.size();
}

} // namespace

// The real engine: Qt TextToSpeech through speech-dispatcher and eSpeak NG, where this machine
// has them (skipped with the reason otherwise). speech-dispatcher is given a configuration of
// its own that plays into libao's null driver, so the test needs no sound card; it runs in the
// session that XDG_RUNTIME_DIR names (the test runner sets it).
class TestSpeechEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<QtSpeechEngine> m_engine;
    QList<QLocale> m_locales;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"speech-dispatcher"_qs).isEmpty())
            QSKIP("speech-dispatcher is not installed: no engine to test here");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            QSKIP("XDG_RUNTIME_DIR is not set: speech-dispatcher has no session to run in");
        QVERIFY(m_home.isValid());
        QVERIFY(writeFile(m_home.filePath(u"config/speech-dispatcher/speechd.conf"_qs),
                          "AudioOutputMethod \"libao\"\nLogLevel 2\n"));
        QVERIFY(writeFile(m_home.filePath(u".libao"_qs), "default_driver=null\n"));
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_qs)));

        m_engine = std::make_unique<QtSpeechEngine>();
        QSignalSpy voices(m_engine.get(), &QtSpeechEngine::voicesKnown);
        QElapsedTimer started;
        started.start();
        m_engine->prepare();
        QVERIFY(voices.wait(60000));
        m_locales = voices.constFirst().constFirst().value<QList<QLocale>>();
        qInfo("engine ready after %lld ms with voices for %lld locales", started.elapsed(),
              static_cast<long long>(m_locales.size()));
        if (m_locales.isEmpty())
            QSKIP("the speech engine has no voices here (is a speech-dispatcher module installed?)");
    }

    void cleanupTestCase() { m_engine.reset(); }

    void speaksAndReturnsToReady_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("English") << QLocale::English << u"Do you have a residence permit?"_qs;
        QTest::newRow("Arabic") << QLocale::Arabic << u"هل لديك تصريح إقامة؟"_qs;
    }
    void speaksAndReturnsToReady()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(QString, text);
        const auto voice = voiceIn(m_locales, language);
        if (!voice)
            QSKIP("no voice for this language on this machine");
        static int utterance = 0;
        ++utterance;
        QSignalSpy started(m_engine.get(), &QtSpeechEngine::started);
        QSignalSpy finished(m_engine.get(), &QtSpeechEngine::finished);
        m_engine->say(utterance, text, *voice, -0.3);
        QVERIFY(started.wait(20000));
        QCOMPARE(started.constFirst().constFirst().toInt(), utterance);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), utterance);
    }

    void stopEndsTheUtteranceAtOnce()
    {
        const auto voice = voiceIn(m_locales, QLocale::English);
        if (!voice)
            QSKIP("no English voice on this machine");
        QSignalSpy started(m_engine.get(), &QtSpeechEngine::started);
        QSignalSpy finished(m_engine.get(), &QtSpeechEngine::finished);
        m_engine->say(100,
                      QString(u"This sentence is long enough to be stopped before it ends. "_qs).repeated(5),
                      *voice, 0);
        QVERIFY(started.wait(20000));
        m_engine->stop();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), 100);
    }

    void theClipPlayerPlaysAWav()
    {
        if (QMediaDevices::audioOutputs().isEmpty())
            QSKIP("no audio output device on this machine: Qt Multimedia cannot play a clip here");
        QTemporaryDir dir;
        QByteArray samples(1600 * 2, '\0');
        auto le = [](quint32 value, int bytes) {
            QByteArray out;
            for (int i = 0; i < bytes; ++i)
                out.append(char((value >> (8 * i)) & 0xff));
            return out;
        };
        const QByteArray wav = "RIFF" + le(36 + samples.size(), 4) + "WAVEfmt " + le(16, 4) + le(1, 2) +
            le(1, 2) + le(8000, 4) + le(16000, 4) + le(2, 2) + le(16, 2) + "data" + le(samples.size(), 4) +
            samples;
        QVERIFY(writeFile(dir.filePath(u"clip.wav"_qs), wav));
        QtClipPlayer player;
        QSignalSpy finished(&player, &QtClipPlayer::finished);
        player.play(7, dir.filePath(u"clip.wav"_qs));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toInt(), 7);
    }
};

QTEST_MAIN(TestSpeechEngine)
#include "tst_speechengine.moc"
