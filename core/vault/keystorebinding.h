#pragma once

#include "vault/securebytes.h"

#include <QtGlobal>

namespace samen::vault {

/**
 * Binds the key-encryption key to hardware. On Android the implementation runs the KEK
 * through HMAC with a non-exportable Android Keystore key, so a copied key file cannot be
 * attacked off the phone. Which binding made a key file is stored in its header.
 */
class KeystoreBinding
{
public:
    /** Where the platform key lives, as far as the platform tells. */
    enum class Protection {
        /** No platform key: the PIN alone protects a copy of the files. */
        None,
        /** A non-exportable key in the platform key store, not in separate hardware. */
        KeyStore,
        /** A non-exportable key inside secure hardware (TEE or StrongBox). */
        SecureHardware,
    };

    virtual ~KeystoreBinding() = default;
    /** Where the key is kept now; may block (call it off the UI thread). */
    [[nodiscard]] virtual Protection protection() { return Protection::None; }
    /** Identifier stored in the key-file header (0 = pass-through; 1 = Android Keystore HMAC). */
    [[nodiscard]] virtual quint8 kind() const = 0;
    /**
     * Turns the Argon2id output @p kek into the key that wraps the data key. Returns a null
     * buffer when the platform key is unavailable (e.g. it was deleted). Never creates a
     * platform key: a lost key must be reported, not silently replaced (which would make the
     * right PIN look wrong).
     */
    [[nodiscard]] virtual SecureBytes bind(const SecureBytes &kek) = 0;
    /**
     * Called before a new key file is sealed (setup, change of PIN): creates the platform key
     * when there is none. Returns false when it cannot.
     */
    [[nodiscard]] virtual bool prepareKey() { return true; }
    /**
     * Called by Vault::erase() after the key file is gone: deletes the platform key, so that no
     * copy of an old key file can be opened on this phone either. True when no key is left.
     */
    [[nodiscard]] virtual bool forgetKey() { return true; }
};

/** The Linux and test binding: returns the KEK unchanged. */
class PassThroughKeystoreBinding : public KeystoreBinding
{
public:
    [[nodiscard]] quint8 kind() const override { return 0; }
    [[nodiscard]] SecureBytes bind(const SecureBytes &kek) override;
};

} // namespace samen::vault
