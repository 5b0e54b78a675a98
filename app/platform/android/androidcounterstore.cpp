#include "platform/android/androidcounterstore.h"

#include <cstring>

namespace samen::platform {

namespace {
constexpr char label[] = "samen attempt counter seal v1...";
static_assert(sizeof label - 1 == 32);
} // namespace

AndroidCounterStore::AndroidCounterStore(vault::KeystoreBinding &binding)
    : m_binding(binding)
{ }

std::optional<vault::DeviceSecretStore::Record> AndroidCounterStore::read(bool create)
{
    Record record;
    if (m_binding.protection() == vault::KeystoreBinding::Protection::None) {
        if (!create)
            return record; // no key yet (before setup)
        if (!m_binding.prepareKey())
            return std::nullopt;
    }
    const vault::SecureBytes input(label, sizeof label - 1);
    record.key = m_binding.bind(input);
    if (record.key.isNull())
        return std::nullopt;
    return record;
}

} // namespace samen::platform
