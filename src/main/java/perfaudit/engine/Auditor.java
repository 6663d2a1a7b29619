package perfaudit.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.facts.FactBuilder;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the rules. Per-form rules run in short sessions over a batch of documents (their facts join
 * on the form id, so documents never see each other); cross-form rules run once over the light
 * summary facts of every form. Parse problems become PARSE-PROBLEM findings. Severities set in the
 * decision table replace the rules' defaults. Thread-safe: batches may be audited in parallel.
 */
public final class Auditor {

    public static final String PARSE_PROBLEM = "PARSE-PROBLEM";
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
    private static final Logger LOG = LoggerFactory.getLogger(Auditor.class);

    private final RuleBase rules;

    public Auditor(RuleBase rules) {
        this.rules = rules;
    }

    /** Everything in one call, sorted: the per-form rules over all documents, then the cross-form rules. */
    public List<Finding> audit(List<Document> documents) {
        long start = System.nanoTime();
        List<Finding> findings = new ArrayList<>(auditForms(documents));
        List<Object> crossForm = new ArrayList<>();
        documents.forEach(d -> crossForm.addAll(FactBuilder.crossFormFacts(d)));
        findings.addAll(auditCrossForm(crossForm));
        findings.sort(ORDER);
        LOG.debug("evaluated rules on {} documents in {} ms: {} findings", documents.size(),
                (System.nanoTime() - start) / 1_000_000, findings.size());
        return findings;
    }

    /**
     * The per-form rules and parse problems of a batch of documents, in the batch's order. Sessions
     * hold about {@value #SESSION_FORMS} forms: measured, larger sessions got slower per form
     * (more live facts, more collection work), and one session per form pays its set-up each time.
     */
    public List<Finding> auditForms(List<Document> batch) {
        return auditForms(batch, null);
    }

    /**
     * As {@link #auditForms(List)}, and hands each form's {@link Scorecard} to {@code scorecards}, in
     * document order, made from the same facts the rules saw (building them is much of the rules' cost).
     * {@code scorecards} may be null when they are not wanted.
     */
    public List<Finding> auditForms(List<Document> batch, Consumer<Scorecard> scorecards) {
        List<Finding> findings = new ArrayList<>();
        List<DocumentFacts> session = new ArrayList<>();
        int forms = 0;
        for (Document document : batch) {
            DocumentFacts facts = DocumentFacts.of(document, scorecards);
            session.add(facts);
            forms += document.forms().size();
            if (forms >= SESSION_FORMS) {
                findings.addAll(auditSession(session));
                session = new ArrayList<>();
                forms = 0;
            }
        }
        if (!session.isEmpty()) {
            findings.addAll(auditSession(session));
        }
        findings.sort(ORDER);
        return findings;
    }

    /** One document's facts, built once, with the findings made while building them (parse problems). */
    private record DocumentFacts(Document document, List<Object> facts, List<Finding> findings) {

        static DocumentFacts of(Document document, Consumer<Scorecard> scorecards) {
            FindingSink sink = new FindingSink();
            parseProblems(document, sink);
            List<Object> facts = new ArrayList<>();
            try {
                for (int i = 0; i < document.forms().size(); i++) {
                    List<Object> formFacts = FactBuilder.formFacts(FactBuilder.formId(document, i), document.forms().get(i));
                    if (scorecards != null) {
                        scorecards.accept(Scorecard.of(document.forms().get(i), formFacts));
                    }
                    facts.addAll(formFacts);
                }
            } catch (RuntimeException e) {
                LOG.warn("{}: facts could not be built: {}", document.file(), e.toString());
                sink.add(RuleFailures.finding("(facts)", SourceLocation.ofFile(document.file()), null, e));
            }
            return new DocumentFacts(document, facts, sink.findings());
        }
    }

