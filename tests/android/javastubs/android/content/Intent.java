// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.content;

public class Intent {
    public static final String ACTION_BOOT_COMPLETED = "android.intent.action.BOOT_COMPLETED";
    public static final int FLAG_ACTIVITY_NEW_TASK = 0x10000000;
    public static final int FLAG_ACTIVITY_SINGLE_TOP = 0x20000000;
    public static final int FLAG_GRANT_READ_URI_PERMISSION = 0x00000001;
    public static final String ACTION_SEND = "android.intent.action.SEND";
    public static final String EXTRA_STREAM = "android.intent.extra.STREAM";
    public Intent(String action) { throw new RuntimeException("stub"); }
    public Intent setType(String type) { throw new RuntimeException("stub"); }
    public Intent putExtra(String name, android.os.Parcelable value) { throw new RuntimeException("stub"); }
    public void setClipData(ClipData clip) { throw new RuntimeException("stub"); }
    public Intent addFlags(int flags) { throw new RuntimeException("stub"); }
    public static Intent createChooser(Intent target, CharSequence title) { throw new RuntimeException("stub"); }
    public Intent(Context packageContext, Class<?> cls) { throw new RuntimeException("stub"); }
    public Intent setAction(String action) { throw new RuntimeException("stub"); }
    public String getAction() { throw new RuntimeException("stub"); }
    public Intent putExtra(String name, int value) { throw new RuntimeException("stub"); }
    public int getIntExtra(String name, int defaultValue) { throw new RuntimeException("stub"); }
    public Intent setFlags(int flags) { throw new RuntimeException("stub"); }
}
