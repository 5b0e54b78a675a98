// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.content;

import android.database.Cursor;
import android.net.Uri;
import android.os.ParcelFileDescriptor;

public abstract class ContentProvider {
    public abstract boolean onCreate();
    public abstract String getType(Uri uri);
    public abstract Cursor query(Uri uri, String[] projection, String selection, String[] selectionArgs, String sortOrder);
    public ParcelFileDescriptor openFile(Uri uri, String mode) throws java.io.FileNotFoundException { throw new RuntimeException("stub"); }
    public abstract Uri insert(Uri uri, ContentValues values);
    public abstract int delete(Uri uri, String selection, String[] selectionArgs);
    public abstract int update(Uri uri, ContentValues values, String selection, String[] selectionArgs);
}
