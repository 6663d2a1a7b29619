package perfaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.cli.console.ExitCodes;
import perfaudit.cli.console.LogSetup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * perfaudit as separate processes, as cron starts them: a run killed (SIGKILL) while auditing or
 * while writing leaves no partial report and does not move {@code latest}, and the next run works
 * against the last complete one; two runs started together into one reports folder each get a
 * folder of their own with their own complete reports.
 */
class ProcessRunTest {

    private static final Path CLEAN = Path.of("fixtures/rules/clean-form.txt");
    private static final Set<String> REPORTS = Set.of("findings.json", "findings.xlsx", "findings.csv", "summary.md");

    @TempDir
    static Path shared;
    private static Path big;

    @TempDir
    Path temp;

    @BeforeAll
    static void generateALargeCorpus() {
        big = shared.resolve("big");
        // large enough that auditing and writing take seconds: time to kill the run in either
        assertEquals(0, Main.run("generate", "--forms", "3000", "--per-file", "50", "--out", big.toString()));
    }

    private static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        if (System.getProperty("perfaudit.cache") != null) {
            command.add("-Dperfaudit.cache=" + System.getProperty("perfaudit.cache")); // the tests' own rule cache
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "perfaudit.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static List<Path> runFolders(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(reports)) {
            return list.filter(p -> Files.isDirectory(p) && !Files.isSymbolicLink(p)).sorted().toList();
        }
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new TreeSet<>(list.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Polls until {@code condition} holds, for at most two minutes. */
    private static void await(Process process, Predicate<Void> condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.test(null)) {
            assertTrue(process.isAlive(), "the run ended before it could be killed");
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(2);
        }
    }

    private Path smallInput(String name) throws IOException {
        Path file = temp.resolve("small").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Files.readString(CLEAN).replace("100\t99.50", "100\t98.50"));
        return file;
    }

    /** Every report file present is whole: the JSON parses, the workbook opens. */
    private static void assertWhole(Path folder) throws IOException {
        for (String name : names(folder)) {
            Path file = folder.resolve(name);
            if (name.equals("findings.json")) {
                new ObjectMapper().readTree(file.toFile());
            } else if (name.equals("findings.xlsx")) {
                WorkbookFactory.create(file.toFile()).close();
            }
        }
    }

    private void killedRunLeavesNoPartialReport(Predicate<Path> killWhen) throws Exception {
        Path reports = temp.resolve("reports");
        Path form = smallInput("form.txt");
        assertEquals(ExitCodes.FINDINGS, Main.run("audit", form.toString(), "--out", reports.toString(), "-q"));
        Path first = reports.resolve("latest").toRealPath();

        Process killed = start(temp.resolve("killed.log"), "audit", big.toString(), "--rules", "rules",
                "--out", reports.toString(), "--format", "json,xlsx,csv,md", "--fail-on", "never");
        await(killed, ignored -> {
            try {
                List<Path> folders = runFolders(reports);
                return folders.size() == 2 && killWhen.test(folders.get(1));
            } catch (IOException e) {
                return false;
            }
        });
        killed.destroyForcibly();
        assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, killed.exitValue(), "killed by SIGKILL, not finished");

        Path killedFolder = runFolders(reports).get(1);
        Set<String> left = names(killedFolder);
        assertFalse(left.containsAll(REPORTS), "the killed run did not finish its reports: " + left);
        assertWhole(killedFolder);
        assertEquals(first, reports.resolve("latest").toRealPath(), "latest still names the last complete run");

        assertEquals(ExitCodes.FINDINGS, Main.run("audit", form.toString(), "--out", reports.toString(), "-q"));
        Path next = reports.resolve("latest").toRealPath();
        assertNotEquals(first, next);
        JsonNode json = new ObjectMapper().readTree(next.resolve("findings.json").toFile());
        String firstTime = new ObjectMapper().readTree(first.resolve("findings.json").toFile()).path("run").path("time").asText();
        assertEquals(firstTime, json.path("run").path("previousRun").asText(),
                "the next run compares with the last complete run, not the killed one: " + json.path("run"));
        assertTrue(json.path("counts").path("existing").asInt() > 0);
    }

    @Test
    void aRunKilledWhileAuditingLeavesNoReportAndTheNextRunWorks() throws Exception {
        killedRunLeavesNoPartialReport(folder -> Files.isRegularFile(folder.resolve(LogSetup.RUN_LOG)));
    }

    @Test
    void aRunKilledWhileWritingLeavesNoPartialReportAndTheNextRunWorks() throws Exception {
        killedRunLeavesNoPartialReport(folder -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void twoRunsAtOnceIntoOneReportsFolderKeepTheirOwnReports() throws Exception {
        Path reports = temp.resolve("reports");
        Path a = smallInput("a.txt");
        Process first = start(temp.resolve("a.log"), "audit", a.toString(), "--rules", "rules", "--out", reports.toString(),
                "--format", "json,xlsx,csv,md");
        Process second = start(temp.resolve("b.log"), "audit", "fixtures/seeds", "--rules", "rules", "--out", reports.toString(),
                "--format", "json,xlsx,csv,md");
        assertTrue(first.waitFor(3, TimeUnit.MINUTES) && second.waitFor(3, TimeUnit.MINUTES));
        assertEquals(ExitCodes.FINDINGS, first.exitValue(), Files.readString(temp.resolve("a.log")));
        assertEquals(ExitCodes.FINDINGS, second.exitValue(), Files.readString(temp.resolve("b.log")));

        List<Path> folders = runFolders(reports);
        assertEquals(2, folders.size(), folders.toString());
        Set<Set<String>> inputs = new java.util.HashSet<>();
        for (Path folder : folders) {
            Set<String> present = names(folder);
            assertTrue(present.containsAll(REPORTS), present.toString());
            assertTrue(present.stream().noneMatch(n -> n.startsWith(".")), "no temporary file left: " + present);
            assertWhole(folder);
            Set<String> files = new TreeSet<>();
            new ObjectMapper().readTree(folder.resolve("findings.json").toFile()).path("inputs")
                    .forEach(input -> files.add(Path.of(input.path("file").asText()).getFileName().toString()));
            inputs.add(files);
        }
        assertEquals(Set.of(Set.of("a.txt"), Set.of("000_3bdf511d6872ca99.txt", "002_45c397f42cae37ec.txt")), inputs,
                "each run reports its own inputs and only those");
        assertTrue(folders.contains(reports.resolve("latest").toRealPath()));
        assertEquals(Set.of("latest"), names(reports).stream().filter(n -> folders.stream()
                .noneMatch(f -> f.getFileName().toString().equals(n))).collect(java.util.stream.Collectors.toSet()),
                "nothing else in the reports folder");
    }
}
