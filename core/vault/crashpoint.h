#pragma once

#include <functional>

namespace samen::vault {

/**
 * Named moments inside multi-step writes where a test may stop the process (kill -9) to
 * prove that every intermediate state on disk is safe. A no-op unless a hook is installed.
 */
enum class CrashPoint {
    TempFileWritten, ///< temp file complete, not yet flushed
    TempFileSynced, ///< temp file flushed to disk, not yet renamed
    Renamed, ///< temp file renamed over the target, folder not yet flushed
    FolderSynced, ///< rename flushed to disk
    AttemptRecorded, ///< failed-attempt counter written, secret not yet checked
    KeyFileErased, ///< erase: key file gone, database still there
    // Restore, and renewal of the data key (which also has a new key file waiting as "samen.key.next"):
    RestoreBuilt, ///< new database complete beside the old one, nothing swapped yet
    RestorePreviousKept, ///< old database linked to its ".previous" name
    RestoreSwapped, ///< new database renamed over the old one, not yet opened
    RestoreOpened, ///< new database opened; ".previous" (and the old key file) still there
    KeyFileRenewed, ///< renewal of the data key: "samen.key.next" renamed over the key file
    MigrationStepRan, ///< a schema step ran inside its transaction; version not bumped, not committed
};

/** Calls the installed hook, if any, with @p point. */
void crashPoint(CrashPoint point);

/** Installs @p hook (test helpers only); an empty function removes it. */
void setCrashHook(std::function<void(CrashPoint)> hook);

} // namespace samen::vault
