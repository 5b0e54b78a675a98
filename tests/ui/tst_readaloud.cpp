#include "demo/demovault.h"
#include "locale/languages.h"
#include "platform/recordingspeech.h"
#include "screenshots.h"
#include "speech/readaloud.h"
#include "support/uitestsession.h"
#include "uiinspector.h"

#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using samen::platform::RecordingClipPlayer;
using samen::platform::RecordingSpeechEngine;

namespace {

/** Every visible item under @p item that @p matches. */
template<typename Predicate> QList<QQuickItem *> visibleUnder(QQuickItem *item, const Predicate &matches)
{
    QList<QQuickItem *> found;
    UiDriver::findAll(item, matches, found);
    return found;
}

QList<QQuickItem *> speakersUnder(QQuickItem *item)
{
    return visibleUnder(item, [](const QQuickItem *candidate) {
        return candidate->objectName().startsWith(QLatin1String("speak_"));
    });
}

/** What each visible text item shows, as it would be read: TermText's plainText, else its text. */
QStringList shownTexts(QQuickItem *root)
{
    QStringList texts;
    for (QQuickItem *item : visibleUnder(root, [](const QQuickItem *candidate) {
             return candidate->inherits("QQuickText") || candidate->inherits("QQuickTextEdit");
         })) {
        const QVariant plain = item->property("plainText");
        const QString text = plain.isValid() ? plain.toString() : item->property("text").toString();
        texts << ReadAloud::spoken(text);
    }
    return texts;
}

QString accessibleName(const QQuickItem *item)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QQuickItem *>(item));
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

/** A short WAV (8 kHz, mono, 16 bit, 0.2 s of a tone) at @p path. */
bool writeWav(const QString &path)
{
    const quint32 rate = 8000;
    const quint32 samples = rate / 5;
    QByteArray data;
    for (quint32 i = 0; i < samples; ++i) {
        const qint16 value = (i / 10) % 2 == 0 ? 8000 : -8000;
        data.append(char(value & 0xff)).append(char((value >> 8) & 0xff));
    }
    auto le = [](quint32 value, int bytes) {
        QByteArray out;
        for (int i = 0; i < bytes; ++i)
            out.append(char((value >> (8 * i)) & 0xff));
        return out;
    };
    const QByteArray wav = "RIFF" + le(36 + data.size(), 4) + "WAVEfmt " + le(16, 4) + le(1, 2) + le(1, 2) +
        le(rate, 4) + le(rate * 2, 4) + le(2, 2) + le(16, 2) + "data" + le(data.size(), 4) + data;
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly) &&
        file.write(wav) == wav.size();
}

} // namespace

// The speaker buttons on the real pages with the recording engine: each reads exactly what the
// screen shows next to it, in all five languages; the engine is made on the first tap; reading
// stops on a second tap, on lock and when the page is left; a recorded clip wins over the
// voice; a language without a voice says so once; the pages still fit 360×640.
class TestReadAloud : public QObject
{
    Q_OBJECT

    std::unique_ptr<UiTestSession> m_session;
    QQuickWindow *m_window = nullptr;
    QTemporaryDir m_dir;

    [[nodiscard]] ReadAloud &readAloud() const { return m_session->services().readAloud(); }
    [[nodiscard]] RecordingSpeechEngine *engine() const
    {
        return static_cast<RecordingSpeechEngine *>(readAloud().engine());
    }

    void show(const QString &language, const QString &page)
    {
        QVERIFY(m_session->languages().apply(language));
        m_window->resize(Screenshots::phoneSizes().constFirst());
        QVERIFY(UiInspector::showPage(m_window, page));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
    }

    /** Opens every "why"/"where from" box on the page, so that the speakers inside are on screen. */
    void openEveryWhyBox(QQuickItem *page)
    {
        const auto boxes = visibleUnder(page, [](const QQuickItem *candidate) {
            return QString::fromLatin1(candidate->metaObject()->className()).startsWith(u"WhyBox"_qs);
        });
        for (QQuickItem *box : boxes)
            box->setProperty("open", true);
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
    }

    QQuickItem *firstSpeaker() const
    {
        const auto speakers = speakersUnder(m_window->contentItem());
        return speakers.isEmpty() ? nullptr : speakers.constFirst();
    }

