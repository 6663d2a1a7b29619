package perfaudit.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.facts.build.FactBuilder;
import perfaudit.engine.rules.RuleFailures;
import perfaudit.engine.rules.RuleReporter;
import perfaudit.finding.Finding;
import perfaudit.finding.Scorecard;
import perfaudit.model.Document;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fires the rules. Per-form rules run in short sessions over a batch of documents (their facts join
 * on the form id, so documents never see each other); cross-form rules run once over the light
 * summary facts of every form. Findings leave with the severity their rule states: the audit core's
 * finding chain applies the decision table's severities, suppressions and history to every finding
 * alike. Thread-safe: batches may be fired in parallel.
 */
public final class RuleEngine {

    static final int SESSION_FORMS = 200;
    /**
     * Firings a session may make per fact before it counts as looping. The project's rules fire well
     * under once per fact (a finding each); a rule that re-triggers itself would otherwise hang the run.
     */
    static final int FIRINGS_PER_FACT = 50;
    static final int MIN_FIRING_LIMIT = 10_000;
    /** The file a failure of the cross-form rules is filed under: it concerns no one input. */
    static final String CROSS_FORM = "(cross-form rules)";
    /** How Drools names the rule whose constraint failed: {@code [Rule "NAME" in rules/x.drl]}. */
    private static final Pattern RULE_NAME = Pattern.compile("[Rr]ule\\s+\"([^\"]+)\"");
    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

    private final RuleBase rules;

    public RuleEngine(RuleBase rules) {
        this.rules = rules;
    }

    /**
     * One document's facts, built once, with the scorecards made from them (building facts is much of
     * the rules' cost, so the scorecard reads the same ones) and a RULE-FAILED finding when they could
     * not be built.
     */
    public record DocumentFacts(String file, List<Object> facts, List<Scorecard> scorecards, List<Finding> findings,
                                int forms) {
    }

    public DocumentFacts facts(Document document) {
        List<Object> facts = new ArrayList<>();
        List<Scorecard> scorecards = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        try {
            for (int i = 0; i < document.forms().size(); i++) {
                List<Object> formFacts = FactBuilder.formFacts(FactBuilder.formId(document, i), document.forms().get(i),
                        rules.judgements());
                scorecards.add(Scorecards.of(document.forms().get(i), formFacts, rules.judgements()));
                facts.addAll(formFacts);
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: facts could not be built: {}", document.file(), e.toString());
            findings.add(RuleFailures.finding("(facts)", SourceLocation.ofFile(document.file()), null, e));
        }
        return new DocumentFacts(document.file(), facts, scorecards, findings, document.forms().size());
    }

    /** The cross-form facts of a document ({@link FactBuilder#crossFormFacts}): light, kept for the whole run. */
    public static List<Object> crossFormFacts(Document document) {
        return FactBuilder.crossFormFacts(document);
    }

    /**
     * The per-form rules over a batch of documents, in sessions of about {@value #SESSION_FORMS} forms:
     * measured, larger sessions got slower per form (more live facts, more collection work), and one
     * session per form pays its set-up each time. Includes each document's own findings (facts that
     * could not be built); unsorted.
     */
    public List<Finding> fireForms(List<DocumentFacts> batch) {
        List<Finding> findings = new ArrayList<>();
        List<DocumentFacts> session = new ArrayList<>();
        int forms = 0;
        for (DocumentFacts document : batch) {
            session.add(document);
            forms += document.forms();
            if (forms >= SESSION_FORMS) {
                findings.addAll(fireSession(session));
                session = new ArrayList<>();
                forms = 0;
            }
        }
        if (!session.isEmpty()) {
            findings.addAll(fireSession(session));
        }
        return findings;
    }

    /**
     * One session over some documents. When it fails (a rule whose constraint throws), each document
     * is fired alone, so only the document that makes the rule fail loses the rest of its rules;
     * it gets RULE-FAILED.
     */
    private List<Finding> fireSession(List<DocumentFacts> batch) {
        List<Object> facts = new ArrayList<>();
        for (DocumentFacts document : batch) {
            facts.addAll(document.facts());
        }
        try (RuleReporter reporter = RuleReporter.open(rules.reporting(), rules.settings())) {
            batch.forEach(document -> document.findings().forEach(reporter::add));
            try {
                fire(facts, reporter);
            } catch (RuntimeException e) {
                if (batch.size() > 1) {
                    LOG.warn("a rule failed on a batch of {} documents; firing them one by one: {}", batch.size(),
                            e.toString());
                    List<Finding> oneByOne = new ArrayList<>();
                    batch.forEach(document -> oneByOne.addAll(fireSession(List.of(document))));
                    return oneByOne;
                }
                String file = batch.get(0).file();
                LOG.warn("{}: a rule failed, the rules after it did not run on this document: {}", file, e.toString());
                reporter.add(RuleFailures.finding(failedRule(e), SourceLocation.ofFile(file), null, e));
            }
            return reporter.findings();
        }
    }

    /** The cross-form rules over every form's summary facts ({@link FactBuilder#crossFormFacts}); unsorted. */
    public List<Finding> fireCrossForm(List<Object> summaries) {
        try (RuleReporter reporter = RuleReporter.open(rules.reporting(), rules.settings())) {
            try {
                fire(summaries, reporter);
            } catch (RuntimeException e) {
                LOG.warn("a cross-form rule failed: {}", e.toString());
                reporter.add(RuleFailures.finding(failedRule(e), SourceLocation.ofFile(CROSS_FORM), null, e));
            }
            return reporter.findings();
        }
    }

    /** The id of the rule a constraint failure names, else a placeholder. */
    private String failedRule(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher named = RULE_NAME.matcher(String.valueOf(t.getMessage()));
            if (named.find()) {
                String name = named.group(1);
                return rules.catalog().stream().filter(rule -> rule.ruleName().equals(name))
                        .map(RuleBase.RuleInfo::id).findFirst().orElse(name);
            }
        }
        return "(unknown rule)";
    }

