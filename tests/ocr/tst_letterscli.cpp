#include "support/lettergen.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace samen;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// samen-letters read FILE: one JSON object for a letter, exit 2 and a message for a file it cannot
// read; Tesseract says nothing on stdout or stderr, and the run leaves no file behind (TMPDIR and
// HOME are empty folders and stay empty).
class TestLettersCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY(m_empty.isValid());
        const testing::GeneratedLetter letter = testing::generateLetter(6);
        m_truth = letter.truth;
        QFile photo(m_files.filePath(u"letter.jpg"_qs));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write(testing::jpegBytes(testing::photographed(letter.page, 6)));
        QFile noise(m_files.filePath(u"noise.jpg"_qs));
        QVERIFY(noise.open(QIODevice::WriteOnly));
        noise.write(QByteArray(4000, '\x17'));
    }

    void aLetterIsPrintedAsJson()
    {
        const Run run =
            samenLetters({ u"read"_qs, m_files.filePath(u"letter.jpg"_qs), u"--today"_qs, u"2027-02-15"_qs });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(u"type"_qs).toString(), m_truth.type);
        QCOMPARE(json.value(u"packLetterId"_qs).toString(), m_truth.packLetterId);
        QCOMPARE(json.value(u"letterDate"_qs).toString(), m_truth.letterDate.toString(Qt::ISODate));
        QCOMPARE(json.value(u"answerBy"_qs).toString(), m_truth.answerBy->toString(Qt::ISODate));
        QVERIFY(json.value(u"decisionBy"_qs).isNull());
        QCOMPARE(json.value(u"vNumber"_qs).toString(), m_truth.vNumber);
        QVERIFY(json.value(u"confidence"_qs).toDouble() > 0);
        QVERIFY(json.value(u"doubts"_qs).isArray());
        QVERIFY(json.value(u"words"_qs).toObject().value(u"answerBy"_qs).toString().startsWith(u"binnen"_qs));
        QCOMPARE(json.value(u"pages"_qs).toInt(), 1);
        QVERIFY(emptyFolderStaysEmpty());
    }

    void anUnreadableFileExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("noise") << QStringList { u"read"_qs, m_files.filePath(u"noise.jpg"_qs) }
                               << u"unreadable"_qs;
        QTest::newRow("missing") << QStringList { u"read"_qs, m_files.filePath(u"none.pdf"_qs) }
                                 << u"unreadable"_qs;
        QTest::newRow("bad today") << QStringList { u"read"_qs, m_files.filePath(u"letter.jpg"_qs),
                                                    u"--today"_qs, u"15-02-2027"_qs }
                                   << u"--today"_qs;
        QTest::newRow("no file") << QStringList { u"read"_qs } << u"needs a FILE"_qs;
        QTest::newRow("unknown command") << QStringList { u"write"_qs } << u"unknown command"_qs;
    }
    void anUnreadableFileExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = samenLetters(args);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(emptyFolderStaysEmpty());
    }

private:
    Run samenLetters(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             { "TMPDIR", "HOME", "XDG_RUNTIME_DIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME" })
            env.insert(QString::fromLatin1(name), m_empty.path());
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_empty.path());
        process.start(QStringLiteral(SAMEN_LETTERS_EXECUTABLE), args);
        if (!process.waitForFinished(120000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    bool emptyFolderStaysEmpty() const
    {
        return QDir(m_empty.path())
            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
            .isEmpty();
    }

    QTemporaryDir m_files;
    QTemporaryDir m_empty;
    testing::LetterTruth m_truth;
};

QTEST_MAIN(TestLettersCli)
#include "tst_letterscli.moc"
