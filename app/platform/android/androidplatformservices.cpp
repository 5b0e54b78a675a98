#include "platformservices.h"

#include "androidcounterstore.h"
#include "androidkeystorebinding.h"
#include "androidnotifier.h"

namespace samen::platform {

std::unique_ptr<vault::KeystoreBinding> makeKeystoreBinding()
{
    return std::make_unique<AndroidKeystoreBinding>();
}

std::unique_ptr<vault::DeviceSecretStore> makeDeviceSecretStore(const QString &, vault::KeystoreBinding &binding,
                                                                QObject *)
{
    return std::make_unique<AndroidCounterStore>(binding);
}

std::unique_ptr<reminders::Notifier> makeNotifier(QObject *parent)
{
    return std::make_unique<AndroidNotifier>(parent);
}

} // namespace samen::platform
