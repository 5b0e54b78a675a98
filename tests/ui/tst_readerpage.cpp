#include "letters/keptletters.h"
#include "letters/letterreader.h"
#include "locale/languages.h"
#include "photocheck/photocheck.h"
#include "procedure/ruledeadlines.h"
#include "support/lettergen.h"
#include "support/uidriver.h"
#include "support/uitestsession.h"
#include "uiinspector.h"
#include "vault/database.h"
#include "vault/peoplerepository.h"
#include "vault/timelinerepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace samen;

// The letter reader as a user meets it: Home → "A letter from the IND came" → "Let Samen read
// the letter" → Qt's own file chooser → the reading (which letter, its dates and the words they
// came from) → the letter's page with the dates filled in, to be checked and saved. Nothing is a
// deadline before the user saves it. A photo that is no letter and a broken file each get a
// clear message; locking forgets the reading. Each state is laid out in all five languages at
// 360×640; with SAMEN_FLOW_SCREENSHOTS=dir set, each screen is saved as dir/reader-<state>-<lang>.png.
class TestReaderPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("HOME", QFile::encodeName(m_dir.filePath(u"home"_qs)));
        m_documents = m_dir.filePath(u"home/Documents"_qs);
        QVERIFY(QDir().mkpath(m_documents));
        m_session = std::make_unique<UiTestSession>();
        m_window = m_session->window();
        QVERIFY(m_window);
        m_window->resize(360, 640);
        m_ui = std::make_unique<UiDriver>(m_window);
        m_session->clock().setNow(QDateTime(testing::lastLetterDate().addDays(5), QTime(10, 0)));
        QVERIFY(m_session->createVault([this](vault::Database &db) {
            fillFamily(db);
            return !QTest::currentTestFailed();
        }));
        QVERIFY(m_session->timeline().hasMembers());
    }

    void cleanupTestCase()
    {
        m_ui.reset();
        m_session.reset();
    }

    void aPhotographedLetterIsReadAndItsDatesConfirmed()
    {
        const testing::GeneratedLetter letter = letterOfType(u"missingItems"_qs);
        QVERIFY(letter.truth.answerBy);
        m_session->clock().setNow(
            QDateTime(letter.truth.letterDate.addDays(3), QTime(10, 0))); // it just came
        QVERIFY(writeFile(u"brief.jpg"_qs, testing::jpegBytes(testing::photographed(letter.page, 7))));
        openReader();
        checkEveryLanguage(u"start"_qs);
        chooseFile(u"brief.jpg"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(reader().state(), LetterReader::Read, 120000);
        const LetterReadingRow reading = reader().reading();
        QVERIFY(reading.looksLikeIndLetter);
        QCOMPARE(reading.letterId, letter.truth.packLetterId);
        QCOMPARE(reading.letterDate.iso, iso(letter.truth.letterDate));
        QCOMPARE(reading.answerBy.iso, iso(*letter.truth.answerBy));
        QVERIFY2(!reading.answerBy.words.isEmpty(), "the page cannot say which words the date came from");
        QCOMPARE(reading.vNumber, letter.truth.vNumber);
        QVERIFY(visible(u"readerResult"_qs));
        QVERIFY(visible(u"readerLetter"_qs));
        QQuickItem *answerWords =
            UiDriver::findItem(visible(u"readerAnswerBy"_qs), [](const QQuickItem *item) {
                return item->objectName() == u"foundDateWords" && item->isVisible();
            });
        QVERIFY2(answerWords, "the words the answer date came from are not shown");
        QVERIFY(answerWords->property("text").toString().contains(reading.answerBy.words));
        // Read, not saved: the letter's date is no deadline until the user saves it.
        QVERIFY(!deadline(procedure::letterRuleFor(u"missingItems"_qs)));
        checkEveryLanguage(u"read"_qs);

        // The letter's page: its dates filled in from the reading, to check against the paper.
        click(u"readerContinue"_qs);
        QTRY_VERIFY(visible(u"letterDatesButton"_qs));
        click(u"letterDatesButton"_qs);
        QVERIFY(visible(u"readDateCheck"_qs));
        QCOMPARE(pickerIn(u"letterDateStep"_qs)->property("isoDate").toString(),
                 iso(letter.truth.letterDate));
        checkEveryLanguage(u"confirm"_qs);
        accept(u"letterDateStep"_qs, pickerIn(u"letterDateStep"_qs)->property("isoDate").toString());
        QCOMPARE(pickerIn(u"dateInLetterStep"_qs)->property("isoDate").toString(),
                 iso(*letter.truth.answerBy));
        accept(u"dateInLetterStep"_qs, pickerIn(u"dateInLetterStep"_qs)->property("isoDate").toString());
        QVERIFY2(visible(u"letterSaved"_qs), qPrintable(m_session->timeline().errorText()));
        const DeadlineRow *answer = deadline(procedure::letterRuleFor(u"missingItems"_qs));
        QVERIFY(answer);
        QCOMPARE(answer->dueIso, iso(*letter.truth.answerBy));
        QCOMPARE(answer->memberId, m_spouse);

        // Keeping the photo and text: offered once the dates are saved, off until the user turns it on.
        QQuickItem *keep = visible(u"keepLetterSwitch"_qs);
        QVERIFY2(keep, "no offer to keep the photo and text");
        QCOMPARE(keep->property("checked").toBool(), false);
        QCOMPARE(kept().size(), 0);
        checkEveryLanguage(u"keepOffer"_qs);
        m_ui->tapNamed(u"keepLetterSwitch"_qs);
        QTRY_COMPARE(kept().size(), 1);
        QVERIFY(keep->property("checked").toBool());
        QCOMPARE(kept().first().text, reader().keepable().text);
        QVERIFY(kept().first().text.contains(u"verzuim"_qs, Qt::CaseInsensitive));
        m_ui->tapNamed(u"keepLetterSwitch"_qs); // changed their mind: deleted again
        QTRY_COMPARE(kept().size(), 0);
        m_ui->tapNamed(u"keepLetterSwitch"_qs);
        QTRY_COMPARE(kept().size(), 1);

        // The letter's page shows the kept photo (full screen on a tap) and the text, selectable.
        QVERIFY(UiInspector::showPage(m_window, u"letter"_qs,
                                      { { u"memberId"_qs, double(m_spouse) },
                                        { u"forEveryone"_qs, false },
                                        { u"letterId"_qs, u"missingItems"_qs } }));
        QTRY_VERIFY(visible(u"keptLetterPhoto"_qs));
        QCOMPARE(reader().state(), LetterReader::Idle); // the reading is gone; the kept copy stays
        QQuickItem *text = visible(u"keptLetterText"_qs);
        QVERIFY(text);
        QCOMPARE(text->property("text").toString(), kept().first().text);
        QVERIFY(text->property("selectByMouse").toBool());
        QVERIFY(visible(u"speak_keptLetter.%1"_qs.arg(kept().first().id)) || !readAloudOffered());
        QQuickItem *photo = UiDriver::findItem(visible(u"keptLetterPhoto"_qs), [](const QQuickItem *item) {
            return item->metaObject()->indexOfProperty("sourceSize") >= 0;
        });
        QVERIFY(photo);
        QCOMPARE(photo->property("status").toInt(), 1); // Image.Ready: the photo came from the store
        QVERIFY(photo->implicitHeight() > photo->implicitWidth()); // a page, taller than wide
        UiDriver::scrollTo(visible(u"keptLetterPhoto"_qs));
        checkEveryLanguage(u"kept"_qs);
        m_ui->tapNamed(u"keptLetterPhoto"_qs);
        QTRY_VERIFY(visible(u"keptLetterClose"_qs));
        m_ui->tapNamed(u"keptLetterClose"_qs);
        QTRY_VERIFY(!visible(u"keptLetterClose"_qs));

        // Deleting asks on the screen first; Cancel keeps it.
        m_ui->tapNamed(u"keptLetterDelete"_qs);
        QTRY_VERIFY(visible(u"keptLetterDeleteConfirm"_qs));
        m_ui->tapNamed(u"keptLetterDeleteCancel"_qs);
        QTRY_VERIFY(visible(u"keptLetterDelete"_qs));
        QCOMPARE(kept().size(), 1);
        m_ui->tapNamed(u"keptLetterDelete"_qs);
        QTRY_VERIFY(visible(u"keptLetterDeleteConfirm"_qs));
        m_ui->tapNamed(u"keptLetterDeleteConfirm"_qs);
        QTRY_COMPARE(kept().size(), 0);
        QTRY_VERIFY(!visible(u"keptLetterPhoto"_qs));
        QVERIFY(deadline(procedure::letterRuleFor(u"missingItems"_qs))); // the saved dates stay
    }

    void aPhotoOfSomethingElseIsNoIndLetter()
    {
        QImage cat(1600, 1200, QImage::Format_RGB32);
        cat.fill(QColor(170, 120, 60));
        QPainter painter(&cat);
        painter.setBrush(QColor(90, 60, 30));
        for (int i = 0; i < 40; ++i)
            painter.drawEllipse(QPoint((i * 397) % 1600, (i * 211) % 1200), 30 + i % 50, 20 + i % 30);
        painter.end();
        QVERIFY(writeFile(u"kat.jpg"_qs, testing::jpegBytes(cat, 80)));
        const int deadlinesBefore = int(m_session->timeline().deadlines()->rows().size());
        openReader();
        chooseFile(u"kat.jpg"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(reader().state(), LetterReader::Read, 120000);
        QVERIFY(!reader().reading().looksLikeIndLetter);
        QVERIFY(visible(u"readerNotIndLetter"_qs));
        QVERIFY(!visible(u"readerResult"_qs));
        QCOMPARE(int(m_session->timeline().deadlines()->rows().size()), deadlinesBefore);
        checkEveryLanguage(u"notALetter"_qs);
    }

    void aBrokenFileSaysSoAndKeepsTheChoices()
    {
        QVERIFY(writeFile(u"kapot.jpg"_qs, QByteArray("\xff\xd8\xff\xe0 this is not a JPEG at all", 30)));
        openReader();
        chooseFile(u"kapot.jpg"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(reader().state(), LetterReader::Failed, 60000);
        QVERIFY(!reader().errorText().isEmpty());
        QQuickItem *error = visible(u"readerError"_qs);
        QVERIFY(error);
        QCOMPARE(error->property("text").toString(), reader().errorText());
        QVERIFY(visible(u"readerFile"_qs)); // try again
        QVERIFY(visible(u"readerChooseYourself"_qs));
        checkEveryLanguage(u"failed"_qs);
    }

    void aLetterPhotographedInTheAppIsReadAfterThePhotoCheck()
    {
        const testing::GeneratedLetter letter = letterOfType(u"decisionNo"_qs);
        PhotoCheck &check = m_session->services().photoCheck();
        openReader();
        QVERIFY(check.begin(testing::photographed(letter.page, 11), PhotoCheck::letterPurpose));
        QTRY_COMPARE_WITH_TIMEOUT(check.status(), PhotoCheckStatus::Ready, 60000);
        QVERIFY(check.accept(check.corners()));
        QTRY_COMPARE_WITH_TIMEOUT(reader().state(), LetterReader::Read, 120000);
        QCOMPARE(reader().reading().letterId, u"decisionNo"_qs);
        QCOMPARE(reader().reading().letterDate.iso, iso(letter.truth.letterDate));
    }

    void lockingForgetsTheReading()
    {
        const testing::GeneratedLetter letter = letterOfType(u"receipt"_qs);
        QVERIFY(writeFile(u"ontvangst.png"_qs, pngBytes(letter.page)));
        openReader();
        chooseFile(u"ontvangst.png"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(reader().state(), LetterReader::Read, 120000);
        QCOMPARE(reader().reading().letterId, u"receipt"_qs);
        QCOMPARE(reader().reading().decisionBy.iso, iso(*letter.truth.decisionBy));
        QVERIFY(visible(u"readerDecisionBy"_qs));
        m_session->vault().lock();
        QCOMPARE(reader().state(), LetterReader::Idle);
        QCOMPARE(reader().reading(), LetterReadingRow {});
        QVERIFY(m_session->reopenVault());
    }

private:
    LetterReader &reader() const { return m_session->services().letterReader(); }
    QList<vault::KeptLetter> kept() const
    {
        return m_session->services().keptLetters().lettersOf(m_spouse, u"missingItems"_qs);
    }
    bool readAloudOffered() const { return m_session->services().readAloud().offersVoice(); }
    static QString iso(QDate date) { return date.toString(Qt::ISODate); }

    static testing::GeneratedLetter letterOfType(const QString &type)
    {
        for (int seed = 1; seed <= 2 * testing::kLetterVariants; ++seed) {
            testing::GeneratedLetter letter = testing::generateLetter(seed);
            if (letter.truth.packLetterId == type)
                return letter;
        }
        return {};
    }

    static QByteArray pngBytes(const QImage &image)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    bool writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(QDir(m_documents).filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    QQuickItem *visible(const QString &name) const { return findVisible(m_window->contentItem(), name); }

    void openReader()
    {
        QVERIFY(UiInspector::showPage(m_window, u"home"_qs));
        click(u"letterCameButton"_qs);
        QTRY_VERIFY(visible(u"letterMember_%1"_qs.arg(m_spouse)));
        click(u"letterMember_%1"_qs.arg(m_spouse));
        click(u"readLetterButton"_qs);
        QTRY_VERIFY(visible(u"readerStart"_qs));
    }

    // Picks @p name in Qt's file chooser, as a user does, from the reader's "choose a file" button.
    void chooseFile(const QString &name)
    {
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        m_ui->tapNamed(u"readerFile"_qs);
        m_ui->complete(name, QString(), u"Open"_qs);
        QTRY_VERIFY(reader().state() != LetterReader::Idle);
    }

    void click(const QString &name)
    {
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *item = visible(name);
        QVERIFY2(item, qPrintable(u"not on screen: "_qs + name));
        QVERIFY(QMetaObject::invokeMethod(item, "clicked"));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
    }

    QQuickItem *pickerIn(const QString &step) const
    {
        QQuickItem *stepItem = visible(step);
        if (!stepItem)
            return nullptr;
        return UiDriver::findItem(stepItem, [](const QQuickItem *item) {
            return item->isVisible() && item->metaObject()->indexOfSignal("accepted(QString)") >= 0;
        });
    }

    // Accepts @p isoDate in the date picker of @p step (as its "Use this date" button does).
    void accept(const QString &step, const QString &isoDate)
    {
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
        QQuickItem *picker = pickerIn(step);
        QVERIFY2(picker, qPrintable(u"step not shown: "_qs + step));
        QVERIFY(QMetaObject::invokeMethod(picker, "accepted", Q_ARG(QString, isoDate)));
        QVERIFY(!UiInspector::renderFrame(m_window).isNull());
    }

    const DeadlineRow *deadline(const QString &ruleId) const
    {
        for (const DeadlineRow &row : m_session->timeline().deadlines()->rows()) {
            if (row.ruleId == ruleId && !row.done)
                return &row;
        }
        return nullptr;
    }

    // The page on screen in every language at 360×640, with the layout checks.
    void checkEveryLanguage(const QString &state)
    {
        const QString before = m_session->languages().language();
        for (const auto &language : locale::supportedLanguages()) {
            QVERIFY(m_session->languages().apply(language.code));
            const QImage frame = UiInspector::renderFrame(m_window);
            QVERIFY(!frame.isNull());
            const QStringList problems = UiInspector::layoutProblems(m_window->contentItem());
            QVERIFY2(problems.isEmpty(),
                     qPrintable(u"%1/%2: "_qs.arg(state, language.code) + problems.join(u'\n')));
            const QString directory = qEnvironmentVariable("SAMEN_FLOW_SCREENSHOTS");
            if (!directory.isEmpty()) {
                QVERIFY(QDir().mkpath(directory));
                QVERIFY(frame.save(u"%1/reader-%2-%3.png"_qs.arg(directory, state, language.code)));
            }
        }
        QVERIFY(m_session->languages().apply(before));
    }

    void fillFamily(vault::Database &db)
    {
        vault::PeopleRepository people(db);
        dossier::Referent referent { 0, u"R"_qs, u"R"_qs, {}, {}, {} };
        QVERIFY(people.save(referent));
        dossier::FamilyMember spouse { 0,  referent.id, u"spouse"_qs, u"Amina"_qs, u"Amina"_qs,
                                       {}, {},          u"m1"_qs,     {} };
        dossier::FamilyMember child { 0, referent.id, u"child"_qs, u"Selam"_qs, {}, {}, {}, u"m2"_qs, {} };
        QVERIFY(people.save(spouse) && people.save(child));
        m_spouse = spouse.id;
        vault::TimelineRepository timeline(db);
        for (const qint64 member : { spouse.id, child.id }) {
            dossier::StageEvent filed {
                0, member, u"applicationFiled"_qs, iso(testing::firstLetterDate().addDays(-60)), {}
            };
            QVERIFY(timeline.save(filed));
        }
    }

    QTemporaryDir m_dir;
    QString m_documents;
    std::unique_ptr<UiTestSession> m_session;
    std::unique_ptr<UiDriver> m_ui;
    QQuickWindow *m_window = nullptr;
    qint64 m_spouse = 0;
};

QTEST_MAIN(TestReaderPage)
#include "tst_readerpage.moc"
