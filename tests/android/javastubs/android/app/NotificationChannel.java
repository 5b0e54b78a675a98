// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.app;

public final class NotificationChannel {
    public NotificationChannel(String id, CharSequence name, int importance) { throw new RuntimeException("stub"); }
    public void setDescription(String description) { throw new RuntimeException("stub"); }
    public void setLockscreenVisibility(int lockscreenVisibility) { throw new RuntimeException("stub"); }
}
