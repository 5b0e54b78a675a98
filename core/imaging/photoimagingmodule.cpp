#include "imaging/photoimagingmodule.h"

#include "imaging/straighten.h"

namespace samen::imaging {

namespace {

class OpenCvPhotoImaging final : public PhotoImaging
{
public:
    QualityReport check(const QImage &photo) const override { return checkQuality(photo); }

    QImage straightened(const QImage &photo, const PageQuad &corners) const override
    {
        return straighten(photo, corners);
    }
};

} // namespace

const PhotoImaging &makePhotoImaging()
{
    static const OpenCvPhotoImaging imaging;
    return imaging;
}

} // namespace samen::imaging
