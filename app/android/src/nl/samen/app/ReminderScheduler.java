package nl.samen.app;

import android.Manifest;
import android.app.Activity;
import android.app.AlarmManager;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;
import android.content.pm.PackageManager;
import android.os.Build;

import java.util.HashSet;
import java.util.Set;

/**
 * Local reminders for deadlines: AlarmManager wakes ReminderReceiver at the planned time, which
 * posts a notification. C++ plans the reminders and passes their texts already translated and
 * generic ("Samen: there is something to check"), never a name, a date or a country.
 *
 * Alarms do not survive a restart, so each reminder (time and texts only) is also kept in the
 * app's private SharedPreferences, which are excluded from every backup and transfer (see
 * res/xml/data_extraction_rules.xml), and ReminderBootReceiver sets them again.
 *
 * Called from C++ through JNI (see README, Android); all methods are static and take the
 * application context from QNativeInterface::QAndroidApplication::context().
 */
public final class ReminderScheduler
{
    static final String CHANNEL_ID = "samen-reminders";
    static final String EXTRA_ID = "nl.samen.app.reminder.id";
    private static final String ACTION_REMINDER = "nl.samen.app.REMINDER";
    private static final String STORE = "samen-reminders";
    private static final String KEY_IDS = "ids";
    private static final String KEY_CHANNEL_NAME = "channel.name";
    private static final String KEY_CHANNEL_DESCRIPTION = "channel.description";

    private ReminderScheduler() {}

    /**
     * Names the notification channel as the user sees it in the phone's settings. Called at
     * start-up and after a language change; on Android 8+ it creates or renames the channel.
     */
    public static synchronized void setChannel(Context context, String name, String description)
    {
        store(context).edit()
                .putString(KEY_CHANNEL_NAME, name)
                .putString(KEY_CHANNEL_DESCRIPTION, description)
                .apply();
        ensureChannel(context);
    }

    /**
     * Plans reminder id at triggerAtMillis (UTC milliseconds since the epoch), replacing an
     * earlier one with the same id. A time in the past fires at once. Returns true if the alarm
     * is exact, false if Android only allows an inexact one (it may then come later).
     */
    public static synchronized boolean schedule(Context context, int id, long triggerAtMillis,
                                                String title, String text)
    {
        SharedPreferences prefs = store(context);
        Set<String> ids = new HashSet<>(prefs.getStringSet(KEY_IDS, new HashSet<String>()));
        ids.add(Integer.toString(id));
        prefs.edit()
                .putStringSet(KEY_IDS, ids)
                .putLong(atKey(id), triggerAtMillis)
                .putString(titleKey(id), title)
                .putString(textKey(id), text)
                .apply();
        return arm(context, id, triggerAtMillis);
    }

    /** Removes reminder id: its alarm, its stored texts and its notification if shown. */
    public static synchronized void cancel(Context context, int id)
    {
        alarmManager(context).cancel(alarmIntent(context, id));
        forget(context, id);
        notificationManager(context).cancel(id);
    }

    /** Removes every reminder; used before planning them all again and by "erase everything". */
    public static synchronized void cancelAll(Context context)
    {
        // A copy: the set SharedPreferences returns must not change while forget() edits it.
        Set<String> ids = new HashSet<>(store(context).getStringSet(KEY_IDS, new HashSet<String>()));
        for (String id : ids) {
            int n = Integer.parseInt(id);
            alarmManager(context).cancel(alarmIntent(context, n));
            forget(context, n);
        }
        notificationManager(context).cancelAll();
    }

