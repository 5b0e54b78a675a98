#pragma once

#include <QString>

namespace samen::summary {

struct Summary;
class SummaryTexts;

/**
 * Writes @p summary as an A4 PDF (300 dpi) to @p path: title, the referent, each member, the
 * deadlines; labels in the summary's language with the app's language beside them; page
 * numbers, export date and rules version in every footer. Fonts are embedded so that Arabic
 * and Ethiopic names print right. The file is NOT encrypted: write it only where the user chose.
 * False with @p error set (in the app's language) when it could not be written.
 */
[[nodiscard]] bool writeSummaryPdf(const Summary &summary, const SummaryTexts &texts, const QString &path,
                                   QString *error);

/** The summary as the HTML the PDF is laid out from (no images, no links). */
[[nodiscard]] QString summaryHtml(const Summary &summary, const SummaryTexts &texts);

} // namespace samen::summary
