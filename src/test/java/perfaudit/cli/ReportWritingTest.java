package perfaudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.audit.ReportFiles;
import perfaudit.report.AuditReport;
import perfaudit.report.ReportWriter;
import perfaudit.report.ReportWriters;
import perfaudit.report.run.RunFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Report files are written side by side; one that fails leaves no file and does not stop the others. */
class ReportWritingTest {

    @TempDir
    Path temp;

    private static AuditReport emptyReport(ZonedDateTime now) {
        return AuditReport.of(now, "test", "rules", "0000", List.of(), List.of(), List.of(), List.of());
    }

    /** A writer that fails after writing part of its file. */
    private static ReportWriter failing() {
        return new ReportWriter() {
            public String format() { return "broken"; }
            public String fileName() { return "broken.txt"; }
            public void write(AuditReport report, OutputStream out) throws IOException {
                out.write("half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            }
        };
    }

    @Test
    void everyFormatIsWritten() throws Exception {
        ZonedDateTime now = ZonedDateTime.now();
        Path run = RunFolder.create(temp, now);
        ReportFiles.write(emptyReport(now), ReportWriters.forFormats(List.of("json", "xlsx", "csv", "md")), temp, run);
        for (String name : List.of("findings.json", "findings.xlsx", "findings.csv", "summary.md")) {
            assertTrue(Files.size(run.resolve(name)) > 0, name);
        }
        assertEquals(run.toRealPath(), temp.resolve("latest").toRealPath(), "latest points at the run");
    }

    @Test
    void aFailingWriterLeavesNoFileTheOthersFinishAndLatestStays() throws Exception {
        ZonedDateTime now = ZonedDateTime.now();
        Path run = RunFolder.create(temp, now);
        List<ReportWriter> writers = new ArrayList<>(ReportWriters.forFormats(List.of("json", "xlsx")));
        writers.add(1, failing());
        IOException failure = assertThrows(IOException.class, () -> ReportFiles.write(emptyReport(now), writers, temp, run));
        assertEquals("disk full", failure.getMessage());
        assertFalse(Files.exists(run.resolve("broken.txt")), "no partial file");
        assertTrue(Files.size(run.resolve("findings.json")) > 0, "the other reports are still written");
        assertTrue(Files.size(run.resolve("findings.xlsx")) > 0);
        assertFalse(Files.exists(temp.resolve("latest")), "a run whose reports failed does not become latest");
    }
}
