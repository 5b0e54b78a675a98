#pragma once

#include <QByteArray>

#include <cstddef>

namespace samen::vault {

/**
 * A fixed-size buffer for keys and secrets in sodium_malloc() memory (guarded, locked, never
 * swapped where the platform allows) that is zeroed and freed when it goes out of scope.
 * Move-only: a secret exists in one place.
 */
class SecureBytes
{
public:
    /** An empty buffer. */
    SecureBytes() = default;
    /** A zero-filled buffer of @p size bytes; isNull() when the allocation failed. */
    explicit SecureBytes(std::size_t size);
    /** Copies @p size bytes from @p source into a new secure buffer. */
    SecureBytes(const void *source, std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    /** A buffer of @p size bytes from libsodium's CSPRNG. */
    [[nodiscard]] static SecureBytes random(std::size_t size);

    /** The bytes; nullptr for an empty buffer. */
    [[nodiscard]] unsigned char *data() { return m_data; }
    /** The bytes; nullptr for an empty buffer. */
    [[nodiscard]] const unsigned char *data() const { return m_data; }
    /** Number of bytes. */
    [[nodiscard]] std::size_t size() const { return m_size; }
    /** True when the buffer holds no memory. */
    [[nodiscard]] bool isNull() const { return m_data == nullptr; }
    /** Constant-time comparison. */
    [[nodiscard]] bool equals(const SecureBytes &other) const;
    /** A new buffer with the same bytes. */
    [[nodiscard]] SecureBytes clone() const;
    /** Zeroes and frees the memory now. */
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

/**
 * Overwrites the bytes of @p secret with zeros and empties it. A QByteArray that shares its
 * data with another copy is detached first, so only this copy is wiped: pass buffers that are
 * not shared.
 */
void wipe(QByteArray &secret);

/** Moves @p secret into secure memory and wipes the QByteArray. */
[[nodiscard]] SecureBytes takeSecret(QByteArray &secret);

/** A raw SQLCipher key literal "x'<64 hex digits>'" for @p key, in secure memory (not terminated). */
[[nodiscard]] SecureBytes rawSqlCipherKey(const SecureBytes &key);

} // namespace samen::vault
