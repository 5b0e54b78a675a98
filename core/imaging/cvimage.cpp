#include "imaging/cvimage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace samen::imaging {

cv::Mat bgraView(const QImage &photo, QImage *holder)
{
    const QImage::Format format = photo.format();
    if (format == QImage::Format_RGB32 || format == QImage::Format_ARGB32)
        *holder = photo;
    else
        *holder = photo.convertToFormat(QImage::Format_RGB32);
    // Format_RGB32 is 0xffRRGGBB per pixel: B, G, R, A in memory on little-endian machines.
    return cv::Mat(holder->height(), holder->width(), CV_8UC4, const_cast<uchar *>(holder->constBits()),
                   size_t(holder->bytesPerLine()));
}

cv::Mat greyWorkingCopy(const QImage &photo, int longSide, double *scale)
{
    const int side = std::max(photo.width(), photo.height());
    *scale = side > longSide ? double(longSide) / side : 1.0;
    cv::Mat grey;
    if (photo.format() == QImage::Format_Grayscale8) {
        const cv::Mat view(photo.height(), photo.width(), CV_8UC1, const_cast<uchar *>(photo.constBits()),
                           size_t(photo.bytesPerLine()));
        cv::resize(view, grey, cv::Size(), *scale, *scale, cv::INTER_AREA);
        return grey;
    }
    QImage holder;
    const cv::Mat bgra = bgraView(photo, &holder);
    cv::Mat small;
    cv::resize(bgra, small, cv::Size(), *scale, *scale, cv::INTER_AREA);
    cv::cvtColor(small, grey, cv::COLOR_BGRA2GRAY);
    return grey;
}

QImage toQImage(const cv::Mat &bgra)
{
    const QImage view(bgra.data, bgra.cols, bgra.rows, int(bgra.step), QImage::Format_RGB32);
    return view.copy();
}

} // namespace samen::imaging
