#include "imaging/pagedetect.h"

#include "imaging/cvimage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace samen::imaging {

namespace {

/** Share of a side of the photo the paper must cover to count as touching it. */
constexpr double touchShare = 0.03;

using Contour = std::vector<cv::Point>;

/** Shortest side of a page's outline against its longest: below it, the shape is no sheet of paper. */
constexpr double minSideShare = 0.2;

/** @p points (four corners of a convex outline) clockwise on screen, from the top left one. */
PageQuad ordered(const Contour &points)
{
    cv::Point2d centre;
    for (const cv::Point &p : points)
        centre += cv::Point2d(p);
    centre *= 1.0 / double(points.size());
    Contour clockwise = points;
    // y grows downwards: a growing angle turns clockwise on screen.
    std::sort(clockwise.begin(), clockwise.end(), [&centre](const cv::Point &a, const cv::Point &b) {
        return std::atan2(a.y - centre.y, a.x - centre.x) < std::atan2(b.y - centre.y, b.x - centre.x);
    });
    std::rotate(
        clockwise.begin(),
        std::min_element(clockwise.begin(), clockwise.end(),
                         [](const cv::Point &a, const cv::Point &b) { return a.x + a.y < b.x + b.y; }),
        clockwise.end());
    PageQuad quad;
    for (int i = 0; i < 4; ++i)
        quad.corners[i] = QPointF(clockwise[i].x, clockwise[i].y);
    return quad;
}

/** Whether the four @p corners (in outline order) can be a sheet of paper: no side a sliver. */
bool paperShaped(const Contour &corners)
{
    std::array<double, 4> sides {};
    for (int i = 0; i < 4; ++i)
        sides[i] = cv::norm(corners[i] - corners[(i + 1) % 4]);
    const auto [shortest, longest] = std::minmax_element(sides.begin(), sides.end());
    return *shortest >= minSideShare * *longest;
}

std::optional<PageQuad> quadOf(const Contour &outline)
{
    Contour hull;
    cv::convexHull(outline, hull);
    const double perimeter = cv::arcLength(hull, true);
    for (double share = 0.01; share <= 0.08; share += 0.005) {
        Contour corners;
        cv::approxPolyDP(hull, corners, share * perimeter, true);
        if (corners.size() == 4)
            return cv::isContourConvex(corners) && paperShaped(corners) ? std::optional(ordered(corners))
                                                                        : std::nullopt;
        if (corners.size() < 4)
            return std::nullopt;
    }
    return std::nullopt;
}

int countTouchedSides(const cv::Mat &mask)
{
    const auto touches = [](const cv::Mat &line) {
        return cv::countNonZero(line) > touchShare * double(std::max(line.rows, line.cols));
    };
    return int(touches(mask.row(0))) + int(touches(mask.row(mask.rows - 1))) + int(touches(mask.col(0))) +
        int(touches(mask.col(mask.cols - 1)));
}

} // namespace

PageRegion findPage(const cv::Mat &grey)
{
    PageRegion region;
    cv::Mat smooth;
    cv::GaussianBlur(grey, smooth, cv::Size(5, 5), 0);
    cv::Mat paper;
    cv::threshold(smooth, paper, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(paper, paper, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    std::vector<Contour> contours;
    cv::findContours(paper, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    if (contours.empty())
        return region;
    const auto largest =
        std::max_element(contours.begin(), contours.end(), [](const Contour &a, const Contour &b) {
            return cv::contourArea(a) < cv::contourArea(b);
        });
    if (cv::contourArea(*largest) < minPageArea * grey.total())
        return region;
    region.mask = cv::Mat::zeros(grey.size(), CV_8UC1);
    cv::drawContours(region.mask, std::vector<Contour> { *largest }, 0, cv::Scalar(255), cv::FILLED);
    region.touchedSides = countTouchedSides(region.mask);
    region.quad = quadOf(*largest);
    return region;
}

std::optional<PageQuad> detectPage(const QImage &photo)
{
    if (photo.isNull())
        return std::nullopt;
    double scale = 1;
    const cv::Mat grey = greyWorkingCopy(photo, workingSide, &scale);
    const PageRegion region = findPage(grey);
    if (!region.quad)
        return std::nullopt;
    return inPhotoPixels(*region.quad, scale);
}

PageQuad inPhotoPixels(const PageQuad &quad, double scale)
{
    PageQuad out;
    for (int i = 0; i < 4; ++i) {
        const QPointF &c = quad.corners[i];
        out.corners[i] = QPointF((c.x() + 0.5) / scale - 0.5, (c.y() + 0.5) / scale - 0.5);
    }
    return out;
}

} // namespace samen::imaging
