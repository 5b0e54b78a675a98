// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.security.keystore;

import java.security.spec.AlgorithmParameterSpec;

public final class KeyGenParameterSpec implements AlgorithmParameterSpec {
    public static final class Builder {
        public Builder(String keystoreAlias, int purposes) { throw new RuntimeException("stub"); }
        public Builder setKeySize(int keySize) { throw new RuntimeException("stub"); }
        public Builder setIsStrongBoxBacked(boolean isStrongBoxBacked) { throw new RuntimeException("stub"); }
        public KeyGenParameterSpec build() { throw new RuntimeException("stub"); }
    }
}
