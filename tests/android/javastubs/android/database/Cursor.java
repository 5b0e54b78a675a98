// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.database;

public interface Cursor extends java.io.Closeable {
}
