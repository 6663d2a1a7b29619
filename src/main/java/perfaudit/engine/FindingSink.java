package perfaudit.engine;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import perfaudit.finding.Finding;
import perfaudit.finding.Severity;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * The only way rules report: the global {@code findings} in every rule file. The rule id and
 * default severity come from the rule's own metadata ({@code @id}, {@code @severity}), so a
 * consequence states only what it found.
 */
public final class FindingSink {

    private final List<Finding> findings = new ArrayList<>();

    /**
     * Reports a finding of the rule whose consequence is running. {@code drools} is the consequence's
     * own {@code drools} variable (a {@code org.drools.model.Drools} under the executable model).
     */
    public void report(Object drools, SourceLocation location, String form, String field,
                       Object expected, Object found, String message) {
        Rule rule = ruleOf(drools);
        String id = RuleMetadata.id(rule);
        Severity severity = RuleMetadata.severity(rule);
        String file = location == null ? null : location.file();
        findings.add(new Finding(id, severity, file, form, location, field, Values.show(expected),
                Values.show(found), message));
    }

    private static Rule ruleOf(Object drools) {
        if (drools instanceof RuleContext context) {
            return context.getRule();
        }
        if (drools instanceof org.drools.model.Drools model) {
            return model.getContext(RuleContext.class).getRule();
        }
        throw new IllegalArgumentException("pass the consequence's 'drools' variable, not " + drools);
    }

    /** For the engine itself: a rule that failed at run time on a form. */
    void add(Finding finding) {
        findings.add(finding);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
