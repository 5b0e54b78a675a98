#include "platform/platformservices.h"
#include "platform/qtspeechengine.h"

namespace samen::platform {

Platform systemPlatform(const QString &vaultFolder)
{
    Platform platform;
    platform.keystore = makeKeystoreBinding();
    platform.deviceStore = makeDeviceSecretStore(vaultFolder, *platform.keystore);
    platform.notifier = makeNotifier();
    platform.clock = std::make_unique<reminders::SystemClock>();
    platform.fontScale = systemFontScale;
    platform.shareSheet = makeShareSheet();
    platform.makeSpeechEngine = [] { return std::make_unique<QtSpeechEngine>(); };
    platform.makeClipPlayer = [] { return std::make_unique<QtClipPlayer>(); };
    return platform;
}

} // namespace samen::platform
