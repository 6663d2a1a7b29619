package perfaudit.audit.cases;

import java.util.Set;
import java.util.TreeSet;

/** What the rules did on one case: the ids that fired, and which expectation they broke. */
public record CaseResult(RuleCase ruleCase, Set<String> fired, Set<String> missing, Set<String> unexpected) {

    public CaseResult {
        fired = new TreeSet<>(fired);
        missing = new TreeSet<>(missing);
        unexpected = new TreeSet<>(unexpected);
    }

    static CaseResult of(RuleCase ruleCase, Set<String> fired) {
        Set<String> missing = new TreeSet<>(ruleCase.fires());
        missing.removeAll(fired);
        Set<String> unexpected = new TreeSet<>();
        for (String id : fired) {
            boolean quiet = ruleCase.quiet().contains(id) || (ruleCase.othersQuiet() && !ruleCase.fires().contains(id));
            if (quiet) {
                unexpected.add(id);
            }
        }
        return new CaseResult(ruleCase, fired, missing, unexpected);
    }

    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty();
    }

    /** One line for the auditor: what was asked, and on failure what fired instead. */
    public String describe() {
        if (passed()) {
            StringBuilder asked = new StringBuilder();
            if (!ruleCase.fires().isEmpty()) {
                asked.append("fires ").append(String.join(" ", new TreeSet<>(ruleCase.fires())));
            }
            if (!ruleCase.quiet().isEmpty() || ruleCase.othersQuiet()) {
                asked.append(asked.isEmpty() ? "" : "; ").append("quiet ")
                        .append(String.join(" ", new TreeSet<>(ruleCase.quiet())))
                        .append(ruleCase.othersQuiet() ? (ruleCase.quiet().isEmpty() ? "*" : " *") : "");
            }
            return asked.toString();
        }
        StringBuilder failed = new StringBuilder();
        if (!missing.isEmpty()) {
            failed.append(String.join(" ", missing)).append(" did not fire");
        }
        if (!unexpected.isEmpty()) {
            failed.append(failed.isEmpty() ? "" : "; ").append(String.join(" ", unexpected)).append(" fired but must not");
        }
        return failed + "; fired: " + (fired.isEmpty() ? "nothing" : String.join(" ", fired));
    }
}
