#pragma once

namespace samen::vault {

class Database;

/**
 * Schema versions, recorded in PRAGMA user_version. Version N is reached from N-1 by exactly
 * one migration function, run in its own transaction together with the version bump.
 */
namespace schema {
/** The version this build writes. */
constexpr int latestVersion = 7;

/**
 * Brings @p db from its current version up to @p targetVersion (default: latest), one step
 * per transaction. False when a step fails (that step is rolled back) or when the database is
 * newer than this build knows.
 */
[[nodiscard]] bool migrate(Database &db, int targetVersion = latestVersion);

/**
 * Notes in a vault with interview answers from before version 4 that its verdicts were shown
 * with the rules of 2026-11-23 (the pack of that release), so that the app can tell what the
 * new rules change. Used by the migration to 4 and by a restore of an older backup.
 */
[[nodiscard]] bool noteVerdictsOfEarlierRules(Database &db);

/**
 * Moves attachment bytes and thumbnails still in `attachment` (from before version 5) into
 * `attachment_data` and `attachment_thumbnail`, leaving the old columns empty. Used by the
 * migration to 5 and by a restore of an older backup.
 */
[[nodiscard]] bool moveAttachmentBytes(Database &db);
} // namespace schema

} // namespace samen::vault
