package perfaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Audits as users meet them: {@code perfaudit audit} in a new process, started through the launcher
 * (so its JVM options and class-data archive count), rules already compiled and cached, the default
 * reports (json and xlsx), into an empty reports folder. Each run's wall time is taken from launch to
 * exit; where the time went comes from the run's own record, the {@value #MARKER} line that ends its
 * perfaudit.log (stage by stage, wall and CPU time).
 */
public final class ColdAudit {

    /** The line of perfaudit.log that holds the run's timings (written by the audit command). */
    static final String MARKER = perfaudit.audit.RunTimings.MARKER;
    private static final long TIMEOUT_MINUTES = 30;

    /**
     * One cold run: its wall time from launch to exit, when it was launched (epoch ms), its exit code
     * and the timings it recorded.
     */
    public record Run(long wallNanos, long launchEpochMs, int exitCode, JsonNode timings) {

        public double seconds() {
            return wallNanos / 1e9;
        }

        /** The process's CPU seconds until its last log line (the JVM's exit after it is not counted). */
        public double cpuSeconds() {
            return timings.path("processCpuMs").asLong() / 1e3;
        }

        /** From launch until the command started: the launcher script, the JVM's boot, argument parsing. */
        public long startupMillis() {
            return timings.path("mainEpochMs").asLong() - launchEpochMs;
        }

        /** From the run's last log line to the process's end: shutting down the JVM. */
        public long exitMillis() {
            return launchEpochMs + wallNanos / 1_000_000 - timings.path("endEpochMs").asLong();
        }
    }

    private final List<String> launcher;
    private final Path rules;

    private ColdAudit(List<String> launcher, Path rules) {
        this.launcher = launcher;
        this.rules = rules;
    }

    /** Cold runs through this installation's launcher, or empty when the bench was not started by it. */
    public static Optional<ColdAudit> forThisProgram(Path rules) {
        return StartupProbe.launcher().map(command -> new ColdAudit(command, rules));
    }

    /**
     * Makes sure the rule cache holds these rules and the launcher's class-data archive is recorded,
     * so that no measured run pays for either: a run after a rule edit or a build is not a cold run
     * users meet every day.
     */
    public void prepare(Path work) throws IOException, InterruptedException {
        Run run = run(List.of("rules", "check", "--rules", rules.toString()), null, work);
        if (run.exitCode() != 0) {
            throw new IOException("perfaudit rules check exited with " + run.exitCode() + " for " + rules);
        }
    }

    /** Audits {@code inputs} once, into a new reports folder under {@code work}. */
    public Run audit(Path inputs, Path work) throws IOException, InterruptedException {
        Path reports = Files.createTempDirectory(work, "reports-");
        try {
            Run run = run(List.of("audit", inputs.toString(), "--rules", rules.toString(), "--out", reports.toString(),
                    "--fail-on", "never", "-q"), reports, work);
            // 0, or 4 when some input gave no form (still a complete run, and the bench corpora should not have any)
            if (run.exitCode() != 0 && run.exitCode() != 4) {
                throw new IOException("perfaudit audit " + inputs + " exited with " + run.exitCode()
                        + " (see " + reports + ")");
            }
            return run;
        } finally {
            deleteTree(reports);
        }
    }

    private Run run(List<String> args, Path reports, Path work) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(args);
        Path output = Files.createTempFile(work, "cold-", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            long launchEpochMs = System.currentTimeMillis();
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            long wall = System.nanoTime() - start;
            if (process.exitValue() == 2 || process.exitValue() == 3) {
                throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ": "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
            JsonNode timings = reports == null ? new ObjectMapper().createObjectNode() : timings(reports);
            return new Run(wall, launchEpochMs, process.exitValue(), timings);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The timings line of the run's log, in the one run folder under {@code reports}. */
    static JsonNode timings(Path reports) throws IOException {
        try (Stream<Path> folders = Files.list(reports)) {
            for (Path folder : folders.filter(Files::isDirectory).filter(f -> !Files.isSymbolicLink(f)).toList()) {
                Path log = folder.resolve("perfaudit.log");
                if (!Files.isRegularFile(log)) {
                    continue;
                }
                try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                    Optional<String> line = lines.filter(l -> l.contains(MARKER)).reduce((first, second) -> second);
                    if (line.isPresent()) {
                        return new ObjectMapper().readTree(line.get().substring(line.get().indexOf(MARKER) + MARKER.length()));
                    }
                }
            }
        }
        throw new IOException("no '" + MARKER.strip() + "' line in a run log under " + reports);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
