#include "dossierevents.h"
#include "languagecontroller.h"
#include "letters/keptletters.h"
#include "letters/letterreader.h"
#include "reminders/clock.h"
#include "support/lettergen.h"
#include "support/vaulttestsupport.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace samen::vault::testsupport;

namespace {

/**
 * Reads @p photo and keeps its photo and text in a new vault in @p vaultFolder, as the app does
 * when the user turns on "Keep the photo and text of this letter". The kept JPEG in @p keptPhoto.
 */
bool readAndKeep(const QString &photo, const QString &vaultFolder, QByteArray *keptPhoto)
{
    LanguageController languages(nullptr);
    samen::reminders::SystemClock clock;
    DossierEvents events;
    LetterReader reader(languages, clock, nullptr);
    KeptLetters kept(reader, events, nullptr);
    const auto vault = createdVault(vaultFolder);
    if (!vault || !reader.readFile(QUrl::fromLocalFile(photo)))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (reader.state() == LetterReader::Reading && waited.elapsed() < 180000)
        QTest::qWait(50);
    if (!reader.canKeep())
        return false;
    kept.setDatabase(vault->database());
    if (keptPhoto)
        *keptPhoto = reader.keepable().photo;
    return kept.keep(0, true, u"decisionNo"_qs, u"2027-01-12"_qs) > 0 &&
        kept.lettersOf(0, u"decisionNo"_qs).size() == 1 &&
        kept.lettersOf(0, u"decisionNo"_qs).first().text == reader.keepable().text;
}

} // namespace

// The canary scan for the letter reader (issue 17): a letter read in the app, and one whose
// reading is killed with SIGKILL half-way (samen-letters, the same implementation), leaves no
// file holding the letter's words, its V-number or the photo's bytes: not in the temp folder,
// not in HOME, not in the app's data or config folders. A letter the user kept is in the
// encrypted vault only: no plaintext of its text or photo in any file, also when the process is
// killed with SIGKILL right after keeping it (before any clean close or checkpoint).
class TestLetterPrivacy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    samen::testing::GeneratedLetter m_letter;
    QByteArray m_photo;
    QByteArray m_keptPhoto; // the JPEG kept in aKeptLetterIsInNoFileInPlainText (the same every run)

    QList<QByteArray> keptNeedles() const
    {
        QList<QByteArray> all = needles();
        all << m_keptPhoto.mid(m_keptPhoto.size() / 2, 32) << m_keptPhoto.mid(m_keptPhoto.size() / 3, 32);
        return all;
    }

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
        // Inside loading or Tesseract: a reading takes over a second here (since Tesseract runs on
        // one thread, about 1.3 s); the old 1.5 s wait could miss it and find the process gone.
        QTest::qWait(400);
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QCOMPARE(filesContaining(scanned(), needles()), QStringList());
    }

    void aKeptLetterIsInNoFileInPlainText()
    {
        QVERIFY(
            readAndKeep(folder("picked") + u"/letter.jpg"_qs, folder("data") + u"/kept"_qs, &m_keptPhoto));
        QVERIFY(m_keptPhoto.size() > 10000 && m_keptPhoto.startsWith("\xff\xd8"));
        QVERIFY(QFile::exists(folder("data") + u"/kept/samen.db"_qs));
        QCOMPARE(filesContaining(scanned(), keptNeedles()), QStringList());
    }

    void aKeptLetterIsInNoFileAfterAKillRightAfterKeeping()
    {
        const QString said = folder("picked") + u"/kept"_qs; // the child says it kept the letter
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    { u"--keep-child"_qs, folder("picked") + u"/letter.jpg"_qs,
                      folder("data") + u"/killed"_qs, said });
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(said) || child.state() == QProcess::NotRunning, 240000);
        QCOMPARE(child.state(), QProcess::Running); // kept, and still running
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QVERIFY(QFile::exists(folder("data") + u"/killed/samen.db"_qs));
        QVERIFY(!m_keptPhoto.isEmpty());
        QCOMPARE(filesContaining(scanned(), keptNeedles()), QStringList());
    }
};

int main(int argc, char *argv[])
{
    // The child of aKeptLetterIsInNoFileAfterAKillRightAfterKeeping: reads and keeps the letter in
    // a vault, says so with an empty file and waits to be killed.
    if (argc == 5 && QByteArray(argv[1]) == "--keep-child") {
        QGuiApplication app(argc, argv);
        QByteArray keptPhoto;
        if (!readAndKeep(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), &keptPhoto))
            return 1;
        QFile said(QString::fromLocal8Bit(argv[4]));
        if (!said.open(QIODevice::WriteOnly))
            return 1;
        said.close();
        for (;;)
            QThread::sleep(1);
    }
    QGuiApplication app(argc, argv);
    TestLetterPrivacy test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_letterprivacy.moc"
