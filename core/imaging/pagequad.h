#pragma once

#include <QPointF>
#include <QSizeF>

#include <array>

namespace samen::imaging {

/**
 * The four corners of a page in a photo, in the photo's pixels, always in this order:
 * top left, top right, bottom right, bottom left (as the page lies in the photo).
 */
struct PageQuad
{
    std::array<QPointF, 4> corners;

    /** The same corners as fractions (0..1) of @p size. */
    [[nodiscard]] PageQuad normalised(const QSizeF &size) const
    {
        PageQuad out;
        for (int i = 0; i < 4; ++i)
            out.corners[i] = { corners[i].x() / size.width(), corners[i].y() / size.height() };
        return out;
    }
    /** Fractions (0..1) of @p size turned back into pixels. */
    [[nodiscard]] PageQuad scaled(const QSizeF &size) const
    {
        PageQuad out;
        for (int i = 0; i < 4; ++i)
            out.corners[i] = { corners[i].x() * size.width(), corners[i].y() * size.height() };
        return out;
    }
};

} // namespace samen::imaging
