// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.os;

import java.io.IOException;

public class ParcelFileDescriptor implements java.io.Closeable {
    public static ParcelFileDescriptor[] createReliablePipe() throws IOException { throw new RuntimeException("stub"); }
    @Override public void close() throws IOException { throw new RuntimeException("stub"); }

    public static class AutoCloseOutputStream extends java.io.FileOutputStream {
        public AutoCloseOutputStream(ParcelFileDescriptor pfd) { super(java.io.FileDescriptor.out); throw new RuntimeException("stub"); }
    }
}
