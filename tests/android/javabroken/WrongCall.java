// Must NOT compile: proves tst_android_java_wrong_call fails on a signature mismatch
// (schedule takes a long time and two texts; here it gets an int and one text).
package nl.samen.app.check;

import android.content.Context;

import nl.samen.app.ReminderScheduler;

final class WrongCall {
    static void call(Context context) {
        ReminderScheduler.schedule(context, 1, 2, "only one text");
    }
}
