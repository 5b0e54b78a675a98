#pragma once

// The Platform the tests give AppServices: nothing of this machine's keyring, D-Bus or fonts.

#include "platform/platform.h"
#include "reminders/clock.h"
#include "reminders/notifier.h"

#include <QDateTime>

#include <memory>

namespace samen::testsupport {

/**
 * A Platform for tests: pass-through keys (no keystore binding), an unsealed attempt counter, an
 * InMemoryNotifier, a ManualClock standing at @p now, text scale 1 and cheap key derivation.
 */
[[nodiscard]] inline platform::Platform testPlatform(const QDateTime &now = QDateTime::currentDateTimeUtc())
{
    platform::Platform platform;
    platform.notifier = std::make_unique<reminders::InMemoryNotifier>();
    platform.clock = std::make_unique<reminders::ManualClock>(now);
    platform.fontScale = [] { return 1.0; };
    platform.insecureFastKdfForTests = true;
    return platform;
}

/** The clock of a testPlatform(). */
[[nodiscard]] inline reminders::ManualClock &manualClock(const platform::Platform &platform)
{
    return static_cast<reminders::ManualClock &>(*platform.clock);
}

/** The notifier of a testPlatform(). */
[[nodiscard]] inline reminders::InMemoryNotifier &inMemoryNotifier(const platform::Platform &platform)
{
    return static_cast<reminders::InMemoryNotifier &>(*platform.notifier);
}

} // namespace samen::testsupport
