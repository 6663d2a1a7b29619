package perfaudit.cli.options;

import picocli.CommandLine.Option;

/** What a run prints and when it fails a scheduled job: the options `audit` and `spark audit` share. */
public final class RunConsoleOptions {

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above this severity: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (no summary, no progress); the run's log keeps everything.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show debug detail on stderr too (the run's log always has it).")
    boolean verbose;

    /** --fail-on as given: error, warning, info or never. */
    public String failOn() {
        return failOn;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean verbose() {
        return verbose;
    }
}
