#pragma once

#include "rules/pack.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace samen::rules {

/** What running a case table gave. */
struct CaseTableReport
{
    /** One line per failing case: "<name>: <what differs>". */
    QStringList failures;
    /** Cases that passed. */
    int passed = 0;
    /** Cases that failed. */
    int failed = 0;
    /** Ids of the rules that decided a member whose outcome some case checks. */
    QSet<QString> decidedRules;
    /** Set when the table itself is malformed (names the field, e.g. "[3].expect"); then nothing ran. */
    QString error;
};

/**
 * Runs a case table: a JSON array of {"name", "case", "expect": {memberId: outcome}} with the
 * optional checks "expectRegime", "expectDeadline" (window date, or null), "expectEarliest"
 * {memberId: date}, "expectRules" {memberId: [ids]}, "expectDocuments" {memberId: [ids]},
 * "expectDeadlines" {id | id.plain | id.extended: date}, and "expectError" (the case must be
 * refused with a message starting with this field path).
 */
[[nodiscard]] CaseTableReport runCaseTable(const RulePack &pack, const QByteArray &tableJson);

} // namespace samen::rules