    /** Whether notifications can be shown (Android 13+: the POST_NOTIFICATIONS permission). */
    public static boolean canPostNotifications(Context context)
    {
        if (Build.VERSION.SDK_INT >= 33
                && context.checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS)
                        != PackageManager.PERMISSION_GRANTED)
            return false;
        // areNotificationsEnabled() is API 24; on Android 6 only the permission-free default holds.
        return Build.VERSION.SDK_INT < 24 || notificationManager(context).areNotificationsEnabled();
    }

    /** Asks for POST_NOTIFICATIONS on Android 13+ (does nothing before, or if already granted). */
    public static void askPermission(Activity activity)
    {
        if (Build.VERSION.SDK_INT >= 33
                && activity.checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS)
                        != PackageManager.PERMISSION_GRANTED)
            activity.requestPermissions(new String[] { Manifest.permission.POST_NOTIFICATIONS }, 0x5A3E);
    }

    /** Sets every stored reminder again: after a restart, or when exact alarms became allowed. */
    static synchronized void rearmAll(Context context)
    {
        SharedPreferences prefs = store(context);
        for (String id : prefs.getStringSet(KEY_IDS, new HashSet<String>())) {
            int n = Integer.parseInt(id);
            arm(context, n, prefs.getLong(atKey(n), 0));
        }
    }

    /** Title and text of reminder id, or null if it was cancelled; forgets it once read. */
    static synchronized String[] takeTexts(Context context, int id)
    {
        SharedPreferences prefs = store(context);
        String title = prefs.getString(titleKey(id), null);
        String text = prefs.getString(textKey(id), null);
        forget(context, id);
        return title == null || text == null ? null : new String[] { title, text };
    }

    /** Creates the channel (Android 8+) from the stored, translated name; a no-op if unchanged. */
    static void ensureChannel(Context context)
    {
        if (Build.VERSION.SDK_INT < 26)
            return;
        SharedPreferences prefs = store(context);
        NotificationChannel channel = new NotificationChannel(
                CHANNEL_ID, prefs.getString(KEY_CHANNEL_NAME, "Samen"),
                NotificationManager.IMPORTANCE_DEFAULT);
        channel.setDescription(prefs.getString(KEY_CHANNEL_DESCRIPTION, ""));
        // Even on the lock screen only "Samen" shows; the (generic) text needs an unlock.
        channel.setLockscreenVisibility(android.app.Notification.VISIBILITY_PRIVATE);
        notificationManager(context).createNotificationChannel(channel);
    }

    private static boolean arm(Context context, int id, long triggerAtMillis)
    {
        AlarmManager alarms = alarmManager(context);
        PendingIntent intent = alarmIntent(context, id);
        // Android 12+ allows exact alarms only with SCHEDULE_EXACT_ALARM, which the user can
        // take away at any time; asking canScheduleExactAlarms() first avoids the
        // SecurityException, and the catch covers a revocation between the two calls.
        boolean exactAllowed = Build.VERSION.SDK_INT < 31 || alarms.canScheduleExactAlarms();
        if (exactAllowed) {
            try {
                // "AllowWhileIdle": fires in Doze too (at most about once per 9 minutes per app).
                alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, triggerAtMillis, intent);
                return true;
            } catch (SecurityException e) {
                // fall through to the inexact alarm
            }
        }
        alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, triggerAtMillis, intent);
        return false;
    }

    private static PendingIntent alarmIntent(Context context, int id)
    {
        Intent intent = new Intent(context, ReminderReceiver.class)
                .setAction(ACTION_REMINDER)
                .putExtra(EXTRA_ID, id);
        // The request code makes one PendingIntent per reminder; FLAG_IMMUTABLE is required
        // from Android 12 on and keeps other apps from filling in the intent.
        return PendingIntent.getBroadcast(context, id, intent,
                PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }

    private static void forget(Context context, int id)
    {
        SharedPreferences prefs = store(context);
        Set<String> ids = new HashSet<>(prefs.getStringSet(KEY_IDS, new HashSet<String>()));
        ids.remove(Integer.toString(id));
        prefs.edit()
                .putStringSet(KEY_IDS, ids)
                .remove(atKey(id))
                .remove(titleKey(id))
                .remove(textKey(id))
                .apply();
    }

    static SharedPreferences store(Context context)
    {
        return context.getSharedPreferences(STORE, Context.MODE_PRIVATE);
    }

    static NotificationManager notificationManager(Context context)
    {
        return (NotificationManager) context.getSystemService(Context.NOTIFICATION_SERVICE);
    }

    private static AlarmManager alarmManager(Context context)
    {
        return (AlarmManager) context.getSystemService(Context.ALARM_SERVICE);
    }

    private static String atKey(int id) { return "at." + id; }
    private static String titleKey(int id) { return "title." + id; }
    private static String textKey(int id) { return "text." + id; }
}
