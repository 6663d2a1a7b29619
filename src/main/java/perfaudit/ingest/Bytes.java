package perfaudit.ingest;

/** Byte tests shared by format detection and the decoding of text and web pages. */
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

    /**
     * Valid multi-byte UTF-8 sequences from {@code offset} on outnumber broken ones ten to one (or there
     * are neither: ASCII): text saved as UTF-8 with a few bytes damaged, not GB18030 read as UTF-8.
     */
    public static boolean mostlyUtf8(byte[] bytes, int offset) {
        int valid = 0;
        int broken = 0;
        int i = offset;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xF0 && b < 0xF5 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
            if (extra == 0) {
                i++;
            } else if (extra < 0 || !continuations(bytes, i + 1, extra)) {
                broken++;
                i++;
            } else {
                valid++;
                i += extra + 1;
            }
        }
        return valid >= 10 * broken && (valid > 0 || broken == 0);
    }

    private static boolean continuations(byte[] bytes, int from, int count) {
        if (from + count > bytes.length) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
