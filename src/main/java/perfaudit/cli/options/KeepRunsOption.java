package perfaudit.cli.options;

import picocli.CommandLine.Option;

/** How many runs a reports folder keeps: the option `audit` and `spark audit` share, for scheduled runs. */
public final class KeepRunsOption {

    @Option(names = "--keep-runs", paramLabel = "N",
            description = "After the run, delete the reports folder's run folders older than its newest N complete runs"
                    + " (default: keep every run). The run just written and the one latest names always stay; a run not"
                    + " yet complete is deleted only when older than those kept.")
    Integer keepRuns;

    /** The number of complete runs to keep, or null to keep every run. */
    public Integer keepRuns() {
        return keepRuns;
    }

    /** Throws IllegalArgumentException when the option was given a number below 1. */
    public void check() {
        if (keepRuns != null && keepRuns < 1) {
            throw new IllegalArgumentException("--keep-runs must be 1 or more (the run just written always stays), not " + keepRuns);
        }
    }
}
