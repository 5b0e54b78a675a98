#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace samen::kit {

struct Kit;

/**
 * Writes @p kit as a one-page A4 PDF (300 dpi) to @p path, in the kit's language and direction;
 * content longer than a page is scaled down to fit it. Fonts are embedded so that Arabic, Dari
 * and Ge'ez print right. The file is NOT encrypted: write it only where the user chose. False
 * with @p error set (in the app's language) when it could not be written.
 */
[[nodiscard]] bool writeKitPdf(const Kit &kit, const QString &path, QString *error);

/** writeKitPdf() into @p out (open for writing); false with @p error set. */
[[nodiscard]] bool writeKitPdf(const Kit &kit, QIODevice &out, QString *error);

/** The PDF in memory, for the share sheet (nothing written to disk); empty on failure. */
[[nodiscard]] QByteArray kitPdfBytes(const Kit &kit);

/** The kit as the HTML the PDF is laid out from (no images, no links). */
[[nodiscard]] QString kitHtml(const Kit &kit);

} // namespace samen::kit
