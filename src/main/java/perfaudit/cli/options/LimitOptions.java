package perfaudit.cli.options;

import perfaudit.ingest.Limits;
import picocli.CommandLine.Option;

import java.time.Duration;

/** The input limits on the command line of {@code audit} and {@code parse}; defaults from {@link Limits#DEFAULT}. */
public final class LimitOptions {

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "100",
            description = "Do not read files larger than this; each is reported (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = "--max-lines", paramLabel = "N", defaultValue = "2000000",
            description = "Do not read a text with more lines (default: ${DEFAULT-VALUE}).")
    int maxLines;

    @Option(names = "--max-line-chars", paramLabel = "N", defaultValue = "100000",
            description = "Report and skip lines longer than this (default: ${DEFAULT-VALUE}).")
    int maxLineChars;

    @Option(names = "--doc-timeout-s", paramLabel = "S", defaultValue = "60",
            description = "Abandon reading one document after this many seconds (default: ${DEFAULT-VALUE}).")
    long docTimeoutSeconds;

    @Option(names = "--zip-min-inflate-ratio", paramLabel = "R", defaultValue = "0.01",
            description = "Zip bomb guard for xlsx/docx and the decision table: reject entries that inflate to more "
                    + "than 1/R times their compressed size (default: ${DEFAULT-VALUE}).")
    double zipMinInflateRatio;

    @Option(names = "--zip-max-entry-mb", paramLabel = "MB", defaultValue = "256",
            description = "Reject zip entries that inflate beyond this (default: ${DEFAULT-VALUE}).")
    long zipMaxEntryMb;

    /** The limits asked for, switched on for POI too; a value out of range is bad usage. */
    public Limits apply() {
        Limits limits;
        try {
            limits = new Limits(Math.multiplyExact(maxFileMb, Limits.MB), maxLines, maxLineChars,
                    Duration.ofSeconds(docTimeoutSeconds), zipMinInflateRatio, Math.multiplyExact(zipMaxEntryMb, Limits.MB));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a limit is too large");
        }
        limits.applyToPoi();
        return limits;
    }
}
