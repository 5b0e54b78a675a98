#include "platform/android/androidkeystorebinding.h"

#include "platform/android/jnibytes.h"

#include <QJniEnvironment>
#include <QJniObject>

namespace samen::platform {

using vault::SecureBytes;

namespace {

constexpr jsize hmacSize = 32;

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
    jbyteArray input = toJavaArray(env, kek.data(), jsize(kek.size()));
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
