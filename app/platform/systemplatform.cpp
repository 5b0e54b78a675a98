#include "platform/platformservices.h"

namespace samen::platform {

Platform systemPlatform(const QString &vaultFolder)
{
    Platform platform;
    platform.keystore = makeKeystoreBinding();
    platform.deviceStore = makeDeviceSecretStore(vaultFolder, *platform.keystore);
    platform.notifier = makeNotifier();
    platform.clock = std::make_unique<reminders::SystemClock>();
    platform.fontScale = systemFontScale;
    return platform;
}

} // namespace samen::platform
