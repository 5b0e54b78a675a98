#include "platform/android/jnibytes.h"

#include <sodium.h>

namespace samen::platform {

jbyteArray toJavaArray(QJniEnvironment &env, const void *data, jsize size)
{
    jbyteArray array = env->NewByteArray(size);
    if (!array || env.checkAndClearExceptions())
        return nullptr;
    env->SetByteArrayRegion(array, 0, size, static_cast<const jbyte *>(data));
    if (env.checkAndClearExceptions()) {
        env->DeleteLocalRef(array);
        return nullptr;
    }
    return array;
}

void zeroArray(QJniEnvironment &env, jbyteArray array)
{
    if (!array)
        return;
    const jsize size = env->GetArrayLength(array);
    jbyte *bytes = env->GetByteArrayElements(array, nullptr);
    if (bytes) {
        sodium_memzero(bytes, std::size_t(size));
        env->ReleaseByteArrayElements(array, bytes, 0);
    }
    env.checkAndClearExceptions();
}

} // namespace samen::platform
