#pragma once

#include "vault/keystorebinding.h"

namespace samen::platform {

/**
 * The Android binding (kind 1): the KEK goes through HMAC-SHA256 under a non-exportable key in
 * the Android Keystore (nl.samen.app.KeystoreKey, StrongBox where the phone has it). Calls can
 * take hundreds of milliseconds: never call bind() on the UI thread.
 */
class AndroidKeystoreBinding final : public vault::KeystoreBinding
{
public:
    [[nodiscard]] quint8 kind() const override { return 1; }
    /**
     * HMAC of @p kek under the Keystore key. Returns a null buffer if the key is gone, the
     * Keystore fails or gives anything but 32 bytes: the vault then reports a damaged key, never
     * a wrong PIN. Every JNI copy of the bytes is zeroed before it returns.
     */
    [[nodiscard]] vault::SecureBytes bind(const vault::SecureBytes &kek) override;
    /** Creates the Keystore key if there is none (at setup and change of PIN only). */
    [[nodiscard]] bool prepareKey() override;
    /** Deletes the Keystore key ("erase everything"). */
    [[nodiscard]] bool forgetKey() override;
    /** SecureHardware or KeyStore when the key exists (KeyInfo.isInsideSecureHardware()), else None. */
    [[nodiscard]] Protection protection() override;
};

} // namespace samen::platform
