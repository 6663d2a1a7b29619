package perfaudit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.cli.console.ExitCodes;
import perfaudit.cli.console.LogSetup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console and the run's log, as a scheduled run meets them: -q prints only errors, a quieter
 * console level never empties the run's log, which starts with the command line and the rule compile
 * and keeps the debug detail and the libraries' messages; those never reach the console. Messages
 * about unusable output places say why.
 */
class RunLogProcessTest {

    private static final Path BAD = PerfauditProcess.HOME.resolve("fixtures/bad");
    private static final Path SEED = PerfauditProcess.HOME.resolve("fixtures/seeds/000_3bdf511d6872ca99.txt");

    @TempDir
    Path temp;

    private String runLog(Path reports) throws Exception {
        return Files.readString(reports.resolve("latest").resolve(LogSetup.RUN_LOG));
    }

    @Test
    void quietPrintsOnlyErrorsAndTheRunLogKeepsEverything() throws Exception {
        // truncated.pdf makes PDFBox warn in its own words; it gives no form, so the run exits 4
        PerfauditProcess.Run run = PerfauditProcess.run(temp, "audit", SEED.toString(), BAD.resolve("truncated.pdf").toString(),
                "--out", "reports", "-q");
        assertEquals(ExitCodes.UNREADABLE_INPUT, run.exitCode(), run.output());
        assertEquals("", run.out(), "no summary");
        List<String> printed = run.err().lines().filter(line -> !line.isBlank()).toList();
        assertEquals(1, printed.size(), "only the error that the audit is incomplete: " + printed);
        assertTrue(printed.get(0).contains("审计不完整") && printed.get(0).contains("the audit is incomplete"), printed.get(0));

        String log = runLog(temp.resolve("reports"));
        String first = log.lines().findFirst().orElse("");
        assertTrue(first.contains("INFO") && first.contains("audit " + SEED + " " + BAD.resolve("truncated.pdf"))
                && first.contains("-q") && first.contains("working folder " + temp.toRealPath()), "the command line first: " + first);
        assertTrue(log.contains("rule ids") && log.contains("rules) from 7 files"), "the rule compile: " + log);
        assertTrue(log.contains(" DEBUG "), "debug detail whatever the console shows");
        assertTrue(log.contains("o.a.p.p.COSParser") || log.contains("org.apache.pdfbox"), "PDFBox's own words: " + log);
        assertTrue(log.contains("stderr: perfaudit:"), "what the user was told is in the log too");
        assertFalse(run.err().contains("COSParser") || run.err().contains("pdfbox"), "never on the console");
    }

    @Test
    void aQuieterConsoleLevelDoesNotEmptyTheRunLog() throws Exception {
        PerfauditProcess.Run run = PerfauditProcess.run(temp, List.of("-Dperfaudit.log.level=WARN"), "audit",
                SEED.toString(), "--out", "reports", "--fail-on", "never");
        assertEquals(ExitCodes.OK, run.exitCode(), run.output());
        assertFalse(run.err().contains(" INFO "), "the console at WARN: " + run.err());
        assertTrue(run.out().contains("3 forms"), "the summary still prints: " + run.out());
        String log = runLog(temp.resolve("reports"));
        assertTrue(log.contains(" INFO ") && log.contains(" DEBUG ") && log.contains("audited 1 files"), log);
    }

    @Test
    void anUnusableReportsFolderSaysWhy() throws Exception {
        Path file = Files.writeString(temp.resolve("reports.txt"), "not a folder");
        PerfauditProcess.Run run = PerfauditProcess.run(temp, "audit", SEED.toString(), "--out", file.getFileName().toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.output());
        assertTrue(run.err().contains("cannot create the reports folder reports.txt")
                && run.err().contains("a file of that name is in the way"), run.err());
        PerfauditProcess.Run below = PerfauditProcess.run(temp, "audit", SEED.toString(), "--out", "reports.txt/sub");
        assertEquals(ExitCodes.USAGE, below.exitCode(), below.output());
        assertTrue(below.err().contains("cannot create the reports folder reports.txt/sub: "), below.err());
    }
}
