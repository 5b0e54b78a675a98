#include "languagecontroller.h"
#include "letters/letterreader.h"
#include "reminders/clock.h"
#include "support/lettergen.h"
#include "support/vaulttestsupport.h"

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace samen::vault::testsupport;

// The canary scan for the letter reader (issue 17): a letter read in the app, and one whose
// reading is killed with SIGKILL half-way (samen-letters, the same implementation), leaves no
// file holding the letter's words, its V-number or the photo's bytes: not in the temp folder,
// not in HOME, not in the app's data or config folders.
class TestLetterPrivacy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    samen::testing::GeneratedLetter m_letter;
    QByteArray m_photo;

    QString folder(const char *name) const { return m_root.filePath(QString::fromLatin1(name)); }

    QStringList scanned() const
    {
        return { folder("home"), folder("tmp"), folder("data"), folder("config") };
    }

    QList<QByteArray> needles() const
    {
        QList<QByteArray> found = encodings(m_letter.truth.vNumber) + encodings(m_letter.truth.caseNumber);
        for (const QString &line : m_letter.lines) {
            if (line.size() > 24) // the letter's sentences, not words every letter shares
                found += encodings(line);
        }
        found << m_photo.mid(m_photo.size() / 2, 32) << m_photo.right(40).left(32);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        for (const char *name : { "home", "tmp", "data", "config", "picked" })
            QVERIFY(QDir().mkpath(folder(name)));
        qputenv("TMPDIR", QFile::encodeName(folder("tmp")));
        qputenv("HOME", QFile::encodeName(folder("home")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(folder("data")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(folder("config")));
        m_letter = samen::testing::generateLetter(3);
        m_photo = samen::testing::jpegBytes(samen::testing::photographed(m_letter.page, 3));
        QFile out(folder("picked") + u"/letter.jpg"_qs);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(m_photo) == m_photo.size());
    }

    void noLetterInAnyFileAfterReading()
    {
        LanguageController languages(nullptr);
        samen::reminders::SystemClock clock;
        LetterReader reader(languages, clock, nullptr);
        QVERIFY(reader.readFile(QUrl::fromLocalFile(folder("picked") + u"/letter.jpg"_qs)));
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), LetterReader::Read, 120000);
        QCOMPARE(reader.reading().vNumber, m_letter.truth.vNumber); // it was read, and held in memory
        QVERIFY(filesContaining({ folder("picked") }, needles()).size() == 1); // the scanner finds it
        QCOMPARE(filesContaining(scanned(), needles()), QStringList());
        reader.release();
        reader.waitForIdle();
        QCOMPARE(reader.state(), LetterReader::Idle);
        QCOMPARE(filesContaining(scanned(), needles()), QStringList());
    }

    void noLetterInAnyFileAfterAKillHalfWay()
    {
        const QString tool = QCoreApplication::applicationDirPath() + u"/../../app/samen-letters"_qs;
        QVERIFY2(QFile::exists(tool), qPrintable(tool));
        QProcess process;
        process.start(tool, { u"read"_qs, folder("picked") + u"/letter.jpg"_qs });
        QVERIFY(process.waitForStarted());
        QTest::qWait(1500); // inside Tesseract
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(filesContaining(scanned(), needles()), QStringList());
    }
};

QTEST_MAIN(TestLetterPrivacy)
#include "tst_letterprivacy.moc"
