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
     * HMAC of @p kek under the Keystore key, which is created first if there is none. Returns a
     * null buffer if the Keystore fails or gives anything but 32 bytes. Every JNI copy of the
     * bytes is zeroed before it returns.
     */
    [[nodiscard]] vault::SecureBytes bind(const vault::SecureBytes &kek) override;
    /**
     * True when a bind() of this object had to create the Keystore key. At unlock that means the
     * key was lost (factory reset, a Keystore bug): the caller must say so, not count a wrong PIN.
     */
    [[nodiscard]] bool createdKey() const { return m_createdKey; }

private:
    [[nodiscard]] bool ensureKey();

    bool m_keyChecked = false;
    bool m_createdKey = false;
};

} // namespace samen::platform
