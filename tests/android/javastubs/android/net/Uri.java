// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.net;

import android.os.Parcelable;
import java.util.List;

public abstract class Uri implements Parcelable {
    public static Uri parse(String uriString) { throw new RuntimeException("stub"); }
    public static String encode(String s) { throw new RuntimeException("stub"); }
    public abstract List<String> getPathSegments();
}
