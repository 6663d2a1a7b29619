package perfaudit.ingest;

import perfaudit.ingest.grammar.rows.ProblemLog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each input limit: what exceeds it is reported with the limit's option, what stays within is read. */
class LimitsTest {

    private static final Path CLEAN = Path.of("fixtures/rules/clean-form.txt");

    @TempDir
    Path temp;

    private static String reasons(Document document) {
        return document.problems().stream().map(ParseProblem::reason).toList().toString();
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        Limits limits = Limits.DEFAULT;
        assertEquals(100 * Limits.MB, limits.maxFileBytes());
        assertEquals(2_000_000, limits.maxLines());
        assertEquals(100_000, limits.maxLineChars());
        assertEquals(Duration.ofSeconds(60), limits.docTimeout());
        assertEquals(0.01, limits.zipMinInflateRatio());
        assertEquals(256 * Limits.MB, limits.zipMaxEntryBytes());
        assertThrows(IllegalArgumentException.class, () -> limits.withMaxLines(0));
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadAtAll() throws IOException {
        // 200 MB, sparse: the limit is checked on the size before a byte is read
        Path huge = temp.resolve("export-200mb.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200 * Limits.MB);
        }
        Document document = Inputs.read(huge, "export-200mb.txt");
        assertEquals(0, document.forms().size());
        assertTrue(reasons(document).contains("file is 200.0 MB, larger than the limit of 100 MB (--max-file-mb)"),
                reasons(document));

        Path form = Files.copy(CLEAN, temp.resolve("form.txt"));
        Limits small = Limits.DEFAULT.withMaxFileBytes(Files.size(form) - 1);
        assertTrue(reasons(Inputs.read(form, "form.txt", small)).contains("--max-file-mb"));
        assertEquals(1, Inputs.read(form, "form.txt", small.withMaxFileBytes(Files.size(form))).forms().size());
    }

    @Test
    void aTextWithTooManyLinesIsNotRead() throws IOException {
        Path form = Files.copy(CLEAN, temp.resolve("form.txt"));
        int lines = Files.readAllLines(form).size();
        Document over = Inputs.read(form, "form.txt", Limits.DEFAULT.withMaxLines(lines - 1));
        assertEquals(0, over.forms().size());
        assertTrue(reasons(over).contains("more than the limit of " + (lines - 1) + " (--max-lines)"), reasons(over));
        assertEquals(1, Inputs.read(form, "form.txt", Limits.DEFAULT.withMaxLines(lines)).forms().size());
    }

    @Test
    void aLineOverTheLengthLimitIsReportedAndTheRestOfTheFormIsRead() throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(CLEAN));
        lines.add(3, "年度".repeat(150_000));
        Path form = temp.resolve("long-line.txt");
        Files.write(form, lines, StandardCharsets.UTF_8);

        Document document = Inputs.read(form, "long-line.txt");
        assertEquals(1, document.forms().size(), reasons(document));
        ParseProblem problem = document.problems().stream().filter(p -> p.reason().contains("--max-line-chars"))
                .findFirst().orElseThrow(() -> new AssertionError(reasons(document)));
        assertEquals(4, problem.location().line());
        assertTrue(problem.reason().startsWith("该行 300,000 个字符")
                && problem.reason().contains(" — line of 300,000 characters, longer than the limit of 100,000"), problem.reason());
        assertTrue(problem.reason().length() < 400, "quotes only the line's beginning");
    }

    @Test
    void aQuotedLineIsClipped() throws IOException {
        Path file = temp.resolve("prose.txt");
        Files.writeString(file, "无关的文字".repeat(10_000) + "\n", StandardCharsets.UTF_8);
        Document document = Inputs.read(file, "prose.txt");
        assertTrue(document.problems().stream().allMatch(p -> p.text() == null || p.text().length() < 600),
                "a problem quotes at most " + ProblemLog.QUOTED_CHARS + " characters of its line");
    }

    @Test
    void theWatchdogAbandonsADocumentThatTakesTooLongAndGoesOn() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        CountDownLatch interrupted = new CountDownLatch(1);
        Limits limits = Limits.DEFAULT.withDocTimeout(Duration.ofMillis(300));
        ReadWatchdog.Reader reader = (file, name) -> {
            if (name.equals("spins")) {
                // ignores interruption, as a reader stuck in a loop would
                while (!release.get()) {
                    Thread.onSpinWait();
                }
            } else if (name.equals("sleeps")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }
            return Inputs.read(file, name, limits);
        };
        try (ReadWatchdog watchdog = new ReadWatchdog(limits, reader)) {
            long start = System.nanoTime();
            Document spins = watchdog.read(CLEAN, "spins");
            Document sleeps = watchdog.read(CLEAN, "sleeps");
            Document fine = watchdog.read(CLEAN, "fine");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "two timeouts of 0.3 s, not a hang");
            for (Document abandoned : List.of(spins, sleeps)) {
                assertEquals(0, abandoned.forms().size());
                assertTrue(reasons(abandoned).contains("longer than the limit of 0.3 s (--doc-timeout-s)"), reasons(abandoned));
            }
            assertEquals(1, fine.forms().size(), "the next document is read as usual");
            assertTrue(interrupted.await(5, TimeUnit.SECONDS), "an abandoned reader is interrupted");
            assertTrue(Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("perfaudit-reader-") && t.isAlive())
                    .allMatch(Thread::isDaemon), "reader threads never keep the process alive");
        } finally {
            release.set(true);
        }
    }

    @Test
    void aReaderErrorBecomesTheDocumentsProblem() {
        try (ReadWatchdog watchdog = new ReadWatchdog(Limits.DEFAULT, (file, name) -> {
            throw new StackOverflowError();
        })) {
            Document document = watchdog.read(CLEAN, "deep.txt");
            assertTrue(reasons(document).contains("reader failed: java.lang.StackOverflowError"), reasons(document));
        }
    }
}