    private void fire(List<Object> facts, RuleReporter reporter) {
        int limit = Math.max(MIN_FIRING_LIMIT, facts.size() * FIRINGS_PER_FACT);
        KieSession session = newSession();
        try {
            session.addEventListener(reporter);
            facts.forEach(session::insert);
            if (session.fireAllRules(limit) >= limit) {
                throw new IllegalStateException(loopReport(facts, limit));
            }
        } finally {
            session.dispose();
        }
    }

    /** A session: rules read thresholds as constants compiled in, so a session needs no setting up. */
    private KieSession newSession() {
        return rules.kieBase().newKieSession();
    }

    /**
     * Names the rule that fired most when a session hit its firing limit, by firing the same facts again
     * with a counter: only a looping session pays for counting.
     */
    private String loopReport(List<Object> facts, int limit) {
        KieSession session = newSession();
        FiringCount firings = new FiringCount();
        try (RuleReporter scratch = RuleReporter.open(rules.reporting(), rules.settings())) {
            session.addEventListener(scratch);
            session.addEventListener(firings);
            facts.forEach(session::insert);
            session.fireAllRules(limit);
        } catch (RuntimeException e) {
            LOG.debug("counting the firings of a looping session failed: {}", e.toString());
        } finally {
            session.dispose();
        }
        String busiest = firings.busiest();
        return "Rule \"" + busiest + "\" fired " + firings.of(busiest) + " times on " + facts.size()
                + " facts without settling; a consequence that updates or inserts facts probably matches its own"
                + " rule again (rules fired " + limit + " times in all)";
    }

    /** How often each rule fired in a session, to name the one that loops. */
    private static final class FiringCount extends DefaultAgendaEventListener {

        private final Map<String, Integer> byRule = new HashMap<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            byRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
        }

        String busiest() {
            return byRule.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("(none)");
        }

        int of(String rule) {
            return byRule.getOrDefault(rule, 0);
        }
    }
}
