#pragma once

#include "vault/kdf.h"
#include "vault/keystorebinding.h"
#include "vault/securebytes.h"

#include <QByteArray>

#include <optional>

namespace samen::vault {

/** What the user chose to protect the vault with. */
enum class SecretKind : quint8 {
    Pin = 1, ///< at least 6 digits
    Passphrase = 2, ///< at least 8 characters
};

/**
 * The key file: a versioned header (magic "SAMENKEY", version, secret kind, keystore binding,
 * Argon2id parameters, salt, nonce) followed by the 32-byte data key sealed with
 * XChaCha20-Poly1305 under the key-encryption key; the whole header is the associated data,
 * so any change to it is refused.
 */
class KeyFile
{
public:
    /** Result of opening a key file. */
    enum class Status {
        Ok,
        WrongSecret, ///< authentication failed: wrong PIN or passphrase (or altered file)
        Malformed, ///< not a key file, unknown version, impossible parameters, wrong size
        BindingMismatch, ///< made with another keystore binding
        OutOfMemory, ///< Argon2id could not get its memory
        BindingUnavailable, ///< the platform key (Android Keystore) is gone: the file cannot be opened
    };

    /** Size of a serialized key file in bytes. */
    static constexpr int fileSize = 64 + 48;

    /**
     * Seals @p dataKey under @p secret with fresh salt and nonce. Returns the file bytes, or an
     * empty array when derivation fails.
     */
    [[nodiscard]] static QByteArray seal(const SecureBytes &dataKey, const SecureBytes &secret,
                                         SecretKind kind, const KdfParams &params, KeystoreBinding &binding);

    /** Opens @p file with @p secret; on Ok @p dataKey receives the data key. */
    [[nodiscard]] static Status open(const QByteArray &file, const SecureBytes &secret,
                                     KeystoreBinding &binding, SecureBytes *dataKey);

    /** The parameters and kind in a well-formed header, without checking the secret. */
    struct Header
    {
        SecretKind kind = SecretKind::Pin; ///< PIN or passphrase
        quint8 binding = 0; ///< KeystoreBinding::kind() that made the file
        KdfParams params; ///< Argon2id parameters
    };
    /** Parses the header of @p file; nullopt when malformed. */
    [[nodiscard]] static std::optional<Header> readHeader(const QByteArray &file);
};

} // namespace samen::vault
