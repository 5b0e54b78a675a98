#pragma once

#include "imaging/pagequad.h"

#include <QImage>

#include <opencv2/core.hpp>

namespace samen::imaging {

/** Longest side of a straightened page: A4 at 300 dpi (what the letter reader wants). */
inline constexpr int maxStraightSide = 3508;
/** How far (as a share) a page's aspect may be from A4's √2 and still be made exactly A4. */
inline constexpr double a4Tolerance = 0.1;
/** Residual slant of the text (degrees) that deskew turns back; beyond it the lines are not text. */
inline constexpr double maxSkewDegrees = 10;

/**
 * The page inside @p corners (photo pixels, ordered as PageQuad says) as a flat, upright
 * image: OpenCV's getPerspectiveTransform and warpPerspective to the rectangle of the quad's
 * longer sides (exactly A4's proportion when it is within a4Tolerance of it), at most
 * maxStraightSide, then deskewed by the slant of the text block (minAreaRect of the dark
 * pixels, warpAffine). Null for a null photo or a quad of no area.
 */
[[nodiscard]] QImage straighten(const QImage &photo, const PageQuad &corners);

/**
 * How many degrees the lines of text in @p grey are turned clockwise: the median slant of the
 * lines (minAreaRect of each line's ink); 0 when fewer than three lines are found or the slant
 * is beyond maxSkewDegrees.
 */
[[nodiscard]] double textSkewDegrees(const cv::Mat &grey);

} // namespace samen::imaging
