package perfaudit.ingest;

import perfaudit.ingest.html.HtmlReader;
import perfaudit.ingest.office.DocReader;
import perfaudit.ingest.office.DocxReader;
import perfaudit.ingest.office.SpreadsheetReader;
import perfaudit.ingest.pdf.PdfReader;
import perfaudit.ingest.text.TextReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the input files under the paths a run was given and reads each with the reader its
 * content calls for. A file that cannot be read becomes a Document with a problem, never an exception.
 */
public final class Inputs {

    private static final Logger LOG = LoggerFactory.getLogger(Inputs.class);

    private Inputs() {
    }

    /**
     * Files under {@code paths}, folders walked recursively in name order; editor lock files, hidden
     * files, perfaudit's own outputs and scripts (.md, .json, .csv, .sh, .tmp), and the folder of
     * pictures and styles a saved web page keeps beside it ({@code page_files/}), skipped by name. Links
     * met inside a folder are never followed, so a link cannot lead the run outside the folders it was
     * given or round a loop: they are listed with pipes, sockets and folders that cannot be listed, and
     * {@link #read} reports each as a problem. A path named on the command line is the caller's choice: a link
     * named there is resolved and read, a linked folder walked.
     */
    public static List<Path> collect(List<Path> paths) throws IOException {
        return collect(paths, new ArrayList<>());
    }

    /** As {@link #collect(List)}, adding to {@code skippedByName} the files left out by name, for the log. */
    public static List<Path> collect(List<Path> paths, List<Path> skippedByName) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path given : paths) {
            Path path = Files.isSymbolicLink(given) ? given.toRealPath() : given;
            if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(path, new Walker(found, skippedByName));
                found.sort(null);
                files.addAll(found);
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Collects candidates without following links; failures become entries, not exceptions. */
    private static final class Walker extends SimpleFileVisitor<Path> {
        private final List<Path> found;
        private final List<Path> skipped;

        Walker(List<Path> found, List<Path> skipped) {
            this.found = found;
            this.skipped = skipped;
        }

        /** A saved page's folder of images, styles and scripts is part of the page, not an input. */
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (isPageCompanion(dir)) {
                skipped.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            (isCandidate(file) ? found : skipped).add(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            found.add(file);
            return FileVisitResult.CONTINUE;
        }
    }

    /**
     * {@code 自评表_files/} beside {@code 自评表.html} (a browser's "save page, complete") or
     * {@code 自评表.files/} beside {@code 自评表.htm} (Word's "save as web page"): the page's pictures,
     * style sheets and scripts, which would otherwise each be reported as a file that holds no form.
     */
    private static boolean isPageCompanion(Path dir) {
        Path name = dir.getFileName();
        Path parent = dir.getParent();
        if (name == null || parent == null) {
            return false;
        }
        String folder = name.toString();
        int suffix = folder.endsWith("_files") ? "_files".length() : folder.endsWith(".files") ? ".files".length() : 0;
        if (suffix == 0 || folder.length() == suffix) {
            return false;
        }
        String stem = folder.substring(0, folder.length() - suffix);
        for (String extension : List.of(".html", ".htm", ".HTML", ".HTM", ".shtml", ".xhtml", ".mht")) {
            if (Files.isRegularFile(parent.resolve(stem + extension), LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCandidate(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return true;
        }
        String name = fileName.toString();
        return !name.startsWith("~$") && !name.startsWith(".~lock") && !name.startsWith(".")
                && !name.endsWith(".md") && !name.endsWith(".json") && !name.endsWith(".csv")
                && !name.endsWith(".sh") && !name.endsWith(".tmp");
    }

    /** Reads one file with the default limits; every failure is reported inside the returned Document. */
    public static Document read(Path file, String displayName) {
        return read(file, displayName, Limits.DEFAULT);
    }

    /** Reads one file; every failure, and every limit it exceeds, is reported inside the returned Document. */
    public static Document read(Path file, String displayName, Limits limits) {
        byte[] bytes;
        try {
            String refused = refusal(file, limits);
            if (refused != null) {
                return Document.unreadable(displayName, "unknown", refused);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return Document.unreadable(displayName, "unknown", "cannot read file: " + e);
        }
        return read(bytes, file, displayName, limits);
    }

    /** Reads a file's bytes, already in memory: the reader choice and the content limits. */
    static Document read(byte[] bytes, Path file, String displayName, Limits limits) {
        if (bytes.length == 0) {
            return Document.unreadable(displayName, "unknown", "file is empty (0 bytes)");
        }
        if (bytes.length > limits.maxFileBytes()) {
            // grew between the size check and the read
            return Document.unreadable(displayName, "unknown", tooLarge(bytes.length, limits));
        }
        InputFormat format = InputFormat.detect(bytes);
        LOG.debug("{}: content is {}", displayName, format.label);
        InputFile input = new InputFile(file, displayName, bytes);
        try {
            return saysWhyNoForm(switch (format) {
                case TEXT -> new TextReader(limits).read(input);
                case HTML -> new HtmlReader().read(input);
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
                        "binary file of an unknown kind: not a form this tool can read (a UTF-16 text needs its byte-order mark)");
            });
        } catch (RuntimeException | StackOverflowError e) {
            // Readers report bad content themselves; this is the last guard against a reader bug.
            LOG.warn("{}: {} reader failed", displayName, format.label, e);
            return Document.unreadable(displayName, format.label, format.label + " reader failed: " + e);
        }
    }

    /** A document that gave no form and no problem would vanish from the audit without a word. */
    private static Document saysWhyNoForm(Document document) {
        if (!document.forms().isEmpty() || !document.problems().isEmpty()) {
            return document;
        }
        return new Document(document.file(), document.layout(), document.title(), document.projectList(), List.of(),
                List.of(new ParseProblem(SourceLocation.ofFile(document.file()), null,
                        "no 项目支出绩效自评表 form found in this file")));
    }

    /** Why a path is not read at all, or null: links, special files, folders, files over the size limit. */
    private static String refusal(Path file, Limits limits) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isSymbolicLink()) {
            return "symbolic link to '" + Files.readSymbolicLink(file) + "', not followed: links inside an input folder"
                    + " are never read, so none can lead outside it (name the target itself to audit it)";
        }
        if (attrs.isDirectory()) {
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(file)) {
                return "folder could not be walked";
            } catch (IOException e) {
                return "cannot list folder: " + e;
            }
        }
        if (!attrs.isRegularFile()) {
            return "not a regular file (a pipe, socket or device): not read";
        }
        return attrs.size() > limits.maxFileBytes() ? tooLarge(attrs.size(), limits) : null;
    }

    private static String tooLarge(long bytes, Limits limits) {
        return String.format(Locale.ROOT, "file is %.1f MB, larger than the limit of %s (--max-file-mb): not read",
                bytes / (double) Limits.MB, Limits.size(limits.maxFileBytes()));
    }
}
