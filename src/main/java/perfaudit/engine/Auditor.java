package perfaudit.engine;

import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.facts.FactBuilder;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the rules: one short session per document for the per-form rules, then one session over the
 * light summary facts of every form for the cross-form rules. Parse problems become PARSE-PROBLEM
 * findings. Severities set in the decision table replace the rules' defaults.
 */
public final class Auditor {

    public static final String PARSE_PROBLEM = "PARSE-PROBLEM";
    private static final Logger LOG = LoggerFactory.getLogger(Auditor.class);

    private final RuleBase rules;

    public Auditor(RuleBase rules) {
        this.rules = rules;
    }

    public List<Finding> audit(List<Document> documents) {
        long start = System.nanoTime();
        FindingSink sink = new FindingSink();
        Map<String, Severity> severities = new HashMap<>();
        for (Document document : documents) {
            parseProblems(document, sink);
            severities.putAll(fire(FactBuilder.formFacts(document), sink));
        }
        List<Object> crossForm = new ArrayList<>();
        documents.forEach(d -> crossForm.addAll(FactBuilder.crossFormFacts(d)));
        severities.putAll(fire(crossForm, sink));
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : sink.findings()) {
            Severity override = severities.get(finding.ruleId());
            findings.add(override == null ? finding : finding.withSeverity(override));
        }
        findings.sort(ORDER);
        LOG.info("evaluated rules on {} documents in {} ms: {} findings", documents.size(),
                (System.nanoTime() - start) / 1_000_000, findings.size());
        return findings;
    }

    /** Fires the rules over one set of facts; returns the severity overrides the decision table inserted. */
    private Map<String, Severity> fire(List<Object> facts, FindingSink sink) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("findings", sink);
            facts.forEach(session::insert);
            session.fireAllRules();
            Map<String, Severity> severities = new HashMap<>();
            for (Object fact : session.getObjects(o -> o instanceof SeverityOverride)) {
                SeverityOverride override = (SeverityOverride) fact;
                severities.put(override.getRuleId(), Severity.valueOf(override.getSeverity().toUpperCase(Locale.ROOT)));
            }
            return severities;
        } finally {
            session.dispose();
        }
    }

    private static void parseProblems(Document document, FindingSink sink) {
        for (ParseProblem problem : document.problems()) {
            sink.add(new Finding(PARSE_PROBLEM, Severity.ERROR, document.file(), null, problem.location(), "输入",
                    "可读的表格内容", problem.text() == null ? "" : problem.text(),
                    "无法按预期读取：" + problem.reason() + " — input could not be read as expected"));
        }
    }

    /** Deterministic order: file, position in the file, rule id, field, message. */
    static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file() == null ? "" : f.file())
            .thenComparingInt(f -> f.location() == null ? 0 : f.location().line())
            .thenComparing(f -> f.location() == null || f.location().cell() == null ? "" : f.location().cell())
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.field() == null ? "" : f.field())
            .thenComparing(Finding::message);
}
