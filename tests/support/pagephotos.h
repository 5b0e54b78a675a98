#pragma once

// Generated photos of a paper for the imaging and photo-check tests: an A4 page with lines of
// text, rendered with QPainter, laid on a table with rotation and perspective, then degraded as a
// phone does it (blur, shake, glare, darkness, noise, uneven light, JPEG) with OpenCV. Needs a
// QGuiApplication (fonts). Header-only: only tests that link samen_imaging include it.

#include "imaging/cvimage.h"
#include "imaging/pagequad.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <QTransform>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace samen::testsupport {

/** How a generated photo of a page is taken. */
struct PagePhotoSpec
{
    QSize photo { 1200, 1600 };
    /** Page width as a share of the photo's width. */
    double pageWidth = 0.72;
    /** Turn of the page in degrees (clockwise). */
    double rotation = 0;
    /** How much narrower the top edge is than the bottom (0: seen from straight above). */
    double perspective = 0;
    /** Move of the page's centre, as shares of the photo's size. */
    QPointF shift { 0, 0 };
    /** Lines of text on the page. */
    int lines = 34;
    QColor table { 96, 78, 62 };
    int paperGrey = 238;
    quint32 seed = 1;
};

/** A generated photo and where its page's corners really are. */
struct PagePhoto
{
    QImage image;
    imaging::PageQuad truth;
};

/** The flat page: A4 at 96 dpi-ish, black text on paper, a letterhead and a table rule. */
inline QImage renderPage(const PagePhotoSpec &spec)
{
    QImage page(840, 1188, QImage::Format_RGB32);
    page.fill(QColor(spec.paperGrey, spec.paperGrey, spec.paperGrey - 4));
    QPainter painter(&page);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QRandomGenerator random(spec.seed);
    static const char *const words[] = { "Immigratie",
                                         "Naturalisatiedienst",
                                         "verblijfsvergunning",
                                         "datum",
                                         "uw",
                                         "aanvraag",
                                         "nareis",
                                         "binnen",
                                         "vier",
                                         "weken",
                                         "na",
                                         "dagtekening",
                                         "het",
                                         "de",
                                         "een",
                                         "gezinslid",
                                         "besluit",
                                         "bezwaar",
                                         "V-nummer",
                                         "12 januari 2027",
                                         "documenten",
                                         "ontvangen",
                                         "wij",
                                         "vragen",
                                         "u" };
    QFont heading(QStringLiteral("DejaVu Sans"));
    heading.setPixelSize(30);
    heading.setBold(true);
    painter.setFont(heading);
    painter.setPen(QColor(20, 20, 30));
    painter.drawText(QRectF(70, 60, 700, 50), QStringLiteral("IND Ministerie van Justitie"));
    painter.fillRect(QRectF(70, 120, 700, 3), QColor(30, 30, 30));
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPixelSize(17);
    painter.setFont(body);
    for (int line = 0; line < spec.lines; ++line) {
        QString text;
        while (text.size() < 60)
            text += QLatin1String(words[random.bounded(int(std::size(words)))]) + QLatin1Char(' ');
        painter.drawText(QPointF(70, 170 + line * 28), text);
    }
    painter.end();
    return page;
}

/** The page of @p spec photographed on a table. */
inline PagePhoto renderPagePhoto(const PagePhotoSpec &spec)
{
    const QImage page = renderPage(spec);
    QImage photo(spec.photo, QImage::Format_RGB32);
    photo.fill(spec.table);
    const double w = spec.pageWidth * spec.photo.width();
    const double h = w * std::sqrt(2.0);
    const QPointF centre(spec.photo.width() * (0.5 + spec.shift.x()),
                         spec.photo.height() * (0.5 + spec.shift.y()));
    const double inset = spec.perspective * w / 2;
    std::array<QPointF, 4> corners { QPointF(-w / 2 + inset, -h / 2), QPointF(w / 2 - inset, -h / 2),
                                     QPointF(w / 2, h / 2), QPointF(-w / 2, h / 2) };
    QTransform turn;
    turn.rotate(spec.rotation);
    for (QPointF &corner : corners)
        corner = turn.map(corner) + centre;
    QTransform toPhoto;
    const QPolygonF from({ QPointF(0, 0), QPointF(page.width(), 0), QPointF(page.width(), page.height()),
                           QPointF(0, page.height()) });
    const QPolygonF to({ corners[0], corners[1], corners[2], corners[3] });
    if (!QTransform::quadToQuad(from, to, toPhoto))
        return {};
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(toPhoto);
    painter.drawImage(0, 0, page);
    painter.end();
    return { photo, { corners } };
}

