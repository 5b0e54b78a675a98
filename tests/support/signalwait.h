#pragma once

// Waiting for an asynchronous step (the vault's worker thread, an import) to report back.

#include <QDeadlineTimer>
#include <QSignalSpy>

#include <chrono>
#include <functional>

namespace samen::testsupport {

/**
 * Waits up to @p timeout until @p finished has caught a signal (one it caught before the call
 * counts too) and @p settled, when given, says the sender is done (a VaultController emits
 * finished(-1, false) when a step starts and clears the last message: pass
 * `[&] { return !vault.isBusy(); }` and read finished.constLast()). Whether both came true. The
 * spin on short waits keeps the event loop turning, so that queued results (the vault's worker
 * thread) are delivered.
 */
[[nodiscard]] inline bool waitForFinished(QSignalSpy &finished, const std::function<bool()> &settled = {},
                                          std::chrono::milliseconds timeout = std::chrono::seconds(20))
{
    const QDeadlineTimer deadline(timeout);
    const auto done = [&] { return !finished.isEmpty() && (!settled || settled()); };
    while (!done() && !deadline.hasExpired())
        finished.wait(100);
    return done();
}

} // namespace samen::testsupport
