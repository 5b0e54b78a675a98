// libFuzzer target: the key-file header parser, then opening with a fixed PIN when the header
// asks for cheap Argon2id parameters (costly ones are allowed by design and only slow the fuzzer).
#include "vault/keyfile.h"

#include "vaultfuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace samen::vault;

namespace {
const SecureBytes &pin()
{
    static const SecureBytes secret("135790", 6);
    return secret;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::writeSeedIfAsked([] {
        PassThroughKeystoreBinding binding;
        return KeyFile::seal(SecureBytes::random(32), pin(), SecretKind::Pin, KdfParams { 1, 8192 }, binding);
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto header = KeyFile::readHeader(file);
    if (!header || header->params.opsLimit * header->params.memLimit > 4 * 1024 * 1024)
        return 0;
    PassThroughKeystoreBinding binding;
    SecureBytes dataKey;
    if (KeyFile::open(file, pin(), binding, &dataKey) == KeyFile::Status::Ok && dataKey.size() != 32)
        std::abort();
    return 0;
}
