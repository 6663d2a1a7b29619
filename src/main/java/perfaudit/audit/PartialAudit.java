package perfaudit.audit;

import perfaudit.finding.Finding;
import perfaudit.finding.Scorecard;
import perfaudit.report.InputSummary;

import java.io.Serializable;
import java.util.List;

/**
 * What a batch of inputs gives before the cross-form rules and the finding chain: how each input was
 * read, a scorecard per form, the light facts the cross-form rules need, and the findings as raised
 * (parse problems, per-form rules, rule failures; in report order). Everything but the parsed documents,
 * which a streaming run drops; serializable, so a worker of a distributed run can return it.
 */
public record PartialAudit(List<InputSummary> inputs, List<Scorecard> scorecards, List<Object> crossFormFacts,
                           List<Finding> findings, int forms) implements Serializable {

    public PartialAudit {
        inputs = List.copyOf(inputs);
        scorecards = List.copyOf(scorecards);
        crossFormFacts = List.copyOf(crossFormFacts);
        findings = List.copyOf(findings);
    }
}
