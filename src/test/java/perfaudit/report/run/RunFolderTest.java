package perfaudit.report.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which earlier run a new run compares with: the complete one latest names, else the newest complete one. */
class RunFolderTest {

    @TempDir
    Path reports;

    /** A run folder whose findings.json lists {@code listed} reports, of which {@code present} exist. */
    private Path run(String name, int present, String... listed) throws IOException {
        Path folder = Files.createDirectories(reports.resolve(name));
        Files.writeString(folder.resolve("findings.json"), "{\"run\": {\"time\": \"" + name + "\", \"reports\": [\"findings.json\""
                + (listed.length == 0 ? "" : ", \"" + String.join("\", \"", listed) + "\"") + "]}, \"findings\": []}");
        for (int i = 0; i < present; i++) {
            Files.writeString(folder.resolve(listed[i]), "x");
        }
        return folder;
    }

    @Test
    void aRunMissingAReportItListsIsIncomplete() throws IOException {
        assertTrue(RunFolder.isComplete(run("20240101-000000", 1, "findings.xlsx")));
        assertFalse(RunFolder.isComplete(run("20240102-000000", 1, "findings.xlsx", "summary.md")));
        Path noRecord = Files.createDirectories(reports.resolve("20240103-000000"));
        Files.writeString(noRecord.resolve("findings.xlsx"), "x");
        assertFalse(RunFolder.isComplete(noRecord), "no findings.json: killed or failed before its record");
        Path older = Files.createDirectories(reports.resolve("20240104-000000"));
        Files.writeString(older.resolve("findings.json"), "{\"run\": {\"time\": \"t\"}, \"findings\": []}");
        assertTrue(RunFolder.isComplete(older), "a record of an older perfaudit lists no reports");
    }

    @Test
    void latestIsTakenWhenComplete() throws IOException {
        Path first = run("20240101-000000", 1, "findings.xlsx");
        run("20240102-000000", 1, "findings.xlsx");
        RunFolder.markLatest(reports, first);
        assertEquals(first, RunFolder.previous(reports), "the run latest names, though another finished after it");
    }

    @Test
    void aDanglingOrIncompleteLatestFallsBackToTheNewestCompleteRun() throws IOException {
        assertNull(RunFolder.previous(reports), "no run yet");
        Path complete = run("20240101-000000-9", 1, "findings.xlsx");
        Path newest = run("20240101-000000-10", 1, "findings.xlsx");
        Path killed = run("20240102-000000", 0, "findings.xlsx");
        RunFolder.markLatest(reports, killed);
        assertEquals(newest, RunFolder.previous(reports), "-10 is newer than -9; the killed run is skipped");
        Files.delete(newest.resolve("findings.xlsx"));
        Files.delete(newest.resolve("findings.json"));
        Files.delete(newest);
        RunFolder.markLatest(reports, newest);
        assertEquals(complete, RunFolder.previous(reports), "latest dangles");
    }

    @Test
    void keepingTwoRunsDeletesTheOlderCompleteRunsAndTheKilledOnesBeforeThem() throws IOException {
        Path oldest = run("20240101-000000", 1, "findings.xlsx");
        Path killedEarly = run("20240101-120000", 0, "findings.xlsx");
        Path older = run("20240102-000000", 1, "findings.xlsx");
        Path kept = run("20240103-000000", 1, "findings.xlsx");
        Path inProgress = run("20240104-000000", 0, "findings.xlsx");
        Path current = run("20240105-000000", 1, "findings.xlsx");
        RunFolder.markLatest(reports, current);
        Files.writeString(reports.resolve("notes.txt"), "an auditor's own file");

        assertEquals(java.util.List.of("20240102-000000", "20240101-120000", "20240101-000000"),
                RunFolder.prune(reports, 2, current));
        assertTrue(Files.isDirectory(current) && Files.isDirectory(kept), "the newest two complete runs stay");
        assertTrue(Files.isDirectory(inProgress), "an incomplete run newer than those kept may still be being written");
        assertFalse(Files.exists(older) || Files.exists(oldest) || Files.exists(killedEarly));
        assertTrue(Files.isRegularFile(reports.resolve("notes.txt")), "only run folders are deleted");
        assertEquals(current, RunFolder.previous(reports));
        assertEquals(java.util.List.of(), RunFolder.prune(reports, 2, current), "nothing more to delete");
    }

    @Test
    void theRunLatestNamesIsNeverDeleted() throws IOException {
        Path named = run("20240101-000000", 1, "findings.xlsx");
        run("20240102-000000", 1, "findings.xlsx");
        Path current = run("20240103-000000", 1, "findings.xlsx");
        RunFolder.markLatest(reports, named); // the current run has not been marked yet (its writing failed)
        assertEquals(java.util.List.of("20240102-000000"), RunFolder.prune(reports, 1, current));
        assertTrue(Files.isDirectory(named));
    }
}
