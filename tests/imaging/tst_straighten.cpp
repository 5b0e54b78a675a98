// Perspective correction and deskew: a page photographed at an angle comes out flat, upright
// and in A4's proportion, close to the page that was photographed.

#include "imaging/cvimage.h"
#include "imaging/straighten.h"
#include "support/pagephotos.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace samen::imaging;
using namespace samen::testsupport;

namespace {

double skewOf(const QImage &image)
{
    double scale = 1;
    return textSkewDegrees(greyWorkingCopy(image, 1000, &scale));
}

/** Mean absolute grey difference between @p a and @p b at @p b's size (0..255). */
double difference(const QImage &a, const QImage &b)
{
    double scale = 1;
    cv::Mat ga =
        greyWorkingCopy(a.scaled(b.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation), 4000, &scale);
    cv::Mat gb = greyWorkingCopy(b, 4000, &scale);
    cv::Mat diff;
    cv::absdiff(ga, gb, diff);
    return cv::mean(diff)[0];
}

} // namespace

class TestStraighten : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSlantedPageComesOutFlat_data()
    {
        QTest::addColumn<double>("rotation");
        QTest::addColumn<double>("perspective");
        QTest::newRow("flat") << 0.0 << 0.0;
        QTest::newRow("turned 4") << 4.0 << 0.0;
        QTest::newRow("perspective") << 0.0 << 0.14;
        QTest::newRow("both") << -5.0 << 0.1;
    }

    void aSlantedPageComesOutFlat()
    {
        QFETCH(double, rotation);
        QFETCH(double, perspective);
        PagePhotoSpec spec;
        spec.rotation = rotation;
        spec.perspective = perspective;
        const PagePhoto photo = renderPagePhoto(spec);
        const QImage flat = straighten(photo.image, photo.truth);
        QVERIFY(!flat.isNull());
        QVERIFY2(qAbs(double(flat.height()) / flat.width() - std::sqrt(2.0)) < 0.002,
                 qPrintable(QStringLiteral("%1x%2").arg(flat.width()).arg(flat.height())));
        const QImage page = renderPage(spec);
        const double before = difference(photo.image.copy(photo.image.rect()), page);
        const double after = difference(flat, page);
        qInfo("%s: mean grey difference to the flat page %.1f (photo as it was: %.1f), skew %.2f deg",
              QTest::currentDataTag(), after, before, skewOf(flat));
        QVERIFY(after < 15);
        QVERIFY(qAbs(skewOf(flat)) < 0.3);
    }

    void deskewTurnsTheTextUpright_data()
    {
        QTest::addColumn<double>("rotation");
        QTest::newRow("3 clockwise") << 3.0;
        QTest::newRow("2.5 anticlockwise") << -2.5;
        QTest::newRow("5 clockwise") << 5.0;
    }

    void deskewTurnsTheTextUpright()
    {
        // The page fills the photo and the user keeps the photo's own corners: only deskew helps.
        QFETCH(double, rotation);
        PagePhotoSpec spec;
        spec.rotation = rotation;
        spec.pageWidth = 1.25;
        spec.table = QColor(238, 238, 234);
        const PagePhoto photo = renderPagePhoto(spec);
        const QRectF all(photo.image.rect());
        const PageQuad whole { { all.topLeft(), QPointF(all.right(), all.top()), all.bottomRight(),
                                 QPointF(all.left(), all.bottom()) } };
        const double before = skewOf(photo.image);
        const double after = skewOf(straighten(photo.image, whole));
        qInfo("%s: skew %.2f deg before, %.2f after", QTest::currentDataTag(), before, after);
        QVERIFY(qAbs(before - rotation) < 0.5);
        QVERIFY(qAbs(after) < 0.4);
    }

    void nearA4IsMadeA4AndOtherShapesKeepTheirs()
    {
        QImage photo(1000, 1000, QImage::Format_RGB32);
        photo.fill(Qt::white);
        const PageQuad nearA4 { { QPointF(100, 100), QPointF(700, 100), QPointF(700, 920),
                                  QPointF(100, 920) } };
        const QImage a4 = straighten(photo, nearA4);
        QCOMPARE(a4.size(), QSize(600, 849));
        QVERIFY(qAbs(double(a4.height()) / a4.width() - std::sqrt(2.0)) < 0.003);
        const PageQuad square { { QPointF(100, 100), QPointF(700, 100), QPointF(700, 700),
                                  QPointF(100, 700) } };
        const QImage card = straighten(photo, square);
        QCOMPARE(card.size(), QSize(600, 600));
    }

    void hugePhotosComeOutAtA4Of300Dpi()
    {
        QImage photo(6000, 8000, QImage::Format_RGB32);
        photo.fill(Qt::white);
        const PageQuad all { { QPointF(0, 0), QPointF(5999, 0), QPointF(5999, 7999), QPointF(0, 7999) } };
        const QImage flat = straighten(photo, all);
        QCOMPARE(std::max(flat.width(), flat.height()), maxStraightSide);
    }

    void nothingFromNothing()
    {
        const PageQuad point { { QPointF(5, 5), QPointF(5, 5), QPointF(5, 5), QPointF(5, 5) } };
        QVERIFY(straighten(QImage(), point).isNull());
        QVERIFY(straighten(QImage(100, 100, QImage::Format_RGB32), point).isNull());
    }
};

QTEST_MAIN(TestStraighten)
#include "tst_straighten.moc"
