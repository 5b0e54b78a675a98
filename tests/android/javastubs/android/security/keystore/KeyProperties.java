// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.security.keystore;

public abstract class KeyProperties {
    public static final int PURPOSE_SIGN = 4;
    public static final String KEY_ALGORITHM_HMAC_SHA256 = "HmacSHA256";
}
