#include "platform/secretservicestore.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#include <qt6keychain/keychain.h>

#include <sodium.h>

#include <future>
#include <memory>

namespace samen::platform {

using vault::SecureBytes;

namespace {
constexpr std::size_t keySize = 32;
constexpr int entrySize = int(keySize) + 8;

/** Key and sequence as one keyring value; zeroed by the caller after use. */
QByteArray entryValue(const SecureBytes &key, quint64 sequence)
{
    QByteArray value(entrySize, '\0');
    std::memcpy(value.data(), key.data(), keySize);
    qToLittleEndian<quint64>(sequence, value.data() + keySize);
    return value;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}
} // namespace

SecretServiceStore::SecretServiceStore(const QString &vaultFolder, QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_entry(
          u"attempt-counter-"_qs +
          QString::fromLatin1(
              QCryptographicHash::hash(vaultFolder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)))
{ }

void SecretServiceStore::start(Job job, const QByteArray &data, std::function<void(JobResult)> finished)
{
    QKeychain::Job *keychainJob = nullptr;
    if (job == Job::Read) {
        keychainJob = new QKeychain::ReadPasswordJob(m_service, this);
    } else if (job == Job::Write) {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(data);
        keychainJob = write;
    } else {
        keychainJob = new QKeychain::DeletePasswordJob(m_service, this);
    }
    keychainJob->setInsecureFallback(false);
    keychainJob->setAutoDelete(true);
    keychainJob->setKey(m_entry);
    connect(keychainJob, &QKeychain::Job::finished, this, [job, finished](QKeychain::Job *done) {
        JobResult result;
        result.done = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
        result.found = done->error() == QKeychain::NoError;
        if (job == Job::Read && result.found)
            result.data = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
        finished(std::move(result));
    });
    keychainJob->start();
}

SecretServiceStore::JobResult SecretServiceStore::run(Job job, const QByteArray &data)
{
    if (QThread::currentThread() == thread()) {
        JobResult result;
        QEventLoop loop;
        QTimer::singleShot(timeout(), &loop, &QEventLoop::quit);
        start(job, data, [&result, &loop](JobResult done) {
            result = std::move(done);
            loop.quit();
        });
        loop.exec();
        return result;
    }
    auto promise = std::make_shared<std::promise<JobResult>>();
    std::future<JobResult> future = promise->get_future();
    QMetaObject::invokeMethod(this, [this, job, data, promise] {
        start(job, data, [promise](JobResult done) { promise->set_value(std::move(done)); });
    });
    if (future.wait_for(timeout()) != std::future_status::ready)
        return {};
    return future.get();
}

bool SecretServiceStore::write(const SecureBytes &key, quint64 sequence)
{
    QByteArray value = entryValue(key, sequence);
    const JobResult result = run(Job::Write, value);
    wipe(value);
    return result.done;
}

std::optional<vault::DeviceSecretStore::Record> SecretServiceStore::read(bool create)
{
    JobResult result = run(Job::Read);
    if (!result.done)
        return std::nullopt;
    Record record;
    record.sequenceKept = true;
    if (result.found && result.data.size() == entrySize) {
        record.key = SecureBytes(result.data.constData(), keySize);
        record.sequence = qFromLittleEndian<quint64>(result.data.constData() + keySize);
    } else if (create) {
        // A damaged entry is replaced like a missing one: the counter then treats its sealed
        // file as forged, which is the worst case, never a fresh start.
        record.key = SecureBytes::random(keySize);
        if (record.key.isNull() || !write(record.key, 0))
            return std::nullopt;
    }
    wipe(result.data);
    if (!record.key.isNull())
        m_key = SecureBytes(record.key.data(), keySize);
    return record;
}

bool SecretServiceStore::writeSequence(quint64 sequence)
{
    return !m_key.isNull() && write(m_key, sequence);
}

bool SecretServiceStore::forget()
{
    m_key = SecureBytes();
    return run(Job::Delete).done;
}

} // namespace samen::platform
