package nl.samen.app;

import android.app.Activity;
import android.content.ClipData;
import android.content.ContentProvider;
import android.content.ContentValues;
import android.content.Intent;
import android.database.Cursor;
import android.database.MatrixCursor;
import android.net.Uri;
import android.os.Handler;
import android.os.Looper;
import android.os.ParcelFileDescriptor;
import android.provider.OpenableColumns;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Sends one file the user chose (the kit for a family member) to another app through the share
 * sheet, without writing it to disk: the bytes stay in memory and this provider streams them
 * through a pipe to the app the user picks. Not exported; the receiving app gets a one-time read
 * grant for the one URI. The bytes are dropped when the store locks ({@link #forget}), when the
 * next file is shared, and ten minutes after sharing. Called from C++ (JNI, README).
 */
public final class SharedFiles extends ContentProvider
{
    static final String AUTHORITY = "nl.samen.app.shared";
    private static final long KEEP_MILLIS = 10L * 60L * 1000L;
    private static final Object LOCK = new Object();
    private static byte[] sBytes;
    private static String sName;
    private static String sMimeType;
    private static long sToken;

    /**
     * Opens the share sheet for {@code bytes}, offered as {@code fileName} of type
     * {@code mimeType}, with {@code title} over the list of apps. True if the sheet opened.
     */
    public static boolean share(Activity activity, byte[] bytes, String fileName, String mimeType, String title)
    {
        if (activity == null || bytes == null)
            return false;
        final long token;
        synchronized (LOCK) {
            clearLocked();
            sBytes = Arrays.copyOf(bytes, bytes.length);
            sName = fileName;
            sMimeType = mimeType;
            sToken = System.nanoTime();
            token = sToken;
        }
        Uri uri = Uri.parse("content://" + AUTHORITY + "/" + token + "/" + Uri.encode(fileName));
        Intent send = new Intent(Intent.ACTION_SEND);
        send.setType(mimeType);
        send.putExtra(Intent.EXTRA_STREAM, uri);
        send.setClipData(ClipData.newRawUri(fileName, uri)); // the grant reaches the chosen app
        send.addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION);
        try {
            activity.startActivity(Intent.createChooser(send, title));
        } catch (RuntimeException e) {
            forget();
            return false;
        }
        new Handler(Looper.getMainLooper()).postDelayed(new Runnable() {
            @Override public void run() { forgetIfStill(token); }
        }, KEEP_MILLIS);
        return true;
    }

    /** Drops the bytes: no app can read them any more. */
    public static void forget()
    {
        synchronized (LOCK) {
            clearLocked();
        }
    }

    private static void forgetIfStill(long token)
    {
        synchronized (LOCK) {
            if (sToken == token)
                clearLocked();
        }
    }

    private static void clearLocked()
    {
        if (sBytes != null)
            Arrays.fill(sBytes, (byte) 0);
        sBytes = null;
        sName = null;
        sMimeType = null;
        sToken = 0;
    }

    /** Whether {@code uri} names what is shared now. Call holding LOCK. */
    private static boolean isSharedLocked(Uri uri)
    {
        String first = uri.getPathSegments().isEmpty() ? "" : uri.getPathSegments().get(0);
        return sBytes != null && String.valueOf(sToken).equals(first);
    }

    /** A copy of the bytes shared under {@code uri} (the caller zeroes it), or null. */
    private static byte[] bytesFor(Uri uri)
    {
        synchronized (LOCK) {
            return isSharedLocked(uri) ? Arrays.copyOf(sBytes, sBytes.length) : null;
        }
    }

    @Override public boolean onCreate() { return true; }

    @Override public String getType(Uri uri)
    {
        synchronized (LOCK) {
            return isSharedLocked(uri) ? sMimeType : null;
        }
    }

    @Override public Cursor query(Uri uri, String[] projection, String selection, String[] selectionArgs,
                                  String sortOrder)
    {
        MatrixCursor cursor = new MatrixCursor(new String[] { OpenableColumns.DISPLAY_NAME, OpenableColumns.SIZE });
        synchronized (LOCK) {
            if (isSharedLocked(uri))
                cursor.addRow(new Object[] { sName, Long.valueOf(sBytes.length) });
        }
        return cursor;
    }

    @Override public ParcelFileDescriptor openFile(Uri uri, String mode) throws FileNotFoundException
    {
        if (!"r".equals(mode))
            throw new SecurityException("read only");
        final byte[] bytes = bytesFor(uri);
        if (bytes == null)
            throw new FileNotFoundException("no longer shared");
        final ParcelFileDescriptor[] pipe;
        try {
            pipe = ParcelFileDescriptor.createReliablePipe();
        } catch (IOException e) {
            throw new FileNotFoundException("no pipe");
        }
        new Thread(new Runnable() {
            @Override public void run() {
                try (OutputStream out = new ParcelFileDescriptor.AutoCloseOutputStream(pipe[1])) {
                    out.write(bytes);
                } catch (IOException e) {
                    // The reading app stopped early: nothing to do.
                } finally {
                    Arrays.fill(bytes, (byte) 0);
                }
            }
        }).start();
        return pipe[0];
    }

    @Override public Uri insert(Uri uri, ContentValues values) { throw new UnsupportedOperationException(); }

    @Override public int delete(Uri uri, String selection, String[] selectionArgs) { return 0; }

    @Override public int update(Uri uri, ContentValues values, String selection, String[] selectionArgs)
    {
        return 0;
    }
}
