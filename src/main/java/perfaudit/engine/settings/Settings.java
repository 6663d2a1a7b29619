package perfaudit.engine.settings;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;
import org.kie.internal.definition.rule.InternalRule;
import perfaudit.finding.Severity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the decision tables set: thresholds by key, a severity per rule id, and word lists for the
 * judgements made while facts are built. Read once per rule base by firing the tables' rules alone
 * (ruleflow group {@value #RULEFLOW_GROUP}, which Drools treats as an agenda group) in a session of their
 * own. Rules read a threshold by its name ({@code effectiveRate < lowExecutionRate}): each is a global of
 * every audit session, a constant to Drools, so a check stays a filter on one fact instead of a join with
 * a threshold fact (measured: those joins were a third of the evaluation time).
 */
public final class Settings {

    public static final String RULEFLOW_GROUP = "settings";

    private final Map<String, BigDecimal> thresholds;
    private final Map<String, Severity> severities;
    private final Map<String, List<String>> words;

    Settings(Map<String, BigDecimal> thresholds, Map<String, Severity> severities, Map<String, List<String>> words) {
        this.thresholds = Map.copyOf(thresholds);
        this.severities = Map.copyOf(severities);
        this.words = Map.copyOf(words);
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

    /** The threshold set under {@code key}, or null. */
    public BigDecimal threshold(String key) {
        return thresholds.get(key);
    }

    /** The severity the table sets for a rule id, or null to keep the rule's own. */
    public Severity severity(String ruleId) {
        return severities.get(ruleId);
    }

    /** Every threshold, by key. */
    public Map<String, BigDecimal> thresholds() {
        return new TreeMap<>(thresholds);
    }

    /** The words set under {@code key}; empty when the table sets none. */
    public List<String> words(String key) {
        return words.getOrDefault(key, List.of());
    }

    /** Splits a word cell: words separated by 、 or commas (half- or full-width), blanks dropped. */
    public static List<String> splitWords(String cell) {
        return Arrays.stream(cell.split("[、,，]")).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }

    /** Fires the settings rules alone (no facts) and collects the facts they insert. */
    public static Settings read(KieBase kieBase) {
        KieSession session = kieBase.newKieSession();
        try {
            AgendaGroup group = session.getAgenda().getAgendaGroup(RULEFLOW_GROUP);
            if (group != null) { // rules without a settings table have none
                group.setFocus();
            }
            // only the tables' rules: another rule that needs no fact must not run outside an audit session
            session.fireAllRules(match -> match.getRule() instanceof InternalRule rule
                    && (RULEFLOW_GROUP.equals(rule.getRuleFlowGroup()) || RULEFLOW_GROUP.equals(rule.getAgendaGroup())));
            Map<String, BigDecimal> thresholds = new TreeMap<>();
            Map<String, Severity> severities = new TreeMap<>();
            Map<String, List<String>> words = new TreeMap<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof Threshold threshold) {
                    thresholds.put(threshold.getKey(), threshold.getValue());
                } else if (fact instanceof SeverityOverride override) {
                    severities.put(override.getRuleId(),
                            Severity.valueOf(override.getSeverity().toUpperCase(Locale.ROOT)));
                } else if (fact instanceof WordList list) {
                    words.put(list.getKey(), splitWords(list.getWords()));
                }
            }
            return new Settings(thresholds, severities, words);
        } finally {
            session.dispose();
        }
    }
}