    /**
     * One session over some documents. When it fails (a rule whose constraint throws), each document
     * is audited alone, so only the document that makes the rule fail loses the rest of its rules;
     * it gets RULE-FAILED.
     */
    private List<Finding> auditSession(List<DocumentFacts> batch) {
        FindingSink sink = new FindingSink();
        List<Object> facts = new ArrayList<>();
        for (DocumentFacts document : batch) {
            document.findings().forEach(sink::add);
            facts.addAll(document.facts());
        }
        try {
            fire(facts, sink);
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                LOG.warn("a rule failed on a batch of {} documents; auditing them one by one: {}", batch.size(), e.toString());
                List<Finding> findings = new ArrayList<>();
                batch.forEach(document -> findings.addAll(auditSession(List.of(document))));
                return findings;
            }
            String file = batch.get(0).document().file();
            LOG.warn("{}: a rule failed, the rules after it did not run on this document: {}", file, e.toString());
            sink.add(RuleFailures.finding(failedRule(e), SourceLocation.ofFile(file), null, e));
        }
        return withSeverities(sink.findings());
    }

    /** The cross-form rules over every form's summary facts ({@link FactBuilder#crossFormFacts}). */
    public List<Finding> auditCrossForm(List<Object> summaries) {
        FindingSink sink = new FindingSink();
        try {
            fire(summaries, sink);
        } catch (RuntimeException e) {
            LOG.warn("a cross-form rule failed: {}", e.toString());
            sink.add(RuleFailures.finding(failedRule(e), SourceLocation.ofFile(CROSS_FORM), null, e));
        }
        List<Finding> findings = withSeverities(sink.findings());
        findings.sort(ORDER);
        return findings;
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

    private List<Finding> withSeverities(List<Finding> raw) {
        List<Finding> findings = new ArrayList<>(raw.size());
        for (Finding finding : raw) {
            Severity override = rules.settings().severity(finding.ruleId());
            findings.add(override == null ? finding : finding.withSeverity(override));
        }
        return findings;
    }

    private void fire(List<Object> facts, FindingSink sink) {
        int limit = Math.max(MIN_FIRING_LIMIT, facts.size() * FIRINGS_PER_FACT);
        KieSession session = newSession(sink);
        try {
            facts.forEach(session::insert);
            if (session.fireAllRules(limit) >= limit) {
                throw new IllegalStateException(loopReport(facts, limit));
            }
        } finally {
            session.dispose();
        }
    }

    private KieSession newSession(FindingSink sink) {
        KieSession session = rules.kieBase().newKieSession();
        session.setGlobal("findings", sink);
        if (rules.declares(Settings.GLOBAL)) {
            session.setGlobal(Settings.GLOBAL, rules.settings());
        }
        return session;
    }

    /**
     * Names the rule that fired most when a session hit its firing limit, by firing the same facts again
     * with a counter: only a looping session pays for counting.
     */
    private String loopReport(List<Object> facts, int limit) {
        KieSession session = newSession(new FindingSink());
        FiringCount firings = new FiringCount();
        try {
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

    static void parseProblems(Document document, FindingSink sink) {
        for (ParseProblem problem : document.problems()) {
            sink.add(new Finding(PARSE_PROBLEM, Severity.ERROR, document.file(), null, problem.location(), "输入",
                    "可读的表格内容", problem.text() == null ? "" : problem.text(), parseProblemMessage(problem.reason())));
        }
    }

    /** A reason given as "中文 — English" keeps its two halves on their sides of the message's own " — ". */
    static String parseProblemMessage(String reason) {
        int gist = reason.indexOf(" — ");
        return gist < 0 ? "无法按预期读取：" + reason + " — input could not be read as expected"
                : "无法按预期读取：" + reason.substring(0, gist) + " — input could not be read as expected: "
                + reason.substring(gist + 3);
    }

    /** Deterministic order: file, position in the file, rule id, field, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file() == null ? "" : f.file())
            .thenComparingInt(f -> f.location() == null ? 0 : f.location().line())
            .thenComparing(f -> f.location() == null || f.location().cell() == null ? "" : f.location().cell())
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.field() == null ? "" : f.field())
            .thenComparing(Finding::message);

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
