package perfaudit.engine.rules;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;
import perfaudit.engine.settings.Settings;
import perfaudit.finding.Finding;
import perfaudit.finding.Severity;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one rule session. It hears which rule is firing, so a consequence only says
 * what it found ({@code report($f, "执行率", expected, found)}): the rule's id, severity and message
 * template come from its metadata, the placeholders are filled from the fact, the rule's variables and
 * the thresholds in force. Sessions fire on the thread that opened the reporter, which is how
 * {@link Report#report} finds it.
 */
public final class RuleReporter extends DefaultAgendaEventListener implements AutoCloseable {

    private static final ThreadLocal<RuleReporter> CURRENT = new ThreadLocal<>();

    /** What a rule reports with, read once from its metadata. */
    public record Reporting(String id, Severity severity, MessageTemplate message) {
    }

    private final Map<String, Reporting> rules;
    private final Settings settings;
    private final List<Finding> findings = new ArrayList<>();
    /** The reporter this one stands in for while open (a session fired inside another's handling). */
    private final RuleReporter outer;
    private Match firing;

    private RuleReporter(Map<String, Reporting> rules, Settings settings, RuleReporter outer) {
        this.rules = rules;
        this.settings = settings;
        this.outer = outer;
    }

    /**
     * A reporter for a session about to fire on this thread; close it when the session is done.
     * {@code rules} holds each reporting rule by {@link #key(Rule)}.
     */
    public static RuleReporter open(Map<String, Reporting> rules, Settings settings) {
        RuleReporter reporter = new RuleReporter(rules, settings, CURRENT.get());
        CURRENT.set(reporter);
        return reporter;
    }

    /** The reporter of the session firing on this thread, or null. */
    public static RuleReporter current() {
        return CURRENT.get();
    }

    /** How a rule is looked up: its package and name (names are unique in a package). */
    public static String key(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
    }

    /** A finding of the rule whose consequence is running. */
    void report(Object fact, SourceLocation at, String field, Object expected, Object found) {
        if (firing == null) {
            throw new IllegalStateException("report(...) is for rule consequences only");
        }
        Reporting rule = rules.get(key(firing.getRule()));
        if (rule == null || rule.message() == null) {
            throw new IllegalStateException("rule \"" + firing.getRule().getName()
                    + "\" reports a finding but has no @id and @message");
        }
        SourceLocation location = at != null ? at : location(fact);
        String form = Properties.has(fact, "formName") ? (String) Properties.get(fact, "formName") : null;
        findings.add(new Finding(rule.id(), rule.severity(), location == null ? null : location.file(), form, location,
                text(field, fact), shown(expected, fact), shown(found, fact), rule.message().render(p -> value(p, fact))));
    }

    /** For the engine itself: a finding it raises during the session (a rule that failed). */
    public void add(Finding finding) {
        findings.add(finding);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    private static SourceLocation location(Object fact) {
        Object location = Properties.get(fact, "location");
        if (!(location instanceof SourceLocation place)) {
            throw new IllegalArgumentException(fact.getClass().getSimpleName() + " has no location to report at");
        }
        return place;
    }

    /** A value as a finding shows it: text given as a template is filled in, anything else written plainly. */
    private String shown(Object value, Object fact) {
        return value instanceof String template ? text(template, fact) : Values.show(value);
    }

    private String text(String template, Object fact) {
        return template == null ? null : MessageTemplate.of(template).render(p -> value(p, fact));
    }

    /** {@code {$var}} and {@code {$var.field}} from the rule's variables; {@code {name}} from the fact, else a threshold. */
    private Object value(MessageTemplate.Placeholder placeholder, Object fact) {
        if (placeholder.isVariable()) {
            if (!firing.getDeclarationIds().contains(placeholder.variable())) {
                throw new IllegalArgumentException("placeholder " + placeholder.text() + ": the rule binds no "
                        + placeholder.variable() + "; it binds " + firing.getDeclarationIds());
            }
            Object bound = firing.getDeclarationValue(placeholder.variable());
            return placeholder.name() == null ? bound : bound == null ? null : Properties.get(bound, placeholder.name());
        }
        if (Properties.has(fact, placeholder.name())) {
            return Properties.get(fact, placeholder.name());
        }
        Object threshold = settings.threshold(placeholder.name());
        if (threshold == null) {
            throw new IllegalArgumentException("placeholder " + placeholder.text() + " is neither a field of "
                    + fact.getClass().getSimpleName() + " nor a threshold");
        }
        return threshold;
    }
}
