package perfaudit.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(Inputs.class);

    private Inputs() {
    }

    /** Files under {@code paths}, folders walked recursively in name order; editor lock and temp files skipped. */
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
                && !name.endsWith(".md") && !name.endsWith(".json") && !name.endsWith(".csv")
                && !name.endsWith(".sh") && !name.endsWith(".tmp");
    }

    /** Reads one file with the reader its content calls for; every failure is reported inside the Document. */
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
        InputFormat format = InputFormat.detect(bytes);
        LOG.debug("{}: content is {}", displayName, format.label);
        InputFile input = new InputFile(file, displayName, bytes);
        try {
            return switch (format) {
                case TEXT -> new TextReader().read(input);
                case XLSX, XLS -> new SpreadsheetReader(format).read(input);
                case DOCX -> new DocxReader().read(input);
                case DOC -> new DocReader().read(input);
                case PDF -> new PdfReader().read(input);
                case ENCRYPTED_OFFICE -> Document.unreadable(displayName, format.label,
                        "password-protected (encrypted) Office file: remove the password and submit it again");
                case RTF -> Document.unreadable(displayName, format.label,
                        "RTF document (often saved as .doc): open it in Word or LibreOffice and save it as .docx");
                case IMAGE -> Document.unreadable(displayName, format.label,
                        "image file (a scan or photo of a form?): it has no text to read; submit the original xlsx, docx or PDF");
                case OTHER_ZIP -> Document.unreadable(displayName, format.label,
                        "ZIP archive that is not an xlsx or docx (or is damaged): save the form as .xlsx or .docx");
                case OTHER_OLE -> Document.unreadable(displayName, format.label,
                        "old-style Office file that is neither an Excel workbook nor a Word document (or is damaged)");
                case BINARY -> Document.unreadable(displayName, format.label,
                        "binary file of an unknown kind: not a form this tool can read");
            };
        } catch (RuntimeException e) {
            // Readers report bad content themselves; this is the last guard against a reader bug.
            LOG.warn("{}: {} reader failed", displayName, format.label, e);
            return Document.unreadable(displayName, format.label, format.label + " reader failed: " + e);
        }
    }
}
