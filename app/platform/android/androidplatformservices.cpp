#include "platform/platformservices.h"

#include "platform/android/androidcounterstore.h"
#include "platform/android/androidkeystorebinding.h"
#include "platform/android/androidnotifier.h"
#include "platform/android/androidsharesheet.h"

#include <QJniEnvironment>
#include <QJniObject>
#include <QtCore/qcoreapplication_platform.h>

namespace samen::platform {

std::unique_ptr<vault::KeystoreBinding> makeKeystoreBinding()
{
    return std::make_unique<AndroidKeystoreBinding>();
}

std::unique_ptr<vault::DeviceSecretStore> makeDeviceSecretStore(const QString &,
                                                                vault::KeystoreBinding &binding, QObject *)
{
    return std::make_unique<AndroidCounterStore>(binding);
}

std::unique_ptr<reminders::Notifier> makeNotifier(QObject *parent)
{
    return std::make_unique<AndroidNotifier>(parent);
}

std::unique_ptr<ShareSheet> makeShareSheet()
{
    return std::make_unique<AndroidShareSheet>();
}

qreal systemFontScale()
{
    const QJniObject context(QNativeInterface::QAndroidApplication::context());
    const jfloat scale = QJniObject::callStaticMethod<jfloat>(
        "nl/samen/app/FontScale", "of", "(Landroid/content/Context;)F", context.object());
    QJniEnvironment().checkAndClearExceptions();
    return scale > 0 ? qreal(scale) : 1.0;
}

} // namespace samen::platform
