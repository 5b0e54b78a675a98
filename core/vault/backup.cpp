#include "vault/backup.h"

#include "vault/database.h"
#include "vault/durablefile.h"
#include "vault/schema.h"
#include "vault/schemacopy.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace samen::vault::backup {

namespace {

using Stream = crypto_secretstream_xchacha20poly1305_state;
constexpr char magic[8] = { 'S', 'A', 'M', 'E', 'N', 'B', 'A', 'K' };
constexpr quint8 currentVersion = 1;
constexpr int headerSize = 64;
constexpr int opsOffset = 12;
constexpr int memOffset = 16;
constexpr int saltOffset = 24;
constexpr int streamOffset = saltOffset + int(kdfSaltSize);
constexpr int chunkSize = 64 * 1024;
constexpr int tagBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr int copyKeySize = 32;
constexpr int firstChunkSize = copyKeySize + 4;
static_assert(streamOffset + crypto_secretstream_xchacha20poly1305_HEADERBYTES == headerSize);

/** The files a short-lived SQLCipher copy may leave behind. */
void removeCopy(const QString &path)
{
    for (const char *suffix : { "", "-journal", "-wal", "-shm" })
        (void)removeIfExists(path + QLatin1String(suffix));
}

/** Removes the copy at scope exit. */
struct CopyCleanup
{
    QString path;
    ~CopyCleanup() { removeCopy(path); }
};

const unsigned char *bytes(const QByteArray &array, int offset = 0)
{
    return reinterpret_cast<const unsigned char *>(array.constData()) + offset;
}

QByteArray makeHeader(const KdfParams &params)
{
    QByteArray header(headerSize, '\0');
    std::memcpy(header.data(), magic, sizeof magic);
    header[8] = char(currentVersion);
    qToLittleEndian<quint32>(params.opsLimit, header.data() + opsOffset);
    qToLittleEndian<quint64>(params.memLimit, header.data() + memOffset);
    randombytes_buf(header.data() + saltOffset, kdfSaltSize);
    return header;
}

bool exportCopy(Database &db, const QString &copyPath, const SecureBytes &copyKey, int *version)
{
    removeCopy(copyPath);
    *version = db.userVersion();
    if (!db.attach(copyPath, "backup", copyKey))
        return false;
    const QByteArray setVersion = "PRAGMA backup.user_version = " + QByteArray::number(*version) + ';';
    const bool ok = db.exec("SELECT sqlcipher_export('backup');") && db.exec(setVersion.constData());
    return db.exec("DETACH DATABASE backup;") && ok;
}

bool push(QSaveFile &out, Stream *state, const QByteArray &header, const unsigned char *plain, int size,
          unsigned char tag)
{
    QByteArray chunk(4 + size + tagBytes, '\0');
    qToLittleEndian<quint32>(quint32(size + tagBytes), chunk.data());
    crypto_secretstream_xchacha20poly1305_push(state, reinterpret_cast<unsigned char *>(chunk.data()) + 4,
                                               nullptr, plain, size_t(size), bytes(header), headerSize, tag);
    return out.write(chunk) == chunk.size();
}

bool pushFile(QSaveFile &out, Stream *state, const QByteArray &header, const QString &copyPath)
{
    QFile copy(copyPath);
    if (!copy.open(QIODevice::ReadOnly))
        return false;
    while (!copy.atEnd()) {
        const QByteArray plain = copy.read(chunkSize);
        if (plain.isEmpty() || !push(out, state, header, bytes(plain), int(plain.size()), 0))
            return false;
    }
    return push(out, state, header, nullptr, 0, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
}

/** Reads one length-prefixed chunk; false at end of file or on an impossible length. */
bool readChunk(QFile &in, QByteArray *chunk)
{
    const QByteArray prefix = in.read(4);
    if (prefix.size() != 4)
        return false;
    const quint32 length = qFromLittleEndian<quint32>(prefix.constData());
    if (length < quint32(tagBytes) || length > quint32(chunkSize + tagBytes))
        return false;
    *chunk = in.read(length);
    return chunk->size() == qsizetype(length);
}

/** Decrypts @p chunk into @p plain (sized to fit); false when authentication fails. */
bool pull(Stream *state, const QByteArray &header, const QByteArray &chunk, unsigned char *plain,
          unsigned long long *size, unsigned char *tag)
{
    return crypto_secretstream_xchacha20poly1305_pull(state, plain, size, tag, bytes(chunk),
                                                      size_t(chunk.size()), bytes(header), headerSize) == 0;
}

struct Opened
{
    BackupResult result = BackupResult::Damaged;
    SecureBytes copyKey;
    int version = 0;
};

/** Reads and checks the header and first chunk; leaves @p state ready for the data chunks. */
Opened openStream(QFile &in, const SecureBytes &passphrase, Stream *state, QByteArray *header,
                  const std::function<bool(const KdfParams &)> &affordableHere)
{
    *header = in.read(headerSize);
    if (header->size() < int(sizeof magic) || std::memcmp(header->constData(), magic, sizeof magic) != 0)
        return { BackupResult::NotABackup, {}, 0 };
    if (header->size() != headerSize)
        return {};
    if (quint8(header->at(8)) > currentVersion)
        return { BackupResult::UnsupportedVersion, {}, 0 };
    if (quint8(header->at(8)) != currentVersion)
        return {};
    const KdfParams params { qFromLittleEndian<quint32>(header->constData() + opsOffset),
                             qFromLittleEndian<quint64>(header->constData() + memOffset) };
    if (!params.isAffordable())
        return {};
    if (affordableHere && !affordableHere(params))
        return { BackupResult::TooCostly, {}, 0 };
    const SecureBytes key = deriveKey(passphrase, bytes(*header, saltOffset), params);
    if (key.isNull())
        return { BackupResult::IoError, {}, 0 };
    QByteArray chunk;
    if (crypto_secretstream_xchacha20poly1305_init_pull(state, bytes(*header, streamOffset), key.data()) !=
            0 ||
        !readChunk(in, &chunk) || chunk.size() != firstChunkSize + tagBytes)
        return {};
    SecureBytes first(firstChunkSize);
    unsigned long long size = 0;
    unsigned char tag = 0;
    if (!pull(state, *header, chunk, first.data(), &size, &tag))
        return { BackupResult::WrongPassphrase, {}, 0 };
    const int version = int(qFromLittleEndian<quint32>(first.data() + copyKeySize));
    if (version > schema::latestVersion)
        return { BackupResult::UnsupportedVersion, {}, 0 };
    return { BackupResult::Ok, SecureBytes(first.data(), copyKeySize), version };
}

bool pullFile(QFile &in, Stream *state, const QByteArray &header, const QString &copyPath)
{
    QFile copy(copyPath);
    if (!createPrivateFile(copyPath) || !copy.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk;
    QByteArray plain(chunkSize, '\0');
    unsigned char tag = 0;
    while (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        unsigned long long size = 0;
        if (!readChunk(in, &chunk) ||
            !pull(state, header, chunk, reinterpret_cast<unsigned char *>(plain.data()), &size, &tag) ||
            copy.write(plain.constData(), qint64(size)) != qint64(size))
            return false;
    }
    return in.atEnd() && copy.flush();
}

bool copyIsSound(const QString &copyPath, const SecureBytes &copyKey, int version)
{
    Database::OpenResult opened = Database::OpenResult::IoError;
    const auto copy = Database::open(copyPath, copyKey, Database::Mode::ExistingOnly, &opened);
    return copy && copy->integrityOk() && copy->userVersion() == version;
}

/**
 * Builds @p targetPath from scratch with the app's own schema and copies only the known tables'
 * known columns from the decrypted copy into it: nothing of the copy's schema is taken over.
 */
bool rebuildInto(const QString &copyPath, const SecureBytes &copyKey, int version, const QString &targetPath,
                 const SecureBytes &dataKey)
{
    return version >= 1 && version <= schema::latestVersion && copyIsSound(copyPath, copyKey, version) &&
        schemacopy::rebuild(copyPath, copyKey, targetPath, dataKey);
}

} // namespace

BackupResult write(Database &db, const QString &workFolder, const QString &path,
                   const SecureBytes &passphrase, const KdfParams &params)
{
    const CopyCleanup cleanup { workFolder + u"/backup.tmp"_qs };
    const SecureBytes copyKey = SecureBytes::random(copyKeySize);
    int version = 0;
    if (copyKey.isNull() || !exportCopy(db, cleanup.path, copyKey, &version))
        return BackupResult::IoError;
    const QByteArray header = makeHeader(params);
    const SecureBytes key = deriveKey(passphrase, bytes(header, saltOffset), params);
    SecureBytes state(sizeof(Stream));
    SecureBytes first(firstChunkSize);
    if (key.isNull() || state.isNull() || first.isNull())
        return BackupResult::IoError;
    auto *stream = reinterpret_cast<Stream *>(state.data());
    QByteArray fullHeader = header;
    crypto_secretstream_xchacha20poly1305_init_push(
        stream, reinterpret_cast<unsigned char *>(fullHeader.data()) + streamOffset, key.data());
    std::memcpy(first.data(), copyKey.data(), copyKeySize);
    qToLittleEndian<quint32>(quint32(version), first.data() + copyKeySize);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return BackupResult::IoError;
    (void)out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // not on every file system
    if (out.write(fullHeader) != headerSize ||
        !push(out, stream, fullHeader, first.data(), firstChunkSize, 0) ||
        !pushFile(out, stream, fullHeader, cleanup.path) || !out.commit())
        return BackupResult::IoError;
    return syncFolder(QFileInfo(path).absolutePath()) ? BackupResult::Ok : BackupResult::IoError;
}

BackupResult restore(const QString &path, const SecureBytes &passphrase, const QString &workFolder,
                     const QString &targetPath, const SecureBytes &dataKey,
                     const std::function<bool(const KdfParams &)> &affordableHere)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return BackupResult::IoError;
    SecureBytes state(sizeof(Stream));
    if (state.isNull())
        return BackupResult::IoError;
    auto *stream = reinterpret_cast<Stream *>(state.data());
    QByteArray header;
    const Opened opened = openStream(in, passphrase, stream, &header, affordableHere);
    if (opened.result != BackupResult::Ok)
        return opened.result;
    const CopyCleanup cleanup { workFolder + u"/restore.tmp"_qs };
    removeCopy(targetPath);
    if (!pullFile(in, stream, header, cleanup.path) ||
        !rebuildInto(cleanup.path, opened.copyKey, opened.version, targetPath, dataKey)) {
        removeCopy(targetPath);
        return BackupResult::Damaged;
    }
    return BackupResult::Ok;
}

} // namespace samen::vault::backup
