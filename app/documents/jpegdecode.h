#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

/**
 * The stored JPEG @p bytes as an image, scaled down (never up) to fit @p requestedSize when that
 * is valid; @p fullSize (if given) gets the picture's own size. Any thread; a null image for bytes
 * that are empty or no JPEG.
 */
[[nodiscard]] QImage decodeJpeg(QByteArray bytes, const QSize &requestedSize, QSize *fullSize = nullptr);
