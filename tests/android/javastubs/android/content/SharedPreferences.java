// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.content;

import java.util.Set;

public interface SharedPreferences {
    String getString(String key, String defValue);
    Set<String> getStringSet(String key, Set<String> defValues);
    long getLong(String key, long defValue);
    Editor edit();

    public interface Editor {
        Editor putString(String key, String value);
        Editor putStringSet(String key, Set<String> values);
        Editor putLong(String key, long value);
        Editor remove(String key);
        Editor clear();
        void apply();
    }
}