    /** Taps every speaker on screen and checks what it sent; the number of speakers. */
    int checkEverySpeaker(const QString &language)
    {
        QQuickItem *page = m_window->contentItem();
        openEveryWhyBox(page);
        const QStringList shown = shownTexts(page);
        const auto speakers = speakersUnder(page);
        for (QQuickItem *speaker : speakers) {
            const QString text = speaker->property("text").toString();
            const QString key = speaker->property("key").toString();
            const QString spoken = ReadAloud::spoken(text);
            const QByteArray where = (language + u' ' + key + u": "_qs + spoken).toUtf8();
            // A speaker names what it reads, and shows "stop" only while it reads (a speaker without
            // a key showed "stop" while nothing was read: the rule's source on the result page).
            [&] {
                QVERIFY2(!key.isEmpty(), where);
                QVERIFY2(!speaker->property("speaking").toBool(), where + " shows stop before a tap");
            }();
            // Only what the screen shows: each part is a text on the page, no placeholder or markup.
            for (const QString &part : text.split(u'\n'))
                [&] {
                    QVERIFY2(shown.contains(ReadAloud::spoken(part)),
                             where + " is not on screen: " + part.toUtf8());
                }();
            [&] {
                QVERIFY2(!spoken.isEmpty(), where);
                QVERIFY2(!spoken.contains(u'%') && !spoken.contains(u'<') && !spoken.contains(u"qrc:"_qs) &&
                             !spoken.contains(u".svg"_qs) && !spoken.contains(key),
                         where);
                const QString name = accessibleName(speaker);
                QVERIFY2(name.contains(text.left(20)) && name.size() > text.size(),
                         where + " named " + name.toUtf8());
                if (language == QLatin1String("en"))
                    QVERIFY2(name == u"Read aloud: "_qs + text, where);
            }();
            const int before = engine() ? int(engine()->texts().size()) : 0;
            QMetaObject::invokeMethod(speaker, "clicked");
            [&] {
                QVERIFY2(engine(), where);
                QCOMPARE(engine()->texts().size(), before + 1);
                QCOMPARE(engine()->texts().constLast(), spoken);
                QCOMPARE(readAloud().speakingKey(), key);
                QVERIFY(speaker->property("speaking").toBool());
                if (language == QLatin1String("en"))
                    QCOMPARE(accessibleName(speaker), u"Stop reading: "_qs + text);
            }();
            QMetaObject::invokeMethod(speaker, "clicked"); // a second tap stops
            [&] {
                QVERIFY2(readAloud().speakingKey().isEmpty(), where);
                QCOMPARE(engine()->reading(), 0);
            }();
        }
        return int(speakers.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings().remove(QStringLiteral("speech/slow"));
        const QString vaultFolder = m_dir.filePath(u"vault"_qs);
        QString problem;
        QVERIFY2(samen::demo::createDemoVault(vaultFolder, samen::demo::Household::Syria,
                                              QDate::currentDate(), &problem),
                 qPrintable(problem));
        UiTestSession::Options options;
        options.vaultFolder = vaultFolder;
        options.demoPin = samen::demo::pin.toString();
        m_session = std::make_unique<UiTestSession>(options);
        m_window = m_session->window();
        QVERIFY(m_window);
        readAloud().setClipFolder(m_dir.filePath(u"audio"_qs));
        m_session->vault().unlock(samen::demo::pin.toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_session->vault().state(), VaultController::Unlocked, 60000);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        QSettings().remove(QStringLiteral("speech/slow"));
    }

    // First: nothing has been read yet in this run.
    void theEngineIsMadeOnTheFirstTapOnly()
    {
        show(u"en"_qs, u"settings"_qs);
        QVERIFY(!readAloud().engine());
        QCOMPARE(readAloud().voice(), VoiceStatus::Unchecked);
        QQuickItem *speaker = firstSpeaker();
        QVERIFY(speaker);
        QVERIFY(!readAloud().engine());
        QMetaObject::invokeMethod(speaker, "clicked");
        QVERIFY(engine());
        QCOMPARE(engine()->preparations(), 1);
        QCOMPARE(readAloud().voice(), VoiceStatus::Own);
        QCOMPARE(engine()->lastVoice().language(), QLocale::English);
        QCOMPARE(engine()->lastRate(), ReadAloud::slowRate); // slower by default
        QMetaObject::invokeMethod(speaker, "clicked");
    }

    void everySpeakerReadsWhatTheScreenShows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("atLeast");
        const QList<QPair<QString, int>> pages { { u"result"_qs, 3 },      { u"deadlines"_qs, 1 },
                                                 { u"document"_qs, 1 },    { u"letter"_qs, 2 },
                                                 { u"journeyhelp"_qs, 1 }, { u"settings"_qs, 1 },
                                                 { u"reader"_qs, 2 } };
        for (const auto &language : samen::locale::supportedLanguages()) {
            if (language.code == QLatin1String("ti"))
                continue; // no voice in the recording engine, as on eSpeak NG: noVoiceIsSaidOnce
            for (const auto &[page, atLeast] : pages)
                QTest::addRow("%s %s", qPrintable(language.code), qPrintable(page))
                    << language.code << page << atLeast;
        }
    }
    void everySpeakerReadsWhatTheScreenShows()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        QFETCH(int, atLeast);
        show(language, page);
        const QStringList problems = UiDriver::settledLayoutProblems(m_window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(checkEverySpeaker(language) >= atLeast, "too few speakers");
    }

