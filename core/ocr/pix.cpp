#include "ocr/pix.h"

#include <leptonica/allheaders.h>

namespace samen::ocr {

Pix *pixFromImage(const QImage &image, int dpi)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    Pix *pix = pixCreate(grey.width(), grey.height(), 8);
    if (!pix)
        return nullptr;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        l_uint32 *target = pixGetData(pix) + y * pixGetWpl(pix);
        for (int x = 0; x < grey.width(); ++x)
            SET_DATA_BYTE(target, x, line[x]);
    }
    pixSetResolution(pix, dpi, dpi);
    return pix;
}

QImage imageFromPix(Pix *pix)
{
    QImage image(int(pixGetWidth(pix)), int(pixGetHeight(pix)), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        const l_uint32 *line = pixGetData(pix) + y * pixGetWpl(pix);
        uchar *target = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            target[x] = uchar(GET_DATA_BYTE(line, x));
    }
    return image;
}

} // namespace samen::ocr
