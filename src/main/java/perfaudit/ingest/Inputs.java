package perfaudit.ingest;

import perfaudit.model.Document;

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

    private Inputs() {
    }

    /**
     * Files under {@code paths}, folders walked recursively in name order; editor lock files, hidden
     * files and perfaudit's own outputs (.md, .json, .csv) skipped by name. Links met inside a folder
     * are never followed, so a link cannot lead the run outside the folders it was given or round a
     * loop: they are listed with pipes, sockets and folders that cannot be listed, and {@link #read}
     * reports each as a problem. A path named on the command line is the caller's choice: a link
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

    private static boolean isCandidate(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return true;
        }
        String name = fileName.toString();
        return !name.startsWith("~$") && !name.startsWith(".~lock") && !name.startsWith(".")
                && !name.endsWith(".md") && !name.endsWith(".json") && !name.endsWith(".csv");
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
        Format format = Format.detect(bytes);
        String container = Containers.problem(format, bytes);
        if (container != null) {
            return Document.unreadable(displayName, format.label, container);
        }
        if (format != Format.TEXT) {
            return Document.unreadable(displayName, format.label, format == Format.BINARY
                    ? "binary content (control bytes), not text: not a form export (UTF-16 text needs its byte-order mark)"
                    : format.label + " files are not read yet; export the form as text (tab-separated) to audit it");
        }
        try {
            return new TextReader(limits).read(new InputFile(file, displayName, bytes));
        } catch (RuntimeException | StackOverflowError e) {
            return Document.unreadable(displayName, "text", "reader failed: " + e);
        }
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
