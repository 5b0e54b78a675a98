#pragma once

#include <QImage>

#include <opencv2/core.hpp>

namespace samen::imaging {

/** Longest side of the working copy the checks measure on, in pixels. */
inline constexpr int workingSide = 1280;

/**
 * A grey copy of @p photo whose longest side is at most @p longSide (OpenCV's area
 * interpolation). @p scale receives the factor from the photo to the copy (<= 1).
 */
[[nodiscard]] cv::Mat greyWorkingCopy(const QImage &photo, int longSide, double *scale);

/** @p photo as a BGRA matrix that shares its pixels (kept alive by @p holder). */
[[nodiscard]] cv::Mat bgraView(const QImage &photo, QImage *holder);

/** A deep copy of a BGRA matrix as a QImage (Format_RGB32). */
[[nodiscard]] QImage toQImage(const cv::Mat &bgra);

} // namespace samen::imaging
