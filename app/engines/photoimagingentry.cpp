// The one export of libsamen_photoimaging.so: the photo check's OpenCV work
// (imaging/photoimagingmodule.h).
#include "imaging/photoimagingmodule.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT const samen::imaging::PhotoImaging *samen_photo_imaging()
{
    return &samen::imaging::makePhotoImaging();
}
