package nl.samen.app;

import android.content.Context;

/**
 * The user's font size setting, for Samen's text size (called from C++ through JNI, see
 * README, Android). 1 is normal; Android offers about 0.85 to 2.
 */
public final class FontScale
{
    private FontScale() {}

    /** Configuration.fontScale of {@code context}, or 1 if it cannot be read. */
    public static float of(Context context)
    {
        try {
            return context.getResources().getConfiguration().fontScale;
        } catch (Exception e) {
            return 1.0f;
        }
    }
}
