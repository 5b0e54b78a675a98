#pragma once

#include <QString>

namespace samen::dossier {

/** The longest name kept, in characters (code points); longer input is cut. */
constexpr qsizetype maxNameLength = 100;

/**
 * A typed name as it is stored: without invisible direction controls (the embeddings and
 * overrides U+202A–U+202E, the isolates U+2066–U+2069, the marks U+200E, U+200F and U+061C),
 * which could show a name reversed or disguised in the helper view and the summary PDF; white
 * space collapsed; at most maxNameLength characters, never cutting a character in half. The
 * joiners U+200C/U+200D, which Persian spelling needs, are kept.
 */
[[nodiscard]] QString cleanName(const QString &typed);

} // namespace samen::dossier
