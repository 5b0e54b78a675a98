#pragma once

#include "vault/securebytes.h"

#include <QtGlobal>

#include <optional>

namespace samen::vault {

/**
 * A key and a counter that the platform keeps outside Samen's own files and that a copy of those
 * files does not carry: the Android Keystore (a non-exportable key) or, on Linux, the desktop's
 * Secret Service. The attempt counter seals its file with the key (so the file cannot be forged)
 * and keeps its latest sequence number here (so an older copy of the file is recognised).
 *
 * Calls may block for a while (a D-Bus or Keystore round trip): call them off the UI thread.
 */
class DeviceSecretStore
{
public:
    /** What the store can do on this device. */
    enum class Kind {
        /** No store: nothing outside Samen's files protects the counter. */
        None,
        /** The desktop's Secret Service (GNOME Keyring, KWallet): key and sequence. */
        SecretService,
        /** Android Keystore: a non-exportable key; no sequence. */
        AndroidKeystore,
    };

    /** What read() found. */
    struct Record
    {
        /** 32 bytes; isNull() when no key exists yet. */
        SecureBytes key;
        /** The last sequence number written, when sequenceKept. */
        quint64 sequence = 0;
        /** Whether this store keeps a sequence number at all. */
        bool sequenceKept = false;
    };

    virtual ~DeviceSecretStore() = default;
    /** What this store is. */
    [[nodiscard]] virtual Kind kind() const = 0;
    /**
     * The key and sequence, creating the key first when @p create and there is none; nullopt
     * when the store cannot be reached now (no Secret Service running, a Keystore error).
     */
    [[nodiscard]] virtual std::optional<Record> read(bool create) = 0;
    /** Keeps @p sequence as the latest; false when it could not (or keeps none). */
    [[nodiscard]] virtual bool writeSequence(quint64 sequence) = 0;
    /** Deletes the key and sequence (erase everything); true when none is left. */
    [[nodiscard]] virtual bool forget() = 0;
};

} // namespace samen::vault
