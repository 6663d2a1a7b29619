package perfaudit.cli.options;

import picocli.CommandLine.Option;

/** The generated corpus a bench measures on: the options `bench` and `spark bench` share. */
public final class CorpusOptions {

    @Option(names = "--forms", defaultValue = "10000", description = "Forms in the corpus (default: ${DEFAULT-VALUE}).")
    int forms;

    @Option(names = "--per-file", defaultValue = "10", description = "Forms per file (default: ${DEFAULT-VALUE}).")
    int perFile;

    @Option(names = "--seed", defaultValue = "1", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    public int forms() {
        return forms;
    }

    public int perFile() {
        return perFile;
    }

    /** Both counts must be positive: a corpus of no forms, or files of none, measures nothing. */
    public boolean valid() {
        return forms >= 1 && perFile >= 1;
    }

    /** The same seed gives the same corpus, byte for byte: runs are compared on the same forms. */
    public long seed() {
        return seed;
    }
}
