#pragma once

#include "demo/demohouseholds.h"
#include "vault/vault.h"

#include <QString>

#include <memory>

namespace samen::demo {

/**
 * A new vault in the empty @p folder, set up with the demo PIN and filled with @p household as
 * of @p today, left unlocked. nullptr with @p error set when it could not be made.
 */
[[nodiscard]] std::unique_ptr<vault::Vault> createDemoVault(const QString &folder, Household household,
                                                            QDate today, QString *error);

/**
 * `--export-summary`: makes the demo vault of @p household in a temporary folder and writes its
 * summary (in Dutch, labels also in the app's language) as a PDF to @p pdfPath. Returns the exit
 * code: 0 when written; else 1 with the reason on stderr.
 */
[[nodiscard]] int exportDemoSummary(Household household, const QString &pdfPath);

} // namespace samen::demo
