#pragma once

// The Platform the tests give AppServices: nothing of this machine's keyring, D-Bus or fonts.

#include "platform/platform.h"
#include "platform/recordingspeech.h"
#include "reminders/clock.h"
#include "reminders/notifier.h"

#include <QDateTime>

#include <memory>

namespace samen::testsupport {

/**
 * A Platform for tests: pass-through keys (no keystore binding), an unsealed attempt counter, an
 * InMemoryNotifier, a ManualClock standing at @p now, text scale 1, cheap key derivation and a
 * RecordingSpeechEngine with voices for every app language but Tigrinya (Dari: Persian of Iran, as
 * on eSpeak NG) and a RecordingClipPlayer.
 */
[[nodiscard]] inline platform::Platform testPlatform(const QDateTime &now = QDateTime::currentDateTimeUtc())
{
    platform::Platform platform;
    platform.notifier = std::make_unique<reminders::InMemoryNotifier>();
    platform.clock = std::make_unique<reminders::ManualClock>(now);
    platform.fontScale = [] { return 1.0; };
    platform.insecureFastKdfForTests = true;
    platform.makeSpeechEngine = [] {
        return std::make_unique<platform::RecordingSpeechEngine>(
            QList<QLocale> { QLocale(QStringLiteral("en_US")), QLocale(QStringLiteral("nl_NL")),
                             QLocale(QStringLiteral("ar_EG")), QLocale(QStringLiteral("fa_IR")) });
    };
    platform.makeClipPlayer = [] { return std::make_unique<platform::RecordingClipPlayer>(); };
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
