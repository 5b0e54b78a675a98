// Compile-only stub of Qt 6.4's QtActivity (qtbase src/android/java): it overrides onCreate
// as public and calls super.onCreate first.
package org.qtproject.qt.android.bindings;

import android.os.Bundle;

public class QtActivity extends android.app.Activity {
    @Override public void onCreate(Bundle savedInstanceState) { throw new RuntimeException("stub"); }
}
