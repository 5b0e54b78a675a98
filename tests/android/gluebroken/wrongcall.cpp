// Compiled by tst_android_glue_syntax_wrong_call, which must see the error below: proof that the
// syntax check of the JNI glue reads Qt's Android declarations and reports misuse.
#include <QJniObject>

jint wrongCall()
{
    return QJniObject::callStaticObjectMethod("nl/samen/app/KeystoreKey", "hmac", "([B)[B", nullptr);
}
