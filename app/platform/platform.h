#pragma once

#include "platform/sharesheet.h"
#include "platform/speech.h"
#include "reminders/clock.h"
#include "reminders/notifier.h"
#include "vault/devicesecretstore.h"
#include "vault/keystorebinding.h"

#include <QtGlobal>

#include <chrono>
#include <functional>
#include <memory>

namespace samen::platform {

/**
 * What AppServices takes from the device: the key binding, the attempt counter's sealed store,
 * the reminder notifier, the clock, the system's text scale and how to make the speech engine and
 * clip player (on first use). main() passes systemPlatform()
 * (platformservices.h); tests pass in-memory ones (tests/support/testplatform.h). AppServices
 * owns it and destroys it after every service that uses it.
 */
struct Platform
{
    /** The key binding (Android Keystore); nullptr means pass-through. */
    std::unique_ptr<vault::KeystoreBinding> keystore;
    /** Seals the attempt counter (Keystore, Secret Service); nullptr means unsealed. */
    std::unique_ptr<vault::DeviceSecretStore> deviceStore;
    /** Delivers the reminders; never nullptr. */
    std::unique_ptr<reminders::Notifier> notifier;
    /** "Now" for reminders and the procedure's countdowns; never nullptr. */
    std::unique_ptr<reminders::Clock> clock;
    /** Sends a file the user chose to another app; nullptr: none (files are saved instead). */
    std::unique_ptr<ShareSheet> shareSheet;
    /** How much larger than normal the system wants text (1 = normal). */
    std::function<qreal()> fontScale;
    /** Makes the speech engine when something is first read aloud; empty: no engine. */
    SpeechEngineFactory makeSpeechEngine;
    /** Makes the player of recorded clips when one is first played; empty: no player. */
    ClipPlayerFactory makeClipPlayer;
    /** How long without a touch or key before the store locks; 0 means AutoLock's default. */
    std::chrono::milliseconds idleTimeout { 0 };
    /** TESTS ONLY: cheap key derivation instead of the calibrated one (VaultController::Options). */
    bool insecureFastKdfForTests = false;
};

} // namespace samen::platform
