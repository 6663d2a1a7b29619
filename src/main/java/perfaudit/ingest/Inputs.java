package perfaudit.ingest;

import perfaudit.model.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the input files under the paths a run was given and reads each with the reader its
 * content calls for. A file that cannot be read becomes a Document with a problem, never an exception.
 */
public final class Inputs {

    private Inputs() {
    }

    /** Files under {@code paths}, folders walked recursively in name order; editor lock files skipped. */
    public static List<Path> collect(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::isCandidate).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("~$") && !name.startsWith(".~lock") && !name.startsWith(".")
                && !name.endsWith(".md") && !name.endsWith(".json") && !name.endsWith(".csv");
    }

    /** Reads one file; every failure is reported inside the returned Document. */
    public static Document read(Path file, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return Document.unreadable(displayName, "unknown", "cannot read file: " + e.getMessage());
        }
        if (bytes.length == 0) {
            return Document.unreadable(displayName, "unknown", "file is empty (0 bytes)");
        }
        Format format = Format.detect(bytes);
        if (format != Format.TEXT) {
            return Document.unreadable(displayName, format.label,
                    format.label + " files are not read yet; export the form as text (tab-separated) to audit it");
        }
        try {
            return new TextReader().read(new InputFile(file, displayName, bytes));
        } catch (RuntimeException e) {
            return Document.unreadable(displayName, "text", "reader failed: " + e);
        }
    }

    /** Formats told apart by their first bytes, not by the file name. */
    enum Format {
        TEXT("text"), ZIP_OFFICE("xlsx/docx"), OLE_OFFICE("xls/doc"), PDF("pdf"), BINARY("binary");

        final String label;

        Format(String label) {
            this.label = label;
        }

        static Format detect(byte[] bytes) {
            if (startsWith(bytes, 'P', 'K', 3, 4)) {
                return ZIP_OFFICE;
            }
            if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
                return OLE_OFFICE;
            }
            if (startsWith(bytes, '%', 'P', 'D', 'F')) {
                return PDF;
            }
            if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
                // UTF-16: every ASCII character has a zero byte, so the control count below means nothing.
                return TEXT;
            }
            // No single-NUL shortcut: a few garbage bytes in a text file are reported on their line
            // by the reader; only a file that is largely control bytes is binary.
            int controls = 0;
            int sample = Math.min(bytes.length, 4096);
            for (int i = 0; i < sample; i++) {
                int b = bytes[i] & 0xFF;
                if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                    controls++;
                }
            }
            return controls * 20 > sample ? BINARY : TEXT;
        }

        private static boolean startsWith(byte[] bytes, int... prefix) {
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
}
