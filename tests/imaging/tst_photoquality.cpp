// The quality check and the page detection on generated photos of an A4 letter: every flaw
// caught, no sharp page refused, the corners found within a tolerance of the true ones. Every
// measured value is printed next to its threshold.

#include "imaging/pagedetect.h"
#include "imaging/photoquality.h"
#include "support/pagephotos.h"

#include <QLineF>
#include <QPainter>
#include <QPolygonF>
#include <QTest>

#include <limits>

using namespace samen::imaging;
using namespace samen::testsupport;

Q_DECLARE_METATYPE(samen::imaging::Flaw)
Q_DECLARE_METATYPE(samen::imaging::PageQuad)

namespace {

/** How far a found corner may be from the true one, as a share of the photo's long side. */
constexpr double cornerTolerance = 0.02;

QString describe(const QualityReport &report)
{
    QStringList parts;
    const char *names[] = { "sharpness", "clipped", "paper", "sides" };
    for (const Measurement &m : report.measurements)
        parts << QStringLiteral("%1 %2 (limit %3)%4")
                     .arg(QLatin1String(names[int(m.flaw)]))
                     .arg(m.value, 0, 'f', 3)
                     .arg(m.threshold)
                     .arg(m.failed ? QStringLiteral(" FAILED") : QString());
    return parts.join(QStringLiteral(", "));
}

PagePhotoSpec spec(double rotation = 0, double perspective = 0, QPointF shift = {}, quint32 seed = 1)
{
    PagePhotoSpec s;
    s.rotation = rotation;
    s.perspective = perspective;
    s.shift = shift;
    s.seed = seed;
    return s;
}

} // namespace

class TestPhotoQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("thresholds: sharpness (Laplacian / grey variance) >= %g, clipped share <= %g (when the "
              "paper's median < %g), "
              "paper brightness >= %g, sides touched <= %d (or all 4)",
              thresholds::minSharpness, thresholds::maxClippedShare, thresholds::paperClipped,
              thresholds::minPaperBrightness, thresholds::maxTouchedSides);
    }

    void sharpPagesPass_data()
    {
        QTest::addColumn<QImage>("photo");
        QTest::addColumn<PageQuad>("truth");
        const auto add = [](const char *name, const PagePhoto &p, QImage image = {}) {
            QTest::newRow(name) << (image.isNull() ? p.image : image) << p.truth;
        };
        const PagePhoto straight = renderPagePhoto(spec());
        add("straight", straight);
        add("rotated 4", renderPagePhoto(spec(4)));
        add("rotated -5", renderPagePhoto(spec(-5, 0, {}, 2)));
        add("perspective", renderPagePhoto(spec(0, 0.12)));
        const PagePhoto both = renderPagePhoto(spec(-3, 0.08, { 0.03, -0.02 }, 3));
        add("rotated and perspective", both);
        add("sensor noise", straight, noisy(straight.image, 8));
        add("uneven light", both, unevenLight(both.image, 0.5));
        add("jpeg 70", both, jpegged(both.image, 70));
        add("room light", straight, darkened(straight.image, 0.62));
        add("all at once", both, jpegged(noisy(unevenLight(both.image, 0.6), 5), 70));
        PagePhotoSpec sparse = spec(2);
        sparse.lines = 4;
        add("a few lines", renderPagePhoto(sparse));
        PagePhotoSpec big = spec(3, 0.05);
        big.photo = QSize(3000, 4000);
        add("12 MP", renderPagePhoto(big));
        PagePhotoSpec landscape = spec(90);
        landscape.photo = QSize(1600, 1200);
        landscape.pageWidth = 0.48;
        add("landscape photo, page turned", renderPagePhoto(landscape));
        PagePhotoSpec lightTable = spec(1);
        lightTable.table = QColor(150, 140, 125);
        add("light table", renderPagePhoto(lightTable));
    }

    void sharpPagesPass()
    {
        QFETCH(QImage, photo);
        QFETCH(PageQuad, truth);
        const QualityReport report = checkQuality(photo);
        qInfo("%s: %s", QTest::currentDataTag(), qPrintable(describe(report)));
        QVERIFY2(report.flaws().isEmpty(), qPrintable(describe(report)));
        QVERIFY(report.page.has_value());
        const double tolerance = cornerTolerance * std::max(photo.width(), photo.height());
        const auto found = detectPage(photo);
        QVERIFY(found.has_value());
        for (int i = 0; i < 4; ++i) {
            // The corners come in the photo's order (top left first); the truth in the page's,
            // which differs for a page turned a quarter: compare with the nearest true corner.
            double off = std::numeric_limits<double>::max();
            for (const QPointF &corner : truth.corners)
                off = std::min(off, QLineF(found->corners[i], corner).length());
            qInfo("  corner %d off by %.1f px (tolerance %.1f)", i, off, tolerance);
            QVERIFY2(off <= tolerance, qPrintable(QStringLiteral("corner %1 off by %2").arg(i).arg(off)));
            QCOMPARE(report.page->corners[i], found->corners[i]);
        }
    }

    void flawsAreCaught_data()
    {
        QTest::addColumn<QImage>("photo");
        QTest::addColumn<Flaw>("flaw");
        const PagePhoto straight = renderPagePhoto(spec());
        const PagePhoto turned = renderPagePhoto(spec(3, 0.06, {}, 4));
        QTest::newRow("out of focus") << blurred(straight.image, 2.5) << Flaw::Blurred;
        QTest::newRow("slightly out of focus") << blurred(straight.image, 2) << Flaw::Blurred;
        QTest::newRow("out of focus, turned") << blurred(turned.image, 3) << Flaw::Blurred;
        QTest::newRow("out of focus, noisy jpeg")
            << jpegged(noisy(blurred(turned.image, 3), 5), 70) << Flaw::Blurred;
        QTest::newRow("shaken") << shaken(straight.image, 13) << Flaw::Blurred;
        QTest::newRow("glare") << glared(straight.image, { 0.5, 0.4 }, 0.12) << Flaw::Glare;
        QTest::newRow("glare at a corner, turned") << glared(turned.image, { 0.3, 0.7 }, 0.1) << Flaw::Glare;
        QTest::newRow("dark") << darkened(straight.image, 0.3) << Flaw::TooDark;
        QTest::newRow("dark and noisy") << noisy(darkened(turned.image, 0.33), 4) << Flaw::TooDark;
        QTest::newRow("cut on the right") << renderPagePhoto(spec(0, 0, { 0.2, 0 })).image << Flaw::CutEdges;
        QTest::newRow("cut at the top") << renderPagePhoto(spec(2, 0, { 0, -0.12 })).image << Flaw::CutEdges;
        QTest::newRow("a corner missing")
            << renderPagePhoto(spec(-4, 0.05, { -0.16, 0.1 })).image << Flaw::CutEdges;
    }

    void flawsAreCaught()
    {
        QFETCH(QImage, photo);
        QFETCH(Flaw, flaw);
        const QualityReport report = checkQuality(photo);
        qInfo("%s: %s", QTest::currentDataTag(), qPrintable(describe(report)));
        QVERIFY2(report.has(flaw), qPrintable(describe(report)));
    }

    void nullOrTinyPhotosFailEverything()
    {
        QCOMPARE(checkQuality(QImage()).flaws().size(), 4);
        QCOMPARE(checkQuality(QImage(8, 8, QImage::Format_RGB32)).flaws().size(), 4);
        QVERIFY(!detectPage(QImage()));
    }

    void aPhotoWithoutAPageHasNoCorners()
    {
        QImage table(1200, 1600, QImage::Format_RGB32);
        table.fill(QColor(96, 78, 62));
        QVERIFY(!detectPage(noisy(table, 6)));
    }

    // Turned by half a right angle, the page stands on a corner: each corner found once, in order
    // round the page (the corners are now ordered by their angle round the page's centre).
    void aPageOnItsCornerHasFourCorners()
    {
        PagePhotoSpec diamond = spec(45);
        diamond.pageWidth = 0.5;
        const PagePhoto photo = renderPagePhoto(diamond);
        const auto found = detectPage(photo.image);
        QVERIFY(found.has_value());
        const double tolerance = cornerTolerance * std::max(photo.image.width(), photo.image.height());
        for (int i = 0; i < 4; ++i) {
            for (int j = i + 1; j < 4; ++j)
                QVERIFY2(QLineF(found->corners[i], found->corners[j]).length() > 100, "two corners in one");
            double off = std::numeric_limits<double>::max();
            for (const QPointF &corner : photo.truth.corners)
                off = std::min(off, QLineF(found->corners[i], corner).length());
            QVERIFY2(off <= tolerance, qPrintable(QStringLiteral("corner %1 off by %2").arg(i).arg(off)));
        }
        // Clockwise on screen: the turn from each side to the next is to the right (y grows down).
        for (int i = 0; i < 4; ++i) {
            const QPointF a = found->corners[(i + 1) % 4] - found->corners[i];
            const QPointF b = found->corners[(i + 2) % 4] - found->corners[(i + 1) % 4];
            QVERIFY(a.x() * b.y() - a.y() * b.x() > 0);
        }
    }

    // A band of light across a photo of something else is no page: nothing to straighten to (it
    // was saved as a sliver of the photo).
    void aBandOfLightIsNoPage()
    {
        QImage photo(1200, 1600, QImage::Format_RGB32);
        photo.fill(QColor(60, 70, 50));
        QPainter painter(&photo);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(230, 230, 220));
        painter.drawPolygon(QPolygonF({ QPointF(0, 0), QPointF(300, 0), QPointF(1200, 1300),
                                        QPointF(1200, 1600), QPointF(1000, 1600) }));
        painter.end();
        QVERIFY(!detectPage(noisy(photo, 6)));
    }

    void aPageFillingThePhotoIsNotCut()
    {
        // A scan, or a page held close: the paper runs into all four sides.
        const QImage page = renderPage(spec()).scaled(1200, 1697);
        const QualityReport report = checkQuality(page);
        qInfo("scan: %s", qPrintable(describe(report)));
        QVERIFY2(report.flaws().isEmpty(), qPrintable(describe(report)));
    }
};

QTEST_MAIN(TestPhotoQuality)
#include "tst_photoquality.moc"
