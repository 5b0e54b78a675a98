#pragma once

#include "imaging/pagequad.h"

#include <QImage>
#include <QList>

#include <optional>

namespace samen::imaging {

/** Something in a photo that may keep the IND (or the letter reader) from reading it. */
enum class Flaw {
    Blurred, ///< the text's edges are soft: camera shake or out of focus
    Glare, ///< a light's reflection clips part of the page to white
    TooDark, ///< the paper itself is dark: too little light
    CutEdges, ///< the page runs off one to three sides of the photo
};

/** One measure of a photo: its value, the limit it is held to, and whether it fails it. */
struct Measurement
{
    Flaw flaw;
    /** The measured value (see the thresholds in photoquality.h for units). */
    double value = 0;
    /** The limit the value is compared with. */
    double threshold = 0;
    /** True when the value is on the wrong side of the limit. */
    bool failed = false;
};

/**
 * Thresholds, found on generated photos of A4 letters (tests/imaging/tst_photoquality renders
 * sharp pages with and without perspective, rotation, noise, uneven light and JPEG 70 %, and the
 * same pages blurred, glared, darkened and cut; it prints every value). Each sits between the
 * worst sharp page and the mildest flawed one, with room on both sides.
 */
namespace thresholds {
/**
 * Sharpness: over the 32x32 tiles of the page that hold ink (grey deviation above 12), the
 * variance of the Laplacian divided by the variance of the grey (after a 3x3 Gaussian that takes
 * out sensor noise), on the working copy; the 90th percentile of the tiles. Dividing by the
 * grey's variance makes it independent of light and contrast: it is about 1/w² for edges w
 * pixels wide. Generated sharp pages (also dim, noisy, JPEG 70, turned, in perspective) measure
 * 0.71-0.88; a Gaussian blur of 1.5 px measures 0.12, of 2 px 0.06, a 13 px shake 0.13. The
 * limit lies between them, nearer the blurred side so that no sharp page is refused.
 */
inline constexpr double minSharpness = 0.25;
/**
 * Glare: share of the page's pixels at 250 or brighter (of 255), counted only when the paper
 * itself is not clipped (its median is under paperClipped): a white scan or an over-exposed
 * page has even white, not a spot. Generated sharp pages have none; a reflection that hides a
 * few lines covers 2-3 % of the page.
 */
inline constexpr double maxClippedShare = 0.01;
/** Median grey of the page at or above which the paper itself is white and glare is not judged. */
inline constexpr double paperClipped = 245;
/**
 * Darkness: the 90th percentile of the page's grey, which is the paper's own brightness
 * whatever the amount of text. Generated pages in good or room light measure 148-241, at a third
 * of the light 71-81; under 100 the text's contrast is less than half a well-lit page's.
 */
inline constexpr double minPaperBrightness = 100;
/**
 * Cut edges: the number of the photo's sides the paper runs into (it covers more than 3 % of
 * that side). One to three is a page cut off; four is a page that fills the photo (a scan, or
 * held close), which is not refused.
 */
inline constexpr int maxTouchedSides = 0;
} // namespace thresholds

/** The result of checkQuality(): every measure, and the page's corners when they were found. */
struct QualityReport
{
    /** Blurred, Glare, TooDark and CutEdges, in that order. */
    QList<Measurement> measurements;
    /** The page's corners in the photo's pixels, as detectPage() gives them. */
    std::optional<PageQuad> page;

    // Inline: the app reads reports without linking samen_imaging (imaging/photoimagingmodule.h).

    /** True when the measure of @p flaw failed. */
    [[nodiscard]] bool has(Flaw flaw) const { return measurement(flaw).failed; }
    /** The failed measures' flaws, in the order above. */
    [[nodiscard]] QList<Flaw> flaws() const
    {
        QList<Flaw> out;
        for (const Measurement &m : measurements) {
            if (m.failed)
                out.append(m.flaw);
        }
        return out;
    }
    /** The measure of @p flaw. */
    [[nodiscard]] Measurement measurement(Flaw flaw) const
    {
        for (const Measurement &m : measurements) {
            if (m.flaw == flaw)
                return m;
        }
        return { flaw };
    }
};

/**
 * Measures blur, glare, darkness and cut edges of @p photo on a working copy of at most
 * workingSide pixels (so a 50 MP photo costs little more than a 1 MP one), inside the page when
 * one is found. A null image fails every measure.
 */
[[nodiscard]] QualityReport checkQuality(const QImage &photo);

} // namespace samen::imaging
