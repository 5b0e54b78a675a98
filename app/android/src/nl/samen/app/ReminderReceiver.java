package nl.samen.app;

import android.app.Notification;
import android.app.PendingIntent;
import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.os.Build;

/**
 * Posts a reminder when its alarm fires. Runs without the Qt part of the app (which may not be
 * running, and whose store is locked anyway), so it uses only the texts C++ stored beforehand.
 */
public class ReminderReceiver extends BroadcastReceiver
{
    @Override
    public void onReceive(Context context, Intent intent)
    {
        int id = intent.getIntExtra(ReminderScheduler.EXTRA_ID, -1);
        String[] texts = id < 0 ? null : ReminderScheduler.takeTexts(context, id);
        if (texts == null)
            return; // cancelled after the alarm was set
        ReminderScheduler.ensureChannel(context);
        ReminderScheduler.notificationManager(context).notify(id, build(context, texts[0], texts[1]));
    }

    @SuppressWarnings("deprecation")
    private static Notification build(Context context, String title, String text)
    {
        Notification.Builder builder = Build.VERSION.SDK_INT >= 26
                ? new Notification.Builder(context, ReminderScheduler.CHANNEL_ID)
                : new Notification.Builder(context);
        Intent open = new Intent(context, SamenActivity.class)
                .setFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_ACTIVITY_SINGLE_TOP);
        return builder
                .setSmallIcon(android.R.drawable.ic_popup_reminder)
                .setContentTitle(title)
                .setContentText(text)
                .setVisibility(Notification.VISIBILITY_PRIVATE)
                .setAutoCancel(true)
                .setContentIntent(PendingIntent.getActivity(context, 0, open,
                        PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE))
                .build();
    }
}
