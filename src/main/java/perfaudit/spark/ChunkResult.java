package perfaudit.spark;

import perfaudit.audit.PartialAudit;
import perfaudit.engine.facts.FormSummary;
import perfaudit.finding.Finding;

import java.io.Serializable;
import java.util.List;

/**
 * What an executor gives for one chunk: the core's per-document result without its cross-form facts,
 * the findings of the cross-form rules that need only one document (LIST-MISMATCH: a project list and its
 * forms share a file), and the forms' summaries that go on to the shuffle by unit and year.
 */
public record ChunkResult(int index, PartialAudit part, List<Finding> documentCrossForm,
                          List<FormSummary> summaries) implements Serializable {

    public ChunkResult {
        documentCrossForm = List.copyOf(documentCrossForm);
        summaries = List.copyOf(summaries);
    }
}
