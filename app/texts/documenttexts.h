#pragma once

#include "dossier/documents.h"
#include "rules/pack.h"

#include <QString>
#include <QStringList>

/**
 * The words of the document checklists in the user's language: the pack's doc.* keys
 * (explanations, "No papers?" alternatives, country hints), a short title per document kind and
 * the status names. The English source texts live here, marked for lupdate; the pack holds keys only.
 */
namespace DocumentTexts {

/** The translated text of pack key @p key (doc.*); empty if unknown. */
[[nodiscard]] QString text(const QString &key);

/** A short title of document kind @p kind (a pack document id), e.g. "Birth certificate". */
[[nodiscard]] QString title(const QString &kind);

/** The status in a few words, e.g. "Asked for". */
[[nodiscard]] QString statusLabel(samen::dossier::DocumentStatus status);

/** The icon name (assets/icons) of @p status. */
[[nodiscard]] QString statusIcon(samen::dossier::DocumentStatus status);

/** Every doc.* key of @p pack: explanations, alternatives and country hints. */
[[nodiscard]] QStringList keysOf(const samen::rules::RulePack &pack);

} // namespace DocumentTexts
