#pragma once

#include "vault/devicesecretstore.h"
#include "vault/keystorebinding.h"

namespace samen::platform {

/**
 * The attempt counter's device store on Android: its key is the Keystore HMAC (the same
 * non-exportable key that binds the PIN) of a fixed label, so it exists exactly as long as that
 * key: from setup to "erase everything". Android keeps no sequence number outside the app's
 * files, so an older copy of the counter file is not recognised; writing one needs root.
 */
class AndroidCounterStore final : public vault::DeviceSecretStore
{
public:
    /** A store over @p binding (the app's AndroidKeystoreBinding), which must outlive it. */
    explicit AndroidCounterStore(vault::KeystoreBinding &binding);

    [[nodiscard]] Kind kind() const override { return Kind::AndroidKeystore; }
    /** The key once the Keystore key exists; @p create makes it (as setup does). */
    [[nodiscard]] std::optional<Record> read(bool create) override;
    [[nodiscard]] bool writeSequence(quint64) override { return false; }
    /** The Keystore key itself is deleted by the binding on erase. */
    [[nodiscard]] bool forget() override { return true; }

private:
    vault::KeystoreBinding &m_binding;
};

} // namespace samen::platform
