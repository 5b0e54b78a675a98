#include "imaging/straighten.h"

#include "imaging/cvimage.h"

#include <opencv2/imgproc.hpp>

#include <QLineF>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace samen::imaging {

namespace {

/** Long side of the copy the skew is measured on. */
constexpr int skewSide = 1000;
/** A line of text is at least this share of the page's width long … */
constexpr double minLineShare = 0.15;
/** … and this many times longer than it is thick. */
constexpr double minLineAspect = 5;
/** Lines needed before the page's slant is believed. */
constexpr size_t minLines = 3;
/** Slant under which turning the page would only soften it. */
constexpr double minSkewDegrees = 0.2;

cv::Size targetSize(const PageQuad &q)
{
    const auto &c = q.corners;
    double width = std::max(QLineF(c[0], c[1]).length(), QLineF(c[3], c[2]).length());
    double height = std::max(QLineF(c[0], c[3]).length(), QLineF(c[1], c[2]).length());
    const double a4 = std::sqrt(2.0);
    if (std::abs(height / width - a4) < a4Tolerance * a4)
        height = width * a4;
    else if (std::abs(width / height - a4) < a4Tolerance * a4)
        width = height * a4;
    const double shrink = std::min(1.0, maxStraightSide / std::max(width, height));
    return { std::max(1, int(std::lround(width * shrink))), std::max(1, int(std::lround(height * shrink))) };
}

cv::Mat deskewed(const cv::Mat &bgra)
{
    double scale = 1;
    const QImage view(bgra.data, bgra.cols, bgra.rows, int(bgra.step), QImage::Format_RGB32);
    const double angle = textSkewDegrees(greyWorkingCopy(view, skewSide, &scale));
    if (std::abs(angle) < minSkewDegrees)
        return bgra;
    const cv::Mat turn = cv::getRotationMatrix2D(cv::Point2f(bgra.cols / 2.0f, bgra.rows / 2.0f), angle, 1.0);
    cv::Mat out;
    cv::warpAffine(bgra, out, turn, bgra.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

} // namespace

double textSkewDegrees(const cv::Mat &grey)
{
    // Ink (Otsu), smeared along the lines so that the words of a line become one blob; each long,
    // thin blob is a line of text whose slant minAreaRect gives; the median of them is the page's.
    cv::Mat ink;
    cv::threshold(grey, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    const int smear = std::max(3, grey.cols / 40);
    cv::dilate(ink, ink, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(smear, 1)));
    std::vector<std::vector<cv::Point>> blobs;
    cv::findContours(ink, blobs, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<double> slants;
    for (const auto &blob : blobs) {
        cv::Point2f corners[4];
        cv::minAreaRect(blob).points(corners);
        const cv::Point2f a = corners[1] - corners[0];
        const cv::Point2f b = corners[2] - corners[1];
        const cv::Point2f along = cv::norm(a) >= cv::norm(b) ? a : b;
        const double length = cv::norm(along);
        const double thickness = std::min(cv::norm(a), cv::norm(b));
        if (length < minLineShare * grey.cols || length < minLineAspect * thickness)
            continue;
        double slant = std::atan2(along.y, along.x) * 180 / CV_PI;
        if (slant > 90)
            slant -= 180;
        else if (slant <= -90)
            slant += 180;
        if (std::abs(slant) <= maxSkewDegrees)
            slants.push_back(slant);
    }
    if (slants.size() < minLines)
        return 0;
    const auto middle = slants.begin() + std::ptrdiff_t(slants.size() / 2);
    std::nth_element(slants.begin(), middle, slants.end());
    return *middle;
}

QImage straighten(const QImage &photo, const PageQuad &corners)
{
    const auto &c = corners.corners;
    const QPolygonF polygon({ c[0], c[1], c[2], c[3] });
    if (photo.isNull() || polygon.boundingRect().width() < 2 || polygon.boundingRect().height() < 2)
        return {};
    QImage holder;
    const cv::Mat source = bgraView(photo, &holder);
    const cv::Size size = targetSize(corners);
    const std::vector<cv::Point2f> from { { float(c[0].x()), float(c[0].y()) },
                                          { float(c[1].x()), float(c[1].y()) },
                                          { float(c[2].x()), float(c[2].y()) },
                                          { float(c[3].x()), float(c[3].y()) } };
    const std::vector<cv::Point2f> to { { 0, 0 },
                                        { float(size.width - 1), 0 },
                                        { float(size.width - 1), float(size.height - 1) },
                                        { 0, float(size.height - 1) } };
    cv::Mat flat;
    cv::warpPerspective(source, flat, cv::getPerspectiveTransform(from, to), size, cv::INTER_LINEAR,
                        cv::BORDER_REPLICATE);
    return toQImage(deskewed(flat));
}

} // namespace samen::imaging
