package perfaudit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Start-up as a user meets it: {@code perfaudit rules check} in a new process, timed from launch to
 * exit. Runs the {@code perfaudit} launcher when the program's home holds one (so its JVM options
 * count), else {@code java -jar} on this program's jar. Once with the compiled-rules cache (rules
 * unchanged since the last run) and once with it off (the first run after a rule edit).
 */
public final class StartupProbe {

    static final int RUNS = 3;
    private static final long TIMEOUT_SECONDS = 120;

    private final List<String> command;

    private StartupProbe(List<String> command) {
        this.command = command;
    }

    /** A probe for this installation, or empty when the program does not run from a jar (tests, IDE). */
    public static Optional<StartupProbe> forThisProgram() {
        Optional<List<String>> launcher = launcher();
        if (launcher.isPresent()) {
            return Optional.of(new StartupProbe(launcher.get()));
        }
        try {
            Path code = Path.of(StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                Path java = Path.of(System.getProperty("java.home"), "bin", "java");
                // the launcher's option for short commands (see the perfaudit script)
                return Optional.of(new StartupProbe(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-jar",
                        code.toString())));
            }
        } catch (Exception e) {
            // no jar to start: no probe
        }
        return Optional.empty();
    }

    /**
     * The {@code perfaudit} launcher of this installation ({@code -Dperfaudit.home}, which the launcher
     * sets), when there is one: it chooses the JVM's options, so a cold run is measured through it.
     */
    static Optional<List<String>> launcher() {
        String home = System.getProperty("perfaudit.home");
        if (home != null && Files.isExecutable(Path.of(home, "perfaudit"))) {
            return Optional.of(List.of(Path.of(home, "perfaudit").toString()));
        }
        return Optional.empty();
    }

    /** The median wall time of {@value #RUNS} runs of {@code rules check --rules RULES}, cache on or off. */
    public Stage measure(String name, Path rules, boolean cached) throws IOException, InterruptedException {
        if (cached) {
            run(rules, true); // makes sure the cache holds these rules
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            nanos[i] = run(rules, cached);
        }
        Arrays.sort(nanos);
        return new Stage(name, 0, 0, nanos[RUNS / 2], 0,
                "new process, median of " + RUNS + ": " + String.join(" ", command) + " rules check");
    }

    private long run(Path rules, boolean cached) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("rules", "check", "--rules", rules.toString()));
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (!cached) {
            builder.environment().merge("PERFAUDIT_JAVA_OPTS", "-Dperfaudit.cache=off", (old, add) -> old + " " + add);
        }
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("rules check did not finish in " + TIMEOUT_SECONDS + " s");
        }
        long nanos = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IOException("rules check exited with " + process.exitValue() + " for " + rules);
        }
        return nanos;
    }
}
