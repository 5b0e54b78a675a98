#include "vault/keystorebinding.h"

namespace samen::vault {

SecureBytes PassThroughKeystoreBinding::bind(const SecureBytes &kek)
{
    return kek.clone();
}

} // namespace samen::vault
