package perfaudit.cli;

/** Exit codes documented in README and --help. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int RULES_BROKEN = 3;

    private ExitCodes() {
    }
}
