#include "platformservices.h"

#include "dbusnotifier.h"
#include "reminders/clock.h"

namespace samen::platform {

std::unique_ptr<vault::KeystoreBinding> makeKeystoreBinding()
{
    return std::make_unique<vault::PassThroughKeystoreBinding>();
}

std::unique_ptr<reminders::Notifier> makeNotifier(QObject *parent)
{
    static const reminders::SystemClock clock;
    return std::make_unique<DBusNotifier>(clock, QDBusConnection::sessionBus(), parent);
}

} // namespace samen::platform
