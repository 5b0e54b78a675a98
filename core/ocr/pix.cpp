#include "ocr/pix.h"

#include <leptonica/allheaders.h>

#include <cstring>

namespace samen::ocr {

// Leptonica keeps an 8-bit pixel row in 32-bit words whose bytes are in big-endian order. A row
// is copied whole and the bytes of the words swapped on little-endian machines
// (pixEndianByteSwap: nothing on big-endian): two passes the compiler vectorises, instead of one
// GET/SET_DATA_BYTE per pixel.

void PixFree::operator()(Pix *pix) const
{
    pixDestroy(&pix);
}

Pix *pixFromImage(const QImage &image, int dpi)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    Pix *pix = pixCreateNoInit(grey.width(), grey.height(), 8);
    if (!pix)
        return nullptr;
    l_uint32 *data = pixGetData(pix);
    const l_int32 wpl = pixGetWpl(pix);
    const size_t rowBytes = size_t(wpl) * 4;
    for (int y = 0; y < grey.height(); ++y) {
        auto *target = reinterpret_cast<uchar *>(data + size_t(y) * wpl);
        std::memcpy(target, grey.constScanLine(y), size_t(grey.width()));
        std::memset(target + grey.width(), 0xff, rowBytes - size_t(grey.width())); // padding: white
    }
    pixEndianByteSwap(pix);
    pixSetResolution(pix, dpi, dpi);
    return pix;
}

QImage imageFromPix(Pix *pix)
{
    Pix *swapped = pixEndianByteSwapNew(pix);
    if (!swapped)
        return {};
    QImage image(int(pixGetWidth(swapped)), int(pixGetHeight(swapped)), QImage::Format_Grayscale8);
    const l_uint32 *data = pixGetData(swapped);
    const l_int32 wpl = pixGetWpl(swapped);
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(image.scanLine(y), data + size_t(y) * wpl, size_t(image.width()));
    pixDestroy(&swapped);
    return image;
}

} // namespace samen::ocr
