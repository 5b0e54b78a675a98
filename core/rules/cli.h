#pragma once

#include <QStringList>
#include <QTextStream>

namespace samen::rules::cli {

/** Exit codes of samen-rules. */
enum ExitCode { Success = 0, Failed = 1, BadInput = 2 };

/** True when @p name is one of the commands run() understands: validate, evaluate, test, coverage, keys. */
[[nodiscard]] bool isCommand(const QString &name);

/**
 * Runs one samen-rules command; @p args starts with the command name. Writes results to @p out
 * and problems to @p err (one line naming the field); returns an ExitCode.
 *   validate PACK                       0 valid, 1 invalid pack
 *   evaluate --pack PACK CASE.json      prints the result as JSON
 *   test --pack PACK CASES.json         one line per failing case, then "N passed, M failed"
 *   coverage --pack PACK CASES.json     lists rules no case decides; 1 when there are any
 *   keys PACK                           lists the translation keys the pack uses
 */
[[nodiscard]] int run(const QStringList &args, QTextStream &out, QTextStream &err);

/** The command summary printed by --help. */
[[nodiscard]] QString commandHelp();

} // namespace samen::rules::cli
