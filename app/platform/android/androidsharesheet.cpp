#include "platform/android/androidsharesheet.h"

#include "platform/android/jnibytes.h"

#include <QJniEnvironment>
#include <QJniObject>
#include <QtCore/qcoreapplication_platform.h>

namespace samen::platform {

bool AndroidShareSheet::share(const QByteArray &bytes, const QString &fileName, const QString &mimeType,
                              const QString &title)
{
    QJniEnvironment env;
    jbyteArray array = toJavaArray(env, bytes.constData(), jsize(bytes.size()));
    if (!array)
        return false;
    const QJniObject activity(QNativeInterface::QAndroidApplication::context());
    const QJniObject name = QJniObject::fromString(fileName);
    const QJniObject type = QJniObject::fromString(mimeType);
    const QJniObject sheetTitle = QJniObject::fromString(title);
    const bool opened = QJniObject::callStaticMethod<jboolean>(
        "nl/samen/app/SharedFiles", "share",
        "(Landroid/app/Activity;[BLjava/lang/String;Ljava/lang/String;Ljava/lang/String;)Z",
        activity.object(), array, name.object<jstring>(), type.object<jstring>(),
        sheetTitle.object<jstring>());
    const bool failed = env.checkAndClearExceptions();
    zeroArray(env, array);
    env->DeleteLocalRef(array);
    return opened && !failed;
}

void AndroidShareSheet::forget()
{
    QJniObject::callStaticMethod<void>("nl/samen/app/SharedFiles", "forget", "()V");
    QJniEnvironment().checkAndClearExceptions();
}

} // namespace samen::platform
