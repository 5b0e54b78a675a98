#pragma once

namespace samen::vault {

/**
 * Keeps this process's memory (the data key SQLCipher holds, names, the PIN as the UI typed
 * it) out of core dumps and away from other processes of the same user: sets RLIMIT_CORE to 0
 * and PR_SET_DUMPABLE to 0, which also stops ptrace attaching without privileges and makes
 * /proc/<pid>/mem unreadable to them. Call first thing in main(). True when both took effect;
 * a no-op returning false where the platform has neither.
 */
bool forbidCoreDumps();

/** True when the process can no longer dump core: RLIMIT_CORE is 0 and it is not dumpable. */
[[nodiscard]] bool coreDumpsForbidden();

} // namespace samen::vault
