#include "ocr/letterocr.h"
#include "ocr/ocrengine.h"
#include "ocr/pageload.h"
#include "rules/pack.h"
#include "support/lettergen.h"

#include <QBuffer>
#include <QDir>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace samen;
using ocr::LoadError;

namespace {

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(image);
    return bytes;
}

QByteArray pdfOfPages(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(500, 500), u"Pagina %1"_qs.arg(i + 1));
    }
    painter.end();
    return bytes;
}

// A PDF whose page tree has no pages (valid syntax, offsets included).
QByteArray pdfWithoutPages()
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    offsets << pdf.size();
    pdf += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    offsets << pdf.size();
    pdf += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 3\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

} // namespace

// Letter files: photos and PDFs become pages; bad input gets a clear error code, never a crash,
// and nothing is written (TMPDIR stays empty).
class TestLetterLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("TMPDIR", m_tmp.path().toLocal8Bit());
    }

    void cleanupTestCase()
    {
        QCOMPARE(QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    void aPhotoIsOneGreyPage()
    {
        const testing::GeneratedLetter letter = testing::generateLetter(3);
        const ocr::PageLoad load = ocr::loadLetterBytes(testing::jpegBytes(letter.page));
        QCOMPARE(load.error, LoadError::None);
        QCOMPARE(load.pages.size(), 1);
        QCOMPARE(load.pageCount, 1);
        QCOMPARE(load.pages[0].size(), QSize(2480, 3508));
        QCOMPARE(load.pages[0].format(), QImage::Format_Grayscale8);
        QVERIFY(!load.scaledDown);
    }

    void aPdfLetterIsRenderedAt300Dpi()
    {
        const ocr::PageLoad load = ocr::loadLetterBytes(pdfOfPages(2));
        QCOMPARE(load.error, LoadError::None);
        QCOMPARE(load.pages.size(), 2);
        QCOMPARE(load.pageCount, 2);
        QVERIFY(qAbs(load.pages[0].width() - 2480) <= 2);
        QVERIFY(qAbs(load.pages[0].height() - 3508) <= 2);
    }

    void aFiftyMegapixelPhotoIsScaledNotRefused()
    {
        QImage huge(8660, 5774, QImage::Format_Grayscale8);
        huge.fill(200);
        const ocr::PageLoad load = ocr::loadLetterBytes(encoded(huge, "jpeg"));
        QCOMPARE(load.error, LoadError::None);
        QCOMPARE(load.pages.size(), 1);
        QVERIFY(load.scaledDown);
        QVERIFY(qint64(load.pages[0].width()) * load.pages[0].height() <= ocr::kPagePixels);
        QVERIFY(load.pages[0].width() > load.pages[0].height());
    }

    void aFiftyMegapixelPngIsTooLarge()
    {
        QImage huge(8660, 5774, QImage::Format_Grayscale8);
        huge.fill(200);
        const ocr::PageLoad load = ocr::loadLetterBytes(encoded(huge, "png"));
        QCOMPARE(load.error, LoadError::TooLarge);
        QVERIFY(load.pages.isEmpty());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<LoadError>("error");
        QByteArray corrupt = testing::jpegBytes(testing::generateLetter(1).page);
        corrupt.replace(2, 600, randomBytes(600, 9));
        QTest::newRow("corrupt JPEG") << corrupt << LoadError::Unreadable;
        QTest::newRow("random bytes") << randomBytes(100000, 1) << LoadError::Unreadable;
        QTest::newRow("nothing") << QByteArray() << LoadError::Empty;
        QTest::newRow("PDF without pages") << pdfWithoutPages() << LoadError::Empty;
        QTest::newRow("broken PDF") << QByteArray("%PDF-1.4\n") + randomBytes(5000, 2)
                                    << LoadError::Unreadable;
        QTest::newRow("text") << QByteArray("Datum 12 januari 2027\n") << LoadError::Unreadable;
        QTest::newRow("over 100 MB") << QByteArray(ocr::kMaxFileBytes + 1, 'x') << LoadError::TooLarge;
    }
    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(LoadError, error);
        const ocr::PageLoad load = ocr::loadLetterBytes(bytes);
        QCOMPARE(load.error, error);
        QVERIFY(load.pages.isEmpty());
        QVERIFY(!ocr::loadErrorName(load.error).isEmpty());
    }

    void aPdfOf300PagesGivesItsFirstPages()
    {
        const ocr::PageLoad load = ocr::loadLetterBytes(pdfOfPages(300));
        QCOMPARE(load.error, LoadError::TooManyPages);
        QCOMPARE(load.pageCount, 300);
        QCOMPARE(load.pages.size(), ocr::kMaxPages);
        QCOMPARE(ocr::loadErrorName(load.error), u"tooManyPages"_qs);
    }

    void aMissingFileIsUnreadable()
    {
        QCOMPARE(ocr::loadLetterFile(m_tmp.filePath(u"none.jpg"_qs)).error, LoadError::Unreadable);
        QCOMPARE(QDir(m_tmp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);
    }

    void aCatPhotoIsNoIndLetter()
    {
        // A "cat": a furry blob on a sofa, no text at all.
        QImage cat(1600, 1200, QImage::Format_RGB32);
        cat.fill(QColor(90, 60, 40));
        QPainter painter(&cat);
        painter.setBrush(QColor(200, 140, 60));
        painter.drawEllipse(QRect(400, 300, 800, 600));
        painter.drawPolygon(QPolygon({ QPoint(500, 380), QPoint(560, 180), QPoint(660, 330) }));
        painter.drawPolygon(QPolygon({ QPoint(940, 330), QPoint(1040, 180), QPoint(1100, 380) }));
        painter.end();
        QString error;
        const auto engine = ocr::OcrEngine::open(&error);
        QVERIFY2(engine, qPrintable(error));
        const ocr::PageLoad load = ocr::loadLetterBytes(testing::jpegBytes(cat));
        QCOMPARE(load.error, LoadError::None);
        const letters::LetterReading reading = ocr::readLetter(
            load.pages, *engine, rules::bundledPack().pack->journey.reading, QDate(2027, 2, 1));
        QCOMPARE(reading.kind, letters::LetterKind::Unknown);
        QVERIFY(!reading.looksLikeIndLetter);
        QVERIFY(!reading.letterDate);
        QVERIFY(!letters::isSure(reading));
    }

    void tesseractWritesNothing()
    {
        QString error;
        const auto engine = ocr::OcrEngine::open(&error);
        QVERIFY2(engine, qPrintable(error));
        QCOMPARE(engine->variable(u"debug_file"_qs), u"/dev/null"_qs);
        for (const QString &name :
             { u"tessedit_write_images"_qs, u"tessedit_create_hocr"_qs, u"tessedit_create_pdf"_qs,
               u"tessedit_create_txt"_qs, u"tessedit_create_boxfile"_qs })
            QCOMPARE(engine->variable(name), u"0"_qs);
    }

    void theModelFolderFromTheEnvironmentComesFirst()
    {
        QTemporaryDir models;
        QFile fake(models.filePath(u"nld.traineddata"_qs));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("not a model");
        fake.close();
        qputenv("SAMEN_TESSDATA", models.path().toLocal8Bit());
        QCOMPARE(ocr::OcrEngine::modelFolders().first(), models.path());
        QString error;
        QVERIFY(!ocr::OcrEngine::open(&error));
        QVERIFY(!error.isEmpty());
        qunsetenv("SAMEN_TESSDATA");
        QVERIFY(ocr::OcrEngine::open(&error));
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_MAIN(TestLetterLoad)
#include "tst_letterload.moc"
