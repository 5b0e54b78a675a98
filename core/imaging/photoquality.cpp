#include "imaging/photoquality.h"

#include "imaging/cvimage.h"
#include "imaging/pagedetect.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace samen::imaging {

namespace {

/** Side of the tiles the sharpness is measured on (working copy pixels). */
constexpr int tileSide = 32;
/** Share of a tile that must lie on the page. */
constexpr double tileOnPage = 0.9;
/** Standard deviation of grey (of 255) a tile needs to hold ink: more than sensor noise. */
constexpr double minTileContrast = 12;
/** Which of the tiles with ink is taken: the 90th percentile (the sharpest text, not one stray edge). */
constexpr double sharpPercentile = 0.9;
/** Grey at and above which a pixel counts as clipped. */
constexpr int clippedGrey = 250;

double sharpness(const cv::Mat &grey, const cv::Mat &page)
{
    cv::Mat smooth;
    cv::GaussianBlur(grey, smooth, cv::Size(3, 3), 0);
    cv::Mat laplacian;
    cv::Laplacian(smooth, laplacian, CV_32F);
    std::vector<double> ratios;
    for (int y = 0; y + tileSide <= grey.rows; y += tileSide) {
        for (int x = 0; x + tileSide <= grey.cols; x += tileSide) {
            const cv::Rect tile(x, y, tileSide, tileSide);
            if (cv::countNonZero(page(tile)) < tileOnPage * tile.area())
                continue;
            cv::Scalar mean;
            cv::Scalar greyDeviation;
            cv::meanStdDev(smooth(tile), mean, greyDeviation);
            if (greyDeviation[0] < minTileContrast)
                continue; // paper without ink, or only noise: nothing to judge
            cv::Scalar edgeDeviation;
            cv::meanStdDev(laplacian(tile), mean, edgeDeviation);
            ratios.push_back(edgeDeviation[0] * edgeDeviation[0] / (greyDeviation[0] * greyDeviation[0]));
        }
    }
    if (ratios.empty())
        return 0;
    const auto at = ratios.begin() + std::ptrdiff_t(sharpPercentile * double(ratios.size() - 1));
    std::nth_element(ratios.begin(), at, ratios.end());
    return *at;
}

/** The grey histogram of the page: 256 bins. */
cv::Mat histogramOf(const cv::Mat &grey, const cv::Mat &page)
{
    cv::Mat histogram;
    const int channels[] = { 0 };
    const int bins[] = { 256 };
    const float range[] = { 0, 256 };
    const float *ranges[] = { range };
    cv::calcHist(&grey, 1, channels, page, histogram, 1, bins, ranges);
    return histogram;
}

/** The grey level below which @p share of the histogram's pixels lie. */
double percentile(const cv::Mat &histogram, double share)
{
    const double total = cv::sum(histogram)[0];
    double seen = 0;
    for (int level = 0; level < 256; ++level) {
        seen += histogram.at<float>(level);
        if (seen >= share * total)
            return level;
    }
    return 255;
}

double clippedShare(const cv::Mat &histogram)
{
    const double total = cv::sum(histogram)[0];
    const double clipped = cv::sum(histogram.rowRange(clippedGrey, 256))[0];
    return total > 0 ? clipped / total : 0;
}

QualityReport failedReport()
{
    using namespace thresholds;
    return { { { Flaw::Blurred, 0, minSharpness, true },
               { Flaw::Glare, 0, maxClippedShare, true },
               { Flaw::TooDark, 0, minPaperBrightness, true },
               { Flaw::CutEdges, 0, maxTouchedSides, true } },
             std::nullopt };
}

} // namespace

QualityReport checkQuality(const QImage &photo)
{
    using namespace thresholds;
    if (photo.isNull() || photo.width() < 16 || photo.height() < 16)
        return failedReport();
    double scale = 1;
    const cv::Mat grey = greyWorkingCopy(photo, workingSide, &scale);
    const PageRegion region = findPage(grey);
    const cv::Mat page = region.mask.empty() ? cv::Mat(grey.size(), CV_8UC1, cv::Scalar(255)) : region.mask;
    const cv::Mat histogram = histogramOf(grey, page);

    const double sharp = sharpness(grey, page);
    const double clipped = clippedShare(histogram);
    const double median = percentile(histogram, 0.5);
    const double paper = percentile(histogram, 0.9);
    const int touched = region.touchedSides;
    const bool cut = touched > maxTouchedSides && touched < 4;

    QualityReport report;
    report.measurements = { { Flaw::Blurred, sharp, minSharpness, sharp < minSharpness },
                            { Flaw::Glare, clipped, maxClippedShare,
                              median < paperClipped && clipped > maxClippedShare },
                            { Flaw::TooDark, paper, minPaperBrightness, paper < minPaperBrightness },
                            { Flaw::CutEdges, double(touched), double(maxTouchedSides), cut } };
    if (region.quad)
        report.page = inPhotoPixels(*region.quad, scale);
    return report;
}

} // namespace samen::imaging
