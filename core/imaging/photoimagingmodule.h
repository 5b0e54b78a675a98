#pragma once

#include "imaging/pagequad.h"
#include "imaging/photoquality.h"

#include <QImage>

namespace samen::imaging {

/**
 * The photo check's OpenCV work behind an interface with nothing but inline code, so that the
 * app can load OpenCV as a module on the first photo instead of at start (issue 19). The module
 * (app/engines) exports kPhotoImagingEntry; the tests link samen_imaging directly and get the
 * same object from makePhotoImaging().
 */
class PhotoImaging
{
public:
    virtual ~PhotoImaging() = default;
    /** checkQuality(). */
    [[nodiscard]] virtual QualityReport check(const QImage &photo) const = 0;
    /** straighten(). */
    [[nodiscard]] virtual QImage straightened(const QImage &photo, const PageQuad &corners) const = 0;
};

/** The one PhotoImaging of the process (in samen_imaging: the code that calls OpenCV). */
[[nodiscard]] const PhotoImaging &makePhotoImaging();

/** The name of the module's entry point, `extern "C" const PhotoImaging *samen_photo_imaging()`. */
inline constexpr char kPhotoImagingEntry[] = "samen_photo_imaging";

} // namespace samen::imaging
