// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.content;

import android.net.Uri;

public class ClipData {
    public static ClipData newRawUri(CharSequence label, Uri uri) { throw new RuntimeException("stub"); }
}
