package perfaudit.report;

import perfaudit.finding.Finding;
import perfaudit.finding.Severity;
import perfaudit.model.SourceLocation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The findings of a run in report order. The first {@value #IN_MEMORY} stay in memory; past that
 * they go to a temporary file, so a run of hundreds of thousands of findings keeps a small heap.
 * It can be iterated any number of times (writers measure, then write). Close it to delete the file.
 */
public final class FindingStore implements Iterable<Finding>, AutoCloseable {

    static final int IN_MEMORY = 20_000;

    private final List<Finding> memory = new ArrayList<>();
    private Path spill;
    private DataOutputStream out;
    private int spilled;

    public static FindingStore of(List<Finding> findings) {
        FindingStore store = new FindingStore();
        findings.forEach(store::add);
        return store;
    }

    public void add(Finding finding) {
        if (memory.size() < IN_MEMORY) {
            memory.add(finding);
            return;
        }
        try {
            if (out == null) {
                spill = Files.createTempFile("perfaudit-findings-", ".bin");
                spill.toFile().deleteOnExit();
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16));
            }
            write(out, finding);
            spilled++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill findings to a temporary file", e);
        }
    }

    public int size() {
        return memory.size() + spilled;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public Stream<Finding> stream() {
        return StreamSupport.stream(Spliterators.spliterator(iterator(), size(), Spliterator.ORDERED), false);
    }

    /** In report order: the in-memory part first (it was filled first), then the spilled part. */
    @Override
    public Iterator<Finding> iterator() {
        if (spilled == 0) {
            return memory.iterator();
        }
        try {
            out.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spill), 1 << 16));
            Iterator<Finding> fromDisk = new SpillIterator(in, spilled);
            return Stream.concat(memory.stream(), StreamSupport.stream(
                    Spliterators.spliterator(fromDisk, spilled, Spliterator.ORDERED), false)).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            Files.deleteIfExists(spill);
        }
    }

    private static void write(DataOutputStream out, Finding f) throws IOException {
        string(out, f.ruleId());
        out.writeByte(f.severity().ordinal());
        string(out, f.file());
        string(out, f.form());
        SourceLocation l = f.location();
        out.writeBoolean(l != null);
        if (l != null) {
            string(out, l.file());
            out.writeInt(l.line());
            string(out, l.sheet());
            string(out, l.cell());
        }
        string(out, f.field());
        string(out, f.expected());
        string(out, f.found());
        string(out, f.message());
        string(out, f.status());
        findings(out, f.rows());
        findings(out, f.folded());
    }

    private static void findings(DataOutputStream out, List<Finding> findings) throws IOException {
        out.writeInt(findings.size());
        for (Finding finding : findings) {
            write(out, finding);
        }
    }

    private static List<Finding> findings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<Finding> findings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            findings.add(read(in));
        }
        return findings;
    }

    private static Finding read(DataInputStream in) throws IOException {
        String ruleId = string(in);
        Severity severity = Severity.values()[in.readByte()];
        String file = string(in);
        String form = string(in);
        SourceLocation location = in.readBoolean()
                ? new SourceLocation(string(in), in.readInt(), string(in), string(in)) : null;
        String field = string(in);
        String expected = string(in);
        String found = string(in);
        String message = string(in);
        String status = string(in);
        List<Finding> rows = findings(in);
        return new Finding(ruleId, severity, file, form, location, field, expected, found, message, status, rows,
                findings(in));
    }

    /** Length-prefixed UTF-8 (writeUTF stops at 64 KB, and a garbage line can be longer). */
    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static final class SpillIterator implements Iterator<Finding> {
        private final DataInputStream in;
        private int left;

        SpillIterator(DataInputStream in, int count) {
            this.in = in;
            this.left = count;
        }

        @Override
        public boolean hasNext() {
            if (left == 0) {
                closeQuietly();
            }
            return left > 0;
        }

        @Override
        public Finding next() {
            if (left == 0) {
                throw new NoSuchElementException();
            }
            try {
                left--;
                return read(in);
            } catch (EOFException e) {
                throw new IllegalStateException("finding spill file is shorter than expected", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void closeQuietly() {
            try {
                in.close();
            } catch (IOException ignored) {
                // reading is finished; nothing depends on the close
            }
        }
    }
}
