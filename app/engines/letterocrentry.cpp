// The one export of libsamen_letterocr.so: the letter reader's OCR (ocr/letterocrmodule.h).
#include "ocr/letterocrmodule.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT const samen::ocr::LetterOcr *samen_letter_ocr()
{
    return &samen::ocr::makeLetterOcr();
}
