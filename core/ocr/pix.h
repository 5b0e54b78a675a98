#pragma once

#include <QImage>

struct Pix;

namespace samen::ocr {

/** @p image as a new Leptonica 8-bit grey Pix at @p dpi (the caller destroys it); nullptr on failure. */
[[nodiscard]] Pix *pixFromImage(const QImage &image, int dpi);

/** @p pix (8-bit grey) as a QImage copy. */
[[nodiscard]] QImage imageFromPix(Pix *pix);

} // namespace samen::ocr
