package perfaudit.audit;

import perfaudit.engine.RuleEngine;
import perfaudit.finding.Finding;
import perfaudit.finding.Scorecard;
import perfaudit.report.InputSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-document stage of a run: parse problems become findings, each form becomes facts and a
 * scorecard, the per-form rules fire, and the cross-form facts are kept for later. Thread-safe: a run
 * audits its chunks of files on several workers, a distributed run its partitions on several machines.
 */
public final class DocumentAudit {

    private final RuleEngine engine;

    public DocumentAudit(RuleSet rules) {
        this.engine = new RuleEngine(rules.base());
    }

    public PartialAudit audit(List<InputReader.ReadInput> inputs) {
        List<InputSummary> summaries = new ArrayList<>(inputs.size());
        List<RuleEngine.DocumentFacts> facts = new ArrayList<>(inputs.size());
        List<Scorecard> scorecards = new ArrayList<>();
        List<Object> crossForm = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int forms = 0;
        for (InputReader.ReadInput input : inputs) {
            summaries.add(input.summary());
            findings.addAll(ParseProblems.of(input.document()));
            RuleEngine.DocumentFacts documentFacts = engine.facts(input.document());
            facts.add(documentFacts);
            scorecards.addAll(documentFacts.scorecards());
            forms += documentFacts.forms();
        }
        findings.addAll(engine.fireForms(facts));
        findings.sort(Finding.ORDER);
        for (InputReader.ReadInput input : inputs) {
            crossForm.addAll(RuleEngine.crossFormFacts(input.document()));
        }
        return new PartialAudit(summaries, scorecards, crossForm, findings, forms);
    }
}
