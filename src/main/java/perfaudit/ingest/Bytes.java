package perfaudit.ingest;

/** Magic-byte tests shared by format detection and text decoding. */
public final class Bytes {

    private Bytes() {
    }

    /** True when {@code bytes} begins with {@code prefix} (values 0–255). */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
