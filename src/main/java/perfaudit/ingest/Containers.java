package perfaudit.ingest;

import java.nio.charset.StandardCharsets;

/**
 * What can be told about an office or PDF file from its bytes alone, before any reader opens it:
 * a password, or a file cut short. Each answer is a reason an auditor can act on ("remove the
 * password", "download it again") instead of a parser's stack trace.
 */
final class Containers {

    /** The stream an encrypted xlsx or docx keeps its content in, as named in the OLE2 directory (UTF-16LE). */
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] END_OF_CENTRAL_DIRECTORY = {'P', 'K', 5, 6};
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PDF_ENCRYPT = "/Encrypt".getBytes(StandardCharsets.ISO_8859_1);
    /** The end-of-central-directory record sits in the last 22 bytes plus a comment of at most 64 KB. */
    private static final int ZIP_TAIL = 22 + 65_535;
    /** Writers append an incremental update or a few bytes after %%EOF, never much more. */
    private static final int PDF_TAIL = 2048;

    private Containers() {
    }

    /** Why a file of this format cannot be read, or null when nothing is wrong with its container. */
    static String problem(InputFormat format, byte[] bytes) {
        return switch (format) {
            case OTHER_OLE, XLS, DOC, ENCRYPTED_OFFICE -> contains(bytes, 0, ENCRYPTED_PACKAGE)
                    ? "password-protected (encrypted) xlsx/docx: remove the password in Excel or Word and save again" : null;
            case XLSX, DOCX, OTHER_ZIP -> contains(bytes, Math.max(0, bytes.length - ZIP_TAIL), END_OF_CENTRAL_DIRECTORY) ? null
                    : "zip container (xlsx/docx) cut short or corrupt (damaged or truncated): no central directory at its end (a half-downloaded file?)";
            case PDF -> !contains(bytes, Math.max(0, bytes.length - PDF_TAIL), PDF_END)
                    ? "PDF cut short: no %%EOF at its end (a half-downloaded file?)"
                    : contains(bytes, 0, PDF_ENCRYPT) ? "password-protected (encrypted) PDF: remove the password and export again"
                    : null;
            default -> null;
        };
    }

    private static boolean contains(byte[] bytes, int from, byte[] needle) {
        outer:
        for (int i = from; i + needle.length <= bytes.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (bytes[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
