package perfaudit.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.ingest.ReadWatchdog;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.Document;
import perfaudit.report.InputSummary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads one input within the limits, a file or bytes already in memory, on a watched thread (a reader
 * that hangs is abandoned at the time limit), and describes it for the report's Inputs sheet. Whatever
 * goes wrong is inside the returned document as a problem. Thread-safe; close it to stop its threads.
 */
public final class InputReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InputReader.class);

    /** A read input: the parsed document and what the report says of the file. */
    public record ReadInput(Document document, InputSummary summary) {
    }

    private final Limits limits;
    private final Vocabulary vocabulary;
    private final ReadWatchdog watchdog;

    public InputReader(Limits limits) {
        this(limits, null, Vocabulary.standard());
    }

    /**
     * Reads forms with {@code vocabulary}; {@code reader} stands in for the real readers of files when not
     * null (tests of the watchdog).
     */
    public InputReader(Limits limits, ReadWatchdog.Reader reader, Vocabulary vocabulary) {
        this.limits = limits;
        this.vocabulary = vocabulary;
        this.watchdog = new ReadWatchdog(limits,
                reader != null ? reader : (file, name) -> Inputs.read(file, name, limits, vocabulary));
    }

    /**
     * Reads a file, reported under {@code displayName}; {@code key} names it across runs (its path below
     * the folder it was found in, see {@code InputWalk}).
     */
    public ReadInput read(Path file, String displayName, String key) {
        Document document = watchdog.read(file, displayName);
        long size = regularSize(file);
        boolean hashable = size >= 0 && size <= limits.maxFileBytes();
        return described(document, key, size, hashable ? sha256(file) : null);
    }

    /**
     * Reads an input whose bytes are in memory (shipped to a worker of a distributed run), reported under
     * {@code displayName}, which also names it across runs.
     */
    public ReadInput read(byte[] bytes, String displayName) {
        return read(bytes, displayName, displayName);
    }

    /**
     * Reads an input whose bytes are in memory, reported under {@code displayName} and named across runs
     * by {@code key} (a distributed run lists its inputs as {@code perfaudit audit} walks them).
     */
    public ReadInput read(byte[] bytes, String displayName, String key) {
        Document document = watchdog.read(displayName, () -> Inputs.read(bytes, displayName, limits, vocabulary));
        return described(document, key, bytes.length, sha256(bytes));
    }

    /** An input not read because its size, known before reading, is over the limit. */
    public ReadInput tooLarge(String displayName, String key, long size) {
        return described(Inputs.tooLarge(displayName, size, limits), key, size, null);
    }

    /** An input that could not be fetched (a remote file gone, a network error): reported, not read. */
    public ReadInput unreadable(String displayName, String key, String reason) {
        return described(Document.unreadable(displayName, "unknown", reason), key, -1, null);
    }

    /** The limits inputs are read within. */
    public Limits limits() {
        return limits;
    }

    private static ReadInput described(Document document, String key, long size, String sha256) {
        if (!document.problems().isEmpty()) {
            LOG.warn("{}: {} parse problem(s), {} form(s) read", document.file(), document.problems().size(),
                    document.forms().size());
        }
        return new ReadInput(document, InputSummary.of(document, key, size, sha256));
    }

    @Override
    public void close() {
        watchdog.close();
    }

    /** The size of a regular file, else -1: a link is not followed to size (nor hash) its target. */
    private static long regularSize(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() ? attrs.size() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }
}