/** @p image as an OpenCV matrix (a copy), and back. */
inline cv::Mat toMat(const QImage &image)
{
    QImage holder;
    return imaging::bgraView(image, &holder).clone();
}

/** Gaussian blur of @p sigma pixels (out of focus). */
inline QImage blurred(const QImage &image, double sigma)
{
    cv::Mat out;
    cv::GaussianBlur(toMat(image), out, cv::Size(), sigma);
    return imaging::toQImage(out);
}

/** A straight shake of @p length pixels (camera moved while taking the photo). */
inline QImage shaken(const QImage &image, int length)
{
    cv::Mat kernel = cv::Mat::zeros(length, length, CV_32F);
    cv::line(kernel, { 0, length / 3 }, { length - 1, 2 * length / 3 }, cv::Scalar(1));
    kernel /= cv::sum(kernel)[0];
    cv::Mat out;
    cv::filter2D(toMat(image), out, -1, kernel);
    return imaging::toQImage(out);
}

/** Every channel times @p factor (less light). */
inline QImage darkened(const QImage &image, double factor)
{
    cv::Mat out;
    toMat(image).convertTo(out, -1, factor, 0);
    return imaging::toQImage(out);
}

/** A lamp's reflection: a white spot of @p radius (share of the photo's width) around @p at (shares). */
inline QImage glared(const QImage &image, QPointF at, double radius)
{
    QImage out = image.copy();
    QPainter painter(&out);
    const QPointF centre(at.x() * image.width(), at.y() * image.height());
    const double r = radius * image.width();
    QRadialGradient light(centre, r);
    light.setColorAt(0, Qt::white);
    light.setColorAt(0.55, Qt::white);
    light.setColorAt(1, QColor(255, 255, 255, 0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(light);
    painter.drawEllipse(centre, r, r);
    painter.end();
    return out;
}

/** Sensor noise of standard deviation @p sigma grey levels. */
inline QImage noisy(const QImage &image, double sigma, quint64 seed = 7)
{
    cv::Mat mat = toMat(image);
    cv::Mat noise(mat.size(), CV_16SC4);
    cv::RNG rng(seed);
    rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
    cv::Mat wide;
    mat.convertTo(wide, CV_16SC4);
    wide += noise;
    wide.convertTo(mat, CV_8UC4);
    cv::Mat alpha(mat.size(), CV_8UC1, cv::Scalar(255));
    cv::insertChannel(alpha, mat, 3);
    return imaging::toQImage(mat);
}

/** Light that falls off from one side: the far side keeps @p darkest of its brightness. */
inline QImage unevenLight(const QImage &image, double darkest)
{
    QImage out = image.copy();
    QPainter painter(&out);
    QLinearGradient shade(0, 0, image.width(), image.height());
    shade.setColorAt(0, QColor(0, 0, 0, 0));
    shade.setColorAt(1, QColor(0, 0, 0, int(255 * (1 - darkest))));
    painter.fillRect(out.rect(), shade);
    painter.end();
    return out;
}

/** The photo through a JPEG of @p quality and back. */
inline QImage jpegged(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "jpeg", quality);
    return QImage::fromData(bytes, "jpeg").convertToFormat(QImage::Format_RGB32);
}

} // namespace samen::testsupport
