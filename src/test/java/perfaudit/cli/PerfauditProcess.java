package perfaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * perfaudit in a new JVM, as cron and people start it: in a working folder of the test's choosing, its
 * rules found beside the launcher ({@code perfaudit.home}), stdout and stderr kept apart.
 */
final class PerfauditProcess {

    static final Path HOME = Path.of("").toAbsolutePath();

    /** What a run printed and how it ended. */
    record Run(int exitCode, String out, String err) {
        String output() {
            return out + err;
        }
    }

    private PerfauditProcess() {
    }

    /**
     * Runs {@code args} in {@code folder}; {@code jvmOptions} go before them (-Dname=value). The quick
     * compiler alone, as the launcher runs short commands: these runs audit a few forms.
     */
    static Run run(Path folder, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dperfaudit.home=" + HOME, "-XX:TieredStopAtLevel=1"));
        if (System.getProperty("perfaudit.cache") != null) {
            command.add("-Dperfaudit.cache=" + System.getProperty("perfaudit.cache")); // the tests' own rule cache
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "perfaudit.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("perfaudit", ".out");
        Path err = Files.createTempFile("perfaudit", ".err");
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the run ended");
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Run run(Path folder, String... args) throws Exception {
        return run(folder, List.of(), args);
    }
}
