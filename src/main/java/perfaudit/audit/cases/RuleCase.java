package perfaudit.audit.cases;

import java.util.Set;

/**
 * One auditor-written test of the rules (a line of rules/tests/cases.csv): a form file, the rule ids
 * that must fire on it, those that must not, and whether every other id must stay quiet too ({@code *}).
 */
public record RuleCase(String file, Set<String> fires, Set<String> quiet, boolean othersQuiet, String why, int line) {

    public RuleCase {
        fires = Set.copyOf(fires);
        quiet = Set.copyOf(quiet);
    }
}
