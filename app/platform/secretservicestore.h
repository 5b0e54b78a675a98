#pragma once

#include "vault/devicesecretstore.h"

#include <QObject>
#include <QString>

#include <chrono>

namespace samen::platform {

/**
 * The attempt counter's device store on a Linux desktop: one keyring entry in the Secret Service
 * (GNOME Keyring, KWallet) through QtKeychain, holding a random 32-byte key and the counter's
 * latest sequence number. The entry is named after the vault folder (a hash of its path, nothing
 * personal). QtKeychain's insecure fallback (a plain settings file) stays off: without a keyring
 * the store is unreachable, never a file next to the counter.
 *
 * The object lives in the thread that made it (the UI thread), where QtKeychain runs its jobs.
 * Calls from another thread wait for that thread to run them, at most timeout(); calls on its own
 * thread run a local event loop.
 */
class SecretServiceStore : public QObject, public vault::DeviceSecretStore
{
    Q_OBJECT

public:
    /** A store for the vault in @p vaultFolder, entries under the keyring service @p service. */
    SecretServiceStore(const QString &vaultFolder, QString service, QObject *parent = nullptr);

    [[nodiscard]] Kind kind() const override { return Kind::SecretService; }
    [[nodiscard]] std::optional<Record> read(bool create) override;
    [[nodiscard]] bool writeSequence(quint64 sequence) override;
    [[nodiscard]] bool forget() override;

    /** How long a call waits for the keyring before it counts as unreachable. */
    [[nodiscard]] static std::chrono::milliseconds timeout() { return std::chrono::seconds(10); }

private:
    /** Outcome of one keyring job. */
    struct JobResult
    {
        bool done = false;
        bool found = false;
        QByteArray data;
    };
    enum class Job { Read, Write, Delete };

    [[nodiscard]] JobResult run(Job job, const QByteArray &data = {});
    void start(Job job, const QByteArray &data, std::function<void(JobResult)> finished);
    [[nodiscard]] bool write(const vault::SecureBytes &key, quint64 sequence);

    QString m_service;
    QString m_entry;
    vault::SecureBytes m_key;
};

} // namespace samen::platform
