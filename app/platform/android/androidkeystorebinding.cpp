#include "platform/android/androidkeystorebinding.h"

#include <QJniEnvironment>
#include <QJniObject>

#include <sodium.h>

namespace samen::platform {

using vault::SecureBytes;

namespace {

constexpr jsize hmacSize = 32;

/** Overwrites the Java array @p array (and the C copy JNI may make of it) with zeros. */
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

/** A new Java byte[] holding @p bytes, or nullptr. */
jbyteArray toJavaArray(QJniEnvironment &env, const SecureBytes &bytes)
{
    const auto size = jsize(bytes.size());
    jbyteArray array = env->NewByteArray(size);
    if (!array || env.checkAndClearExceptions())
        return nullptr;
    env->SetByteArrayRegion(array, 0, size, reinterpret_cast<const jbyte *>(bytes.data()));
    if (env.checkAndClearExceptions()) {
        env->DeleteLocalRef(array);
        return nullptr;
    }
    return array;
}

/** The 32 bytes of @p array in secure memory, or a null buffer if it has another length. */
SecureBytes fromJavaArray(QJniEnvironment &env, jbyteArray array)
{
    if (!array || env->GetArrayLength(array) != hmacSize)
        return {};
    SecureBytes bytes(hmacSize);
    if (bytes.isNull())
        return {};
    env->GetByteArrayRegion(array, 0, hmacSize, reinterpret_cast<jbyte *>(bytes.data()));
    if (env.checkAndClearExceptions())
        return {};
    return bytes;
}

// Only prepareKey() creates the key: a key lost later is reported, never silently replaced.
bool keyExists(QJniEnvironment &env)
{
    const bool exists = QJniObject::callStaticMethod<jboolean>("nl/samen/app/KeystoreKey", "exists", "()Z");
    return !env.checkAndClearExceptions() && exists;
}

} // namespace

bool AndroidKeystoreBinding::prepareKey()
{
    QJniEnvironment env;
    if (keyExists(env))
        return true;
    const bool created = QJniObject::callStaticMethod<jboolean>("nl/samen/app/KeystoreKey", "create", "()Z");
    return !env.checkAndClearExceptions() && created;
}

bool AndroidKeystoreBinding::forgetKey()
{
    QJniEnvironment env;
    const bool erased = QJniObject::callStaticMethod<jboolean>("nl/samen/app/KeystoreKey", "erase", "()Z");
    return !env.checkAndClearExceptions() && erased;
}

vault::KeystoreBinding::Protection AndroidKeystoreBinding::protection()
{
    QJniEnvironment env;
    if (!keyExists(env))
        return Protection::None;
    const bool hardware =
        QJniObject::callStaticMethod<jboolean>("nl/samen/app/KeystoreKey", "isHardwareBacked", "()Z");
    return !env.checkAndClearExceptions() && hardware ? Protection::SecureHardware : Protection::KeyStore;
}

SecureBytes AndroidKeystoreBinding::bind(const SecureBytes &kek)
{
    QJniEnvironment env;
    if (kek.isNull() || !keyExists(env))
        return {};
    jbyteArray input = toJavaArray(env, kek);
    if (!input)
        return {};
    const QJniObject output =
        QJniObject::callStaticObjectMethod("nl/samen/app/KeystoreKey", "hmac", "([B)[B", input);
    const bool failed = env.checkAndClearExceptions() || !output.isValid();
    zeroArray(env, input);
    env->DeleteLocalRef(input);
    if (failed)
        return {};
    const auto result = static_cast<jbyteArray>(output.object());
    SecureBytes bound = fromJavaArray(env, result);
    zeroArray(env, result);
    return bound;
}

} // namespace samen::platform
