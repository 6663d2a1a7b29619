package perfaudit.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;
import perfaudit.finding.Severity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the decision tables set: thresholds by key and a severity per rule id. Read once per rule
 * base by firing the tables' rules (ruleflow group {@value #RULEFLOW_GROUP}, which Drools treats as
 * an agenda group) in a session of their own, then handed to every audit session as the global {@value #GLOBAL}. Rules read a threshold with
 * {@code settings.value("tolerance")}: a constant to Drools, so the check stays a filter on one fact
 * instead of a join with a threshold fact — measured, the joins were a third of the evaluation time.
 */
public final class Settings {

    public static final String GLOBAL = "settings";
    public static final String RULEFLOW_GROUP = "settings";

    private final Map<String, BigDecimal> thresholds;
    private final Map<String, Severity> severities;

    Settings(Map<String, BigDecimal> thresholds, Map<String, Severity> severities) {
        // interned keys: the literal in a rule is the same instance, so each lookup's equals is a == test
        Map<String, BigDecimal> interned = new HashMap<>();
        thresholds.forEach((key, value) -> interned.put(key.intern(), value));
        this.thresholds = interned;
        this.severities = Map.copyOf(severities);
    }

    /** The threshold set under {@code key}; a key no table sets is a rule bug, reported loudly. */
    public BigDecimal value(String key) {
        BigDecimal value = thresholds.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no threshold '" + key + "' in the settings table; it sets "
                    + new TreeMap<>(thresholds).keySet());
        }
        return value;
    }

    /** The severity the table sets for a rule id, or null to keep the rule's own. */
    public Severity severity(String ruleId) {
        return severities.get(ruleId);
    }

    public Map<String, BigDecimal> thresholds() {
        return new TreeMap<>(thresholds);
    }

    /** Fires the settings rules alone (no facts) and collects the Threshold and SeverityOverride facts they insert. */
    static Settings read(KieBase kieBase, boolean declaresFindings, boolean declaresSettings) {
        KieSession session = kieBase.newKieSession();
        try {
            if (declaresFindings) {
                session.setGlobal("findings", new FindingSink());
            }
            if (declaresSettings) {
                // a rule that fires on no facts and reads a threshold gets a clear error, not a null
                session.setGlobal(GLOBAL, new Settings(Map.of(), Map.of()));
            }
            AgendaGroup group = session.getAgenda().getAgendaGroup(RULEFLOW_GROUP);
            if (group != null) { // rules without a settings table have none
                group.setFocus();
            }
            session.fireAllRules();
            Map<String, BigDecimal> thresholds = new TreeMap<>();
            Map<String, Severity> severities = new TreeMap<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof Threshold threshold) {
                    thresholds.put(threshold.getKey(), threshold.getValue());
                } else if (fact instanceof SeverityOverride override) {
                    severities.put(override.getRuleId(),
                            Severity.valueOf(override.getSeverity().toUpperCase(Locale.ROOT)));
                }
            }
            return new Settings(thresholds, severities);
        } finally {
            session.dispose();
        }
    }
}
