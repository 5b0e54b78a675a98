// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.app;

import android.content.Context;
import android.os.Bundle;
import android.view.Window;

public class Activity extends Context {
    protected void onCreate(Bundle savedInstanceState) { throw new RuntimeException("stub"); }
    public Window getWindow() { throw new RuntimeException("stub"); }
    public void startActivity(android.content.Intent intent) { throw new RuntimeException("stub"); }
    public final void requestPermissions(String[] permissions, int requestCode) { throw new RuntimeException("stub"); }
    @Override public android.content.SharedPreferences getSharedPreferences(String name, int mode) { throw new RuntimeException("stub"); }
    @Override public Object getSystemService(String name) { throw new RuntimeException("stub"); }
    @Override public int checkSelfPermission(String permission) { throw new RuntimeException("stub"); }
    @Override public android.content.res.Resources getResources() { throw new RuntimeException("stub"); }
}
