// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.view;

public abstract class Window {
    public void setFlags(int flags, int mask) { throw new RuntimeException("stub"); }
    public void addFlags(int flags) { throw new RuntimeException("stub"); }
}
