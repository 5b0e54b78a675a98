#pragma once

#include "imaging/pagequad.h"

#include <QImage>

#include <opencv2/core.hpp>

#include <optional>

namespace samen::imaging {

/** Smallest share of the photo a page must cover to be taken for one. */
inline constexpr double minPageArea = 0.15;

/** What the page search found in the working copy of a photo. */
struct PageRegion
{
    /** The page as a filled mask (255 inside) of the working copy; empty when no paper was found. */
    cv::Mat mask;
    /** The page's four corners in the working copy, when its outline is a quadrilateral. */
    std::optional<PageQuad> quad;
    /** How many sides of the photo the paper touches (0..4). */
    int touchedSides = 0;
};

/**
 * Finds the paper in @p grey (a working copy): Otsu's threshold separates the bright paper from
 * a darker background, the largest outer contour is the page, and its convex hull simplified by
 * approxPolyDP gives the four corners.
 */
[[nodiscard]] PageRegion findPage(const cv::Mat &grey);

/** @p quad found in a working copy made with @p scale, in the photo's own pixels. */
[[nodiscard]] PageQuad inPhotoPixels(const PageQuad &quad, double scale);

/**
 * The page's four corners in @p photo (in its pixels, ordered top left, top right, bottom
 * right, bottom left), or nothing when no four-cornered page covering at least minPageArea of
 * the photo stands out from its background, or its outline has a side too short for a sheet of
 * paper (a band of light in a photo of something else).
 */
[[nodiscard]] std::optional<PageQuad> detectPage(const QImage &photo);

} // namespace samen::imaging
