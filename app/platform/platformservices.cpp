#include "platform/platformservices.h"

#include "platform/dbusnotifier.h"
#include "platform/secretservicestore.h"
#include "reminders/clock.h"

#include <QFontDatabase>

namespace samen::platform {

std::unique_ptr<vault::KeystoreBinding> makeKeystoreBinding()
{
    return std::make_unique<vault::PassThroughKeystoreBinding>();
}

std::unique_ptr<vault::DeviceSecretStore> makeDeviceSecretStore(const QString &vaultFolder,
                                                                vault::KeystoreBinding &, QObject *parent)
{
    return std::make_unique<SecretServiceStore>(vaultFolder, u"nl.samen.app"_qs, parent);
}

std::unique_ptr<reminders::Notifier> makeNotifier(QObject *parent)
{
    static const reminders::SystemClock clock;
    return std::make_unique<DBusNotifier>(clock, QDBusConnection::sessionBus(), parent);
}

// no Linux twin: ShareSheet. The desktop has no share sheet: the kit is saved where the user
// chooses, through the file chooser.
std::unique_ptr<ShareSheet> makeShareSheet()
{
    return nullptr;
}

qreal systemFontScale()
{
    constexpr qreal qtDefaultPointSize = 9.0; // QGenericUnixTheme's, also offscreen and on Xvfb
    const qreal pointSize = QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF();
    return pointSize > 0 ? pointSize / qtDefaultPointSize : 1.0;
}

} // namespace samen::platform
