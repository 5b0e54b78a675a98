#pragma once

#include <QImage>

#include <memory>

struct Pix;

namespace samen::ocr {

/** Destroys a Pix (pixDestroy: drops one reference). */
struct PixFree
{
    void operator()(Pix *pix) const;
};
/** An owned Pix. */
using PixPtr = std::unique_ptr<Pix, PixFree>;

/** @p image as a new Leptonica 8-bit grey Pix at @p dpi (the caller destroys it); nullptr on failure. */
[[nodiscard]] Pix *pixFromImage(const QImage &image, int dpi);

/** @p pix (8-bit grey) as a QImage copy. */
[[nodiscard]] QImage imageFromPix(Pix *pix);

} // namespace samen::ocr
