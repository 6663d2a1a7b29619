package perfaudit.cli.audit;

import java.io.PrintStream;

/**
 * A progress line on stderr for runs over many files: rewritten in place on a terminal, one line
 * per tenth of the work otherwise (cron and CI logs stay short). Silent for small runs and --quiet.
 */
final class Progress {

    static final int MIN_FILES = 20;

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private final boolean terminal;
    private int lastTenth = -1;

    Progress(PrintStream err, int total, boolean quiet) {
        this.err = err;
        this.total = total;
        this.enabled = !quiet && total >= MIN_FILES;
        this.terminal = System.console() != null;
    }

    void step(int done, String file) {
        if (!enabled) {
            return;
        }
        if (terminal) {
            err.print("\rparsing " + done + "/" + total + " files");
            if (done == total) {
                err.println();
            }
            return;
        }
        int tenth = done * 10 / total;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err.println("parsed " + done + "/" + total + " files (" + file + ")");
        }
    }
}
