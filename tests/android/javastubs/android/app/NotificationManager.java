// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.app;

public class NotificationManager {
    public static final int IMPORTANCE_DEFAULT = 3;
    public void createNotificationChannel(NotificationChannel channel) { throw new RuntimeException("stub"); }
    public void notify(int id, Notification notification) { throw new RuntimeException("stub"); }
    public void cancel(int id) { throw new RuntimeException("stub"); }
    public void cancelAll() { throw new RuntimeException("stub"); }
    public boolean areNotificationsEnabled() { throw new RuntimeException("stub"); }
}
