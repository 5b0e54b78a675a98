#include "platform/android/androidsharesheet.h"

#include <QJniEnvironment>
#include <QJniObject>
#include <QtCore/qcoreapplication_platform.h>

#include <sodium.h>

namespace samen::platform {

namespace {

/** A new Java byte[] holding @p bytes, or nullptr. */
jbyteArray toJavaArray(QJniEnvironment &env, const QByteArray &bytes)
{
    const auto size = jsize(bytes.size());
    jbyteArray array = env->NewByteArray(size);
    if (!array || env.checkAndClearExceptions())
        return nullptr;
    env->SetByteArrayRegion(array, 0, size, reinterpret_cast<const jbyte *>(bytes.constData()));
    if (env.checkAndClearExceptions()) {
        env->DeleteLocalRef(array);
        return nullptr;
    }
    return array;
}

/** Overwrites the Java array @p array (SharedFiles keeps its own copy) with zeros. */
void zeroArray(QJniEnvironment &env, jbyteArray array)
{
    const jsize size = env->GetArrayLength(array);
    jbyte *bytes = env->GetByteArrayElements(array, nullptr);
    if (bytes) {
        sodium_memzero(bytes, std::size_t(size));
        env->ReleaseByteArrayElements(array, bytes, 0);
    }
    env.checkAndClearExceptions();
}

} // namespace

bool AndroidShareSheet::share(const QByteArray &bytes, const QString &fileName, const QString &mimeType,
                              const QString &title)
{
    QJniEnvironment env;
    jbyteArray array = toJavaArray(env, bytes);
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
