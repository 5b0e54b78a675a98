// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.app;

import android.content.Context;

public class Notification {
    public static final int VISIBILITY_PRIVATE = 0;

    public static class Builder {
        public Builder(Context context, String channelId) { throw new RuntimeException("stub"); }
        @Deprecated public Builder(Context context) { throw new RuntimeException("stub"); }
        public Builder setSmallIcon(int icon) { throw new RuntimeException("stub"); }
        public Builder setContentTitle(CharSequence title) { throw new RuntimeException("stub"); }
        public Builder setContentText(CharSequence text) { throw new RuntimeException("stub"); }
        public Builder setVisibility(int visibility) { throw new RuntimeException("stub"); }
        public Builder setAutoCancel(boolean autoCancel) { throw new RuntimeException("stub"); }
        public Builder setContentIntent(PendingIntent intent) { throw new RuntimeException("stub"); }
        public Notification build() { throw new RuntimeException("stub"); }
    }
}
