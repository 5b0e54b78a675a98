// The calls the C++ JNI glue makes (README, "Java methods the C++ JNI glue calls"), written out
// in Java so that javac fails here when a method's name, parameters or result type changes.
package nl.samen.app.check;

import android.app.Activity;
import android.content.Context;

import nl.samen.app.FontScale;
import nl.samen.app.KeystoreKey;
import nl.samen.app.ReminderScheduler;
import nl.samen.app.SharedFiles;

final class JniCalls {
    static void all(Context context, Activity activity, byte[] secret) {
        boolean created = KeystoreKey.create();                                 // ()Z
        byte[] mac = KeystoreKey.hmac(secret);                                  // ([B)[B
        boolean exists = KeystoreKey.exists();                                  // ()Z
        boolean hardware = KeystoreKey.isHardwareBacked();                      // ()Z
        boolean erased = KeystoreKey.erase();                                   // ()Z
        ReminderScheduler.setChannel(context, "name", "description");           // (Context;String;String)V
        boolean exact = ReminderScheduler.schedule(context, 1, 0L, "t", "x");   // (Context;IJString;String)Z
        ReminderScheduler.cancel(context, 1);                                   // (Context;I)V
        ReminderScheduler.cancelAll(context);                                   // (Context;)V
        boolean allowed = ReminderScheduler.canPostNotifications(context);      // (Context;)Z
        ReminderScheduler.askPermission(activity);                              // (Activity;)V
        float fontScale = FontScale.of(context);                                // (Context;)F
        boolean shared = SharedFiles.share(activity, secret, "k.pdf", "application/pdf", "t");
                                                                    // (Activity;[BString;String;String;)Z
        SharedFiles.forget();                                                   // ()V
    }
}
