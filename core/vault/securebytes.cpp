#include "vault/securebytes.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace samen::vault {

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0 || sodium_init() < 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (m_data) {
        m_size = size;
        sodium_memzero(m_data, size);
    }
}

SecureBytes::SecureBytes(const void *source, std::size_t size)
    : SecureBytes(size)
{
    if (m_data)
        std::memcpy(m_data, source, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (!bytes.isNull())
        randombytes_buf(bytes.data(), size);
    return bytes;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

SecureBytes SecureBytes::clone() const
{
    return m_data ? SecureBytes(m_data, m_size) : SecureBytes();
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // zeroes before freeing
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<std::size_t>(secret.size()));
    secret.clear();
}

SecureBytes takeSecret(QByteArray &secret)
{
    SecureBytes bytes(secret.constData(), static_cast<std::size_t>(secret.size()));
    wipe(secret);
    return bytes;
}

SecureBytes rawSqlCipherKey(const SecureBytes &key)
{
    const std::size_t hexSize = key.size() * 2;
    SecureBytes literal(hexSize + 3);
    SecureBytes hex(hexSize + 1);
    if (literal.isNull() || hex.isNull())
        return {};
    sodium_bin2hex(reinterpret_cast<char *>(hex.data()), hex.size(), key.data(), key.size());
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::memcpy(literal.data() + 2, hex.data(), hexSize);
    literal.data()[hexSize + 2] = '\'';
    return literal;
}

} // namespace samen::vault
