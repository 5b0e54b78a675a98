// Compile-only stub: the members Samen uses, with the signatures of the Android API reference
// (API 33). Lets javac check app/android/src here, where there is no android.jar.
package android.database;

public class MatrixCursor implements Cursor {
    public MatrixCursor(String[] columnNames) { throw new RuntimeException("stub"); }
    public void addRow(Object[] columnValues) { throw new RuntimeException("stub"); }
    @Override public void close() { throw new RuntimeException("stub"); }
}
