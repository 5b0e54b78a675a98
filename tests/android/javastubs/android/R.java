// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android;

public final class R {
    public static final class drawable {
        public static final int ic_popup_reminder = 0x01080072;
    }
}
