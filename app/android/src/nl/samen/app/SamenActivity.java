package nl.samen.app;

import android.os.Bundle;
import android.view.WindowManager;

import org.qtproject.qt.android.bindings.QtActivity;

/**
 * Samen's activity: Qt's own, with the window marked secure.
 *
 * FLAG_SECURE keeps the window out of screenshots, screen recordings, casting and the
 * recent-apps thumbnail. It is set before super.onCreate(), where Qt creates its surface, so
 * not even the first frame is ever captured. getWindow() already exists here: Android attaches
 * the window before onCreate() is called.
 */
public class SamenActivity extends QtActivity
{
    @Override
    public void onCreate(Bundle savedInstanceState)
    {
        getWindow().setFlags(WindowManager.LayoutParams.FLAG_SECURE,
                             WindowManager.LayoutParams.FLAG_SECURE);
        super.onCreate(savedInstanceState);
    }
}
