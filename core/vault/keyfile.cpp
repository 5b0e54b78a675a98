#include "vault/keyfile.h"

#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace samen::vault {

namespace {

constexpr char magic[8] = { 'S', 'A', 'M', 'E', 'N', 'K', 'E', 'Y' };
constexpr quint8 currentVersion = 1;
constexpr int headerSize = 64;
constexpr int kindOffset = 9;
constexpr int bindingOffset = 10;
constexpr int opsOffset = 12;
constexpr int memOffset = 16;
constexpr int saltOffset = 24;
constexpr int nonceOffset = saltOffset + int(kdfSaltSize);
constexpr int dataKeySize = 32;
constexpr int sealedSize = dataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(nonceOffset + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == headerSize);
static_assert(KeyFile::fileSize == headerSize + sealedSize);

const unsigned char *bytes(const QByteArray &array, int offset = 0)
{
    return reinterpret_cast<const unsigned char *>(array.constData()) + offset;
}

QByteArray makeHeader(SecretKind kind, quint8 binding, const KdfParams &params)
{
    QByteArray header(headerSize, '\0');
    std::memcpy(header.data(), magic, sizeof magic);
    header[8] = char(currentVersion);
    header[kindOffset] = char(kind);
    header[bindingOffset] = char(binding);
    qToLittleEndian<quint32>(params.opsLimit, header.data() + opsOffset);
    qToLittleEndian<quint64>(params.memLimit, header.data() + memOffset);
    randombytes_buf(header.data() + saltOffset, kdfSaltSize);
    randombytes_buf(header.data() + nonceOffset, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    return header;
}

SecureBytes wrappingKey(const SecureBytes &secret, const QByteArray &header, const KdfParams &params,
                        KeystoreBinding &binding)
{
    const SecureBytes kek = deriveKey(secret, bytes(header, saltOffset), params);
    return kek.isNull() ? SecureBytes() : binding.bind(kek);
}

} // namespace

std::optional<KeyFile::Header> KeyFile::readHeader(const QByteArray &file)
{
    if (file.size() != fileSize || std::memcmp(file.constData(), magic, sizeof magic) != 0 ||
        quint8(file.at(8)) != currentVersion || file.at(11) != 0)
        return std::nullopt;
    const auto kind = quint8(file.at(kindOffset));
    if (kind != quint8(SecretKind::Pin) && kind != quint8(SecretKind::Passphrase))
        return std::nullopt;
    Header header;
    header.kind = SecretKind(kind);
    header.binding = quint8(file.at(bindingOffset));
    header.params.opsLimit = qFromLittleEndian<quint32>(file.constData() + opsOffset);
    header.params.memLimit = qFromLittleEndian<quint64>(file.constData() + memOffset);
    if (!header.params.isUsable())
        return std::nullopt;
    return header;
}

QByteArray KeyFile::seal(const SecureBytes &dataKey, const SecureBytes &secret, SecretKind kind,
                         const KdfParams &params, KeystoreBinding &binding)
{
    if (dataKey.size() != dataKeySize || !params.isUsable())
        return {};
    if (!binding.prepareKey())
        return {};
    const QByteArray header = makeHeader(kind, binding.kind(), params);
    const SecureBytes key = wrappingKey(secret, header, params, binding);
    if (key.isNull())
        return {};
    QByteArray file = header;
    file.resize(fileSize);
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(file.data()) + headerSize,
                                               &sealedLength, dataKey.data(), dataKey.size(), bytes(header),
                                               headerSize, nullptr, bytes(header, nonceOffset), key.data());
    return sealedLength == sealedSize ? file : QByteArray();
}

KeyFile::Status KeyFile::open(const QByteArray &file, const SecureBytes &secret, KeystoreBinding &binding,
                              SecureBytes *dataKey)
{
    const std::optional<Header> header = readHeader(file);
    if (!header)
        return Status::Malformed;
    if (header->binding != binding.kind())
        return Status::BindingMismatch;
    const SecureBytes kek = deriveKey(secret, bytes(file, saltOffset), header->params);
    if (kek.isNull())
        return Status::OutOfMemory;
    const SecureBytes key = binding.bind(kek);
    if (key.isNull())
        return Status::BindingUnavailable;
    SecureBytes opened(dataKeySize);
    unsigned long long openedLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(opened.data(), &openedLength, nullptr,
                                                   bytes(file, headerSize), sealedSize, bytes(file),
                                                   headerSize, bytes(file, nonceOffset), key.data()) != 0)
        return Status::WrongSecret;
    *dataKey = std::move(opened);
    return Status::Ok;
}

} // namespace samen::vault
