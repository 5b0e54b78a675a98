package nl.samen.app;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

/**
 * Android drops all alarms when the phone restarts; this sets the stored reminders again.
 * Reminders whose time passed while the phone was off fire at once. It also runs when the user
 * allows exact alarms (Android 12+), so the inexact fallbacks become exact.
 */
public class ReminderBootReceiver extends BroadcastReceiver
{
    @Override
    public void onReceive(Context context, Intent intent)
    {
        String action = intent.getAction();
        if (Intent.ACTION_BOOT_COMPLETED.equals(action)
                || "android.app.action.SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED".equals(action))
            ReminderScheduler.rearmAll(context);
    }
}
