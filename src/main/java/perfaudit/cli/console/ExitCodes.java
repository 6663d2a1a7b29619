package perfaudit.cli.console;

/** Exit codes documented in README and --help. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int RULES_BROKEN = 3;
    /**
     * The run finished and wrote its reports, but at least one input gave no form (unreadable, over
     * a limit, a link not followed): the audit is incomplete. Wins over 0 and 1, whatever --fail-on.
     */
    public static final int UNREADABLE_INPUT = 4;

    private ExitCodes() {
    }
}