    // The questions as a person who cannot read goes through them: question, answers, why.
    void theQuestionsCanBeHeard_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto &language : samen::locale::supportedLanguages()) {
            if (language.code != QLatin1String("ti"))
                QTest::newRow(qPrintable(language.code)) << language.code;
        }
    }
    void theQuestionsCanBeHeard()
    {
        QFETCH(QString, language);
        show(language, u"interview"_qs);
        InterviewController &interview = m_session->interview();
        if (!interview.isAsking()) // who to bring: the heading, the people and the relations
            QVERIFY2(checkEverySpeaker(language) >= 4, "the people and who else to bring");
        QSet<QString> kinds;
        for (int step = 0; step < 8 && interview.canGoBack(); ++step) {
            interview.back();
            QVERIFY(!UiInspector::renderFrame(m_window).isNull());
            QVERIFY(interview.isAsking());
            auto *why = findVisible(m_window->contentItem(), u"whyButton"_qs);
            QVERIFY(why);
            QMetaObject::invokeMethod(why, "clicked");
            const QImage frame = UiInspector::renderFrame(m_window);
            QVERIFY(!frame.isNull());
            if (qEnvironmentVariableIsSet("SAMEN_READALOUD_SHOTS"))
                frame.save(u"%1/q-%2-%3.png"_qs.arg(qEnvironmentVariable("SAMEN_READALOUD_SHOTS"), language)
                               .arg(step));
            const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            const int count = checkEverySpeaker(language);
            QVERIFY2(count >= 3, "a question, an answer and why");
            for (QQuickItem *speaker : speakersUnder(m_window->contentItem()))
                kinds << speaker->property("key").toString().section(u'.', 0, 0);
        }
        QVERIFY(kinds.contains(u"question"_qs) && kinds.contains(u"answer"_qs) && kinds.contains(u"why"_qs));
        // The next question stops the old one.
        QQuickItem *question = firstSpeaker();
        QMetaObject::invokeMethod(question, "clicked");
        QVERIFY(!readAloud().speakingKey().isEmpty());
        const QString before = interview.question().id + interview.question().memberLabel;
        if (interview.canGoBack())
            interview.back();
        else
            interview.next();
        QVERIFY(interview.question().id + interview.question().memberLabel != before);
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QVERIFY(readAloud().speakingKey().isEmpty());
    }

    void readingStopsOnLock()
    {
        show(u"ar"_qs, u"settings"_qs);
        QMetaObject::invokeMethod(firstSpeaker(), "clicked");
        QVERIFY(engine()->reading() != 0);
        m_session->vault().lock();
        QCOMPARE(m_session->vault().state(), VaultController::Locked);
        QVERIFY(readAloud().speakingKey().isEmpty());
        QCOMPARE(engine()->reading(), 0);
        m_session->vault().unlock(samen::demo::pin.toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_session->vault().state(), VaultController::Unlocked, 60000);
    }

    void readingStopsWhenThePageIsLeft()
    {
        show(u"en"_qs, u"letter"_qs);
        QMetaObject::invokeMethod(firstSpeaker(), "clicked");
        QVERIFY(engine()->reading() != 0);
        QVariant page;
        QVERIFY(QMetaObject::invokeMethod(m_window, "open", Q_RETURN_ARG(QVariant, page),
                                          Q_ARG(QVariant, u"glossary"_qs), Q_ARG(QVariant, QVariant())));
        QVERIFY(readAloud().speakingKey().isEmpty());
        QCOMPARE(engine()->reading(), 0);
        // And going back from a page that reads.
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        show(u"en"_qs, u"letter"_qs);
        QMetaObject::invokeMethod(firstSpeaker(), "clicked");
        QVERIFY(engine()->reading() != 0);
        QVERIFY(QMetaObject::invokeMethod(m_window, "close"));
        QVERIFY(readAloud().speakingKey().isEmpty());
    }

    void slowIsASettingKeptAcrossRuns()
    {
        show(u"nl"_qs, u"settings"_qs);
        auto *slow = findVisible(m_window->contentItem(), u"slowReadingSwitch"_qs);
        QVERIFY(slow);
        QVERIFY(slow->property("checked").toBool());
        QMetaObject::invokeMethod(slow, "toggle");
        QMetaObject::invokeMethod(slow, "toggled");
        QVERIFY(!readAloud().slow());
        QCOMPARE(QSettings().value(u"speech/slow"_qs).toBool(), false);
        QMetaObject::invokeMethod(firstSpeaker(), "clicked");
        QCOMPARE(engine()->lastRate(), 0.0);
        QMetaObject::invokeMethod(firstSpeaker(), "clicked");
        readAloud().setSlow(true);
    }

    void aRecordedClipIsPreferredOverTheVoice()
    {
        show(u"en"_qs, u"settings"_qs);
        const QString clip = m_dir.filePath(u"audio/en/settings.sample.wav"_qs);
        QVERIFY(writeWav(clip));
        QVERIFY(readAloud().hasClip(u"settings.sample"_qs));
        QVERIFY(!readAloud().hasClip(u"../en/settings.sample"_qs));
        const qsizetype said = engine()->texts().size();
        QQuickItem *speaker = findVisible(m_window->contentItem(), u"speak_settings.sample"_qs);
        QVERIFY(speaker);
        QMetaObject::invokeMethod(speaker, "clicked");
        auto *player = static_cast<RecordingClipPlayer *>(readAloud().clipPlayer());
        QVERIFY(player);
        QCOMPARE(player->played(), QStringList { clip });
        QCOMPARE(engine()->texts().size(), said); // the voice said nothing
        QCOMPARE(readAloud().speakingKey(), u"settings.sample"_qs);
        QMetaObject::invokeMethod(speaker, "clicked");
        QCOMPARE(player->playing(), 0);
        QVERIFY(readAloud().speakingKey().isEmpty());
        // Another language has no such clip: the voice reads.
        show(u"nl"_qs, u"settings"_qs);
        QMetaObject::invokeMethod(findVisible(m_window->contentItem(), u"speak_settings.sample"_qs),
                                  "clicked");
        QCOMPARE(engine()->texts().size(), said + 1);
        QCOMPARE(player->played().size(), 1);
        readAloud().stop();
    }

    // Tigrinya has no voice here: the first tap says so once, then only speakers with a clip stay.
    void noVoiceIsSaidOnce()
    {
        readAloud().setClipFolder(m_dir.filePath(u"none"_qs));
        show(u"ti"_qs, u"letter"_qs);
        QCOMPARE(readAloud().voice(), VoiceStatus::Missing);
        QVERIFY(!readAloud().noVoiceNote());
        const qsizetype said = engine()->texts().size();
        QQuickItem *speaker = firstSpeaker();
        QVERIFY2(speaker, "before the note, a tap must be able to say that there is no voice");
        QMetaObject::invokeMethod(speaker, "clicked");
        QCOMPARE(engine()->texts().size(), said);
        QVERIFY(readAloud().speakingKey().isEmpty());
        QVERIFY(readAloud().noVoiceNote());
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        auto *note = findVisible(m_window->contentItem(), u"noVoiceNoteText"_qs);
        QVERIFY(note);
        QVERIFY(!note->property("text").toString().contains(u"voice"_qs)); // in Tigrinya
        QMetaObject::invokeMethod(findVisible(m_window->contentItem(), u"noVoiceNoteOk"_qs), "clicked");
        QTRY_VERIFY(!readAloud().noVoiceNote());
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QVERIFY2(speakersUnder(m_window->contentItem()).isEmpty(), "no speaker is left that does nothing");
        show(u"ti"_qs, u"settings"_qs);
        QVERIFY(findVisible(m_window->contentItem(), u"voiceAdvice"_qs));
        QVERIFY(!findVisible(m_window->contentItem(), u"speak_settings.sample"_qs));
        // A recorded clip keeps its speaker.
        readAloud().setClipFolder(m_dir.filePath(u"audio"_qs));
        QVERIFY(writeWav(m_dir.filePath(u"audio/ti/settings.sample.opus"_qs)));
        show(u"ti"_qs, u"settings"_qs);
        speaker = findVisible(m_window->contentItem(), u"speak_settings.sample"_qs);
        QVERIFY2(speaker, "a clip keeps its speaker where there is no voice");
        QMetaObject::invokeMethod(speaker, "clicked");
        QVERIFY(static_cast<RecordingClipPlayer *>(readAloud().clipPlayer())
                    ->played()
                    .constLast()
                    .endsWith(u"ti/settings.sample.opus"_qs));
        QVERIFY(!readAloud().noVoiceNote());
        readAloud().stop();
    }

    void dariIsReadWithAPersianVoice()
    {
        show(u"fa_AF"_qs, u"settings"_qs);
        QCOMPARE(readAloud().voice(), VoiceStatus::Related);
        QMetaObject::invokeMethod(findVisible(m_window->contentItem(), u"speak_settings.sample"_qs),
                                  "clicked");
        QCOMPARE(engine()->lastVoice(), QLocale(u"fa_IR"_qs));
        readAloud().stop();
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        auto *status = findVisible(m_window->contentItem(), u"voiceStatusText"_qs);
        QVERIFY(status);
        QVERIFY(status->property("text").toString().contains(u"فارسی"_qs));
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
