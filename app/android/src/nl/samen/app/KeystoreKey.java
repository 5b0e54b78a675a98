package nl.samen.app;

import android.os.Build;
import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyInfo;
import android.security.keystore.KeyProperties;

import java.security.Key;
import java.security.KeyStore;
import java.util.Arrays;

import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;

/**
 * A non-exportable HMAC-SHA256 key in the Android Keystore that binds Samen's key-encryption key
 * to this phone. The C++ vault passes the Argon2id output; the HMAC of it under this key is what
 * wraps the data key. A copy of the app's files is useless on another phone, and erasing this
 * key makes the store unreadable for good.
 *
 * Called from C++ through JNI (see README, Android), never on the UI thread: creating the key
 * and each use can take hundreds of milliseconds, more with StrongBox. Every method catches its
 * own exceptions and reports failure by its return value, so the JNI glue never has to clear a
 * pending exception. Nothing is logged: not the input, not the output, not why it failed.
 *
 * hmac() never creates the key: if the key is gone (factory reset, a Keystore bug), unlocking
 * must say so, not count every PIN as wrong under a fresh key and run into the wipe limit.
 */
public final class KeystoreKey
{
    private static final String PROVIDER = "AndroidKeyStore";
    private static final String ALIAS = "samen-kek-binding-v1";
    private static final String ALGORITHM = KeyProperties.KEY_ALGORITHM_HMAC_SHA256;

    private KeystoreKey() {}

    /**
     * Creates the key if there is none (when the first PIN is set). Returns true if the key
     * exists afterwards.
     */
    public static synchronized boolean create()
    {
        try {
            return loadKey() != null || createKey() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * HMAC-SHA256 of data under the Keystore key. Returns 32 bytes, or null if there is no key
     * or the Keystore fails. data is overwritten with zeros.
     */
    public static synchronized byte[] hmac(byte[] data)
    {
        if (data == null)
            return null;
        try {
            Key key = loadKey();
            if (key == null)
                return null;
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (Exception e) {
            return null;
        } finally {
            // The JNI copy is ours to clear; copies the Java heap made meanwhile are not.
            Arrays.fill(data, (byte) 0);
        }
    }

    /** Whether the key exists (false before the first PIN is set, and after erase()). */
    public static synchronized boolean exists()
    {
        try {
            return loadKey() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether the key lives in StrongBox or other secure hardware, as far as Android tells. */
    @SuppressWarnings("deprecation")
    public static synchronized boolean isHardwareBacked()
    {
        try {
            Key key = loadKey();
            if (key == null)
                return false;
            SecretKeyFactory factory = SecretKeyFactory.getInstance(ALGORITHM, PROVIDER);
            KeyInfo info = (KeyInfo) factory.getKeySpec((SecretKey) key, KeyInfo.class);
            // isInsideSecureHardware() is deprecated in API 31 for getSecurityLevel(), but it
            // is the only call that works down to API 23 and still answers correctly.
            return info.isInsideSecureHardware();
        } catch (Exception e) {
            return false;
        }
    }

    /** Deletes the key: used by "erase everything". Returns true if no key is left. */
    public static synchronized boolean erase()
    {
        try {
            KeyStore store = KeyStore.getInstance(PROVIDER);
            store.load(null);
            store.deleteEntry(ALIAS);
            return !store.containsAlias(ALIAS);
        } catch (Exception e) {
            return false;
        }
    }

    private static Key loadKey() throws Exception
    {
        KeyStore store = KeyStore.getInstance(PROVIDER);
        store.load(null);
        return store.getKey(ALIAS, null);
    }

    private static Key createKey() throws Exception
    {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
            try {
                return generate(true);
            } catch (Exception e) {
                // Most phones have no StrongBox (StrongBoxUnavailableException), and some report
                // one that then fails with a ProviderException. Either way: fall back to the
                // TEE-backed key below, which is just as non-exportable. The class is not named
                // here so that this method still verifies on Android 6 to 8.
            }
        }
        return generate(false);
    }

    private static Key generate(boolean strongBox) throws Exception
    {
        // No user authentication is required: Samen's own PIN protects the store, and many
        // users have no screen lock. The key never leaves the Keystore (non-exportable).
        KeyGenParameterSpec.Builder spec =
                new KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_SIGN)
                        .setKeySize(256);
        if (strongBox)
            spec.setIsStrongBoxBacked(true);
        KeyGenerator generator = KeyGenerator.getInstance(ALGORITHM, PROVIDER);
        generator.init(spec.build());
        return generator.generateKey();
    }
}
