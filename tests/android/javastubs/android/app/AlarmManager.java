// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.app;

public class AlarmManager {
    public static final int RTC_WAKEUP = 0;
    public boolean canScheduleExactAlarms() { throw new RuntimeException("stub"); }
    public void setExactAndAllowWhileIdle(int type, long triggerAtMillis, PendingIntent operation) { throw new RuntimeException("stub"); }
    public void setAndAllowWhileIdle(int type, long triggerAtMillis, PendingIntent operation) { throw new RuntimeException("stub"); }
    public void cancel(PendingIntent operation) { throw new RuntimeException("stub"); }
}
