#pragma once

#include <QString>

namespace samen::kit {

struct Kit;

/**
 * Writes @p kit as a one-page A4 PDF (300 dpi) to @p path, in the kit's language and direction;
 * content longer than a page is scaled down to fit it. Fonts are embedded so that Arabic, Dari
 * and Ge'ez print right. The file is NOT encrypted: write it only where the user chose. False
 * with @p error set (in the app's language) when it could not be written.
 */
[[nodiscard]] bool writeKitPdf(const Kit &kit, const QString &path, QString *error);

/** The kit as the HTML the PDF is laid out from (no images, no links). */
[[nodiscard]] QString kitHtml(const Kit &kit);

} // namespace samen::kit
