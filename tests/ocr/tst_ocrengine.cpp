#include "ocr/letterocr.h"
#include "ocr/ocrengine.h"
#include "ocr/pageload.h"
#include "ocr/pix.h"
#include "rules/pack.h"
#include "support/lettergen.h"

#include <QRegularExpression>
#include <QTest>

#include <leptonica/allheaders.h>

#ifdef SAMEN_OCR_OPENMP
#include <omp.h>
#endif

#include <thread>

using namespace samen;

// The engine's own pieces (issue 17, speed): pages go into Leptonica and back whole-row
// (every width, padding included), recognition runs on the reading thread alone, and a reading
// hands back its text and prepared first page for a user who keeps the letter.
class TestOcrEngine : public QObject
{
    Q_OBJECT

    static QImage pattern(int width, int height)
    {
        QImage image(width, height, QImage::Format_Grayscale8);
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x)
                image.scanLine(y)[x] = uchar((x * 7 + y * 13) % 251);
        }
        return image;
    }

private Q_SLOTS:
    void pagesGoIntoLeptonicaAndBackUnchanged_data()
    {
        QTest::addColumn<int>("width");
        for (int width : { 1, 2, 3, 4, 5, 7, 8, 9, 2481 })
            QTest::newRow(qPrintable(QString::number(width))) << width;
    }
    void pagesGoIntoLeptonicaAndBackUnchanged()
    {
        QFETCH(int, width);
        const QImage image = pattern(width, 5);
        const ocr::PixPtr pix(ocr::pixFromImage(image, 300));
        QVERIFY(pix);
        QCOMPARE(int(pixGetWidth(pix.get())), width);
        QCOMPARE(int(pixGetDepth(pix.get())), 8);
        QCOMPARE(int(pixGetXRes(pix.get())), 300);
        for (int y = 0; y < image.height(); ++y) {
            const l_uint32 *line = pixGetData(pix.get()) + y * pixGetWpl(pix.get());
            for (int x = 0; x < width; ++x)
                QCOMPARE(int(GET_DATA_BYTE(line, x)), int(image.constScanLine(y)[x]));
        }
        QCOMPARE(ocr::imageFromPix(pix.get()), image);
        QCOMPARE(ocr::imageFromPix(
                     ocr::PixPtr(ocr::pixFromImage(image.convertToFormat(QImage::Format_RGB32), 300)).get()),
                 image);
    }

    void recognitionRunsOnTheReadingThreadAlone()
    {
#ifndef SAMEN_OCR_OPENMP
        QSKIP("Tesseract without OpenMP here");
#else
        const auto engine = ocr::OcrEngine::open(nullptr);
        QVERIFY(engine);
        int levelsAfter = -1;
        std::thread reading([&] {
            (void)engine->read(pattern(64, 64));
            levelsAfter = omp_get_max_active_levels();
        });
        reading.join();
        QCOMPARE(levelsAfter, 0); // every OpenMP region of the engine runs on the reading thread
        QVERIFY(omp_get_max_active_levels() > 0); // other threads keep their setting
#endif
    }

    void aReadingHandsBackItsTextAndPreparedPage()
    {
        const auto engine = ocr::OcrEngine::open(nullptr);
        QVERIFY(engine);
        const testing::GeneratedLetter letter = testing::generateLetter(4);
        const ocr::PageLoad load =
            ocr::loadLetterBytes(testing::jpegBytes(testing::photographed(letter.page, 4)));
        QVERIFY(!load.pages.isEmpty());
        ocr::ReadPages seen;
        const letters::LetterReading reading = ocr::readLetter(
            load.pages, *engine, rules::bundledPack().pack->journey.reading, QDate(2027, 2, 15), &seen);
        QCOMPARE(reading.vNumber, letter.truth.vNumber);
        QVERIFY(seen.text.simplified().size() > 300);
        const auto digits = [](QString text) { return text.remove(QRegularExpression(u"\\D"_qs)); };
        QVERIFY(digits(seen.text).contains(digits(letter.truth.vNumber))); // the V-number, as printed
        QCOMPARE(seen.firstPage.format(), QImage::Format_Grayscale8);
        QVERIFY(qAbs(seen.firstPage.width() - load.pages.first().width()) < 200);
        QCOMPARE(seen.firstPage, ocr::preparedPage(load.pages.first()));
    }
};

QTEST_MAIN(TestOcrEngine)
#include "tst_ocrengine.moc"
