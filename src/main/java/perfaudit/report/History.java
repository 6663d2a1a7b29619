package perfaudit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.engine.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a run with the previous one in the same reports folder (its {@code latest/findings.json}):
 * each finding is NEW or EXISTING by fingerprint, and the previous findings no longer present are FIXED.
 */
public final class History {

    public static final String NEW = "NEW";
    public static final String EXISTING = "EXISTING";
    private static final Logger LOG = LoggerFactory.getLogger(History.class);

    /** A finding of the previous run that is gone now. */
    public record FixedFinding(String ruleId, String severity, String file, String form, String field, String message) {
    }

    private final String previousRun;
    private final Map<Finding, String> status;
    private final List<FixedFinding> fixed;

    private History(String previousRun, Map<Finding, String> status, List<FixedFinding> fixed) {
        this.previousRun = previousRun;
        this.status = status;
        this.fixed = List.copyOf(fixed);
    }

    public static History none(List<Finding> findings) {
        Map<Finding, String> status = new IdentityHashMap<>();
        findings.forEach(f -> status.put(f, NEW));
        return new History(null, status, List.of());
    }

    /** Reads the previous run's findings.json, if any, and compares. A missing or unreadable one counts as none. */
    public static History compare(Path reportsRoot, List<Finding> findings) {
        Path previous = reportsRoot.resolve("latest").resolve("findings.json");
        if (!Files.isRegularFile(previous)) {
            return none(findings);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(previous.toFile());
        } catch (IOException e) {
            LOG.warn("cannot read the previous run's {}: {}; every finding counts as NEW", previous, e.getMessage());
            return none(findings);
        }
        Map<String, List<JsonNode>> before = new HashMap<>();
        for (JsonNode node : root.path("findings")) {
            before.computeIfAbsent(node.path("fingerprint").asText(), k -> new ArrayList<>()).add(node);
        }
        Map<Finding, String> status = new IdentityHashMap<>();
        for (Finding finding : findings) {
            List<JsonNode> same = before.get(finding.fingerprint());
            if (same != null && !same.isEmpty()) {
                same.remove(0);
                status.put(finding, EXISTING);
            } else {
                status.put(finding, NEW);
            }
        }
        List<FixedFinding> fixed = new ArrayList<>();
        before.values().forEach(nodes -> nodes.forEach(node -> fixed.add(new FixedFinding(text(node, "ruleId"),
                text(node, "severity"), text(node, "file"), text(node, "form"), text(node, "field"), text(node, "message")))));
        fixed.sort(java.util.Comparator.comparing(FixedFinding::file, java.util.Comparator.nullsFirst(String::compareTo))
                .thenComparing(FixedFinding::ruleId).thenComparing(f -> f.field() == null ? "" : f.field()));
        return new History(root.path("run").path("time").asText(null), status, fixed);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** NEW or EXISTING. */
    public String statusOf(Finding finding) {
        return status.getOrDefault(finding, NEW);
    }

    public List<FixedFinding> fixed() {
        return fixed;
    }

    /** The previous run's time, or null when this is the first run in the folder. */
    public String previousRun() {
        return previousRun;
    }

    public long count(String wanted) {
        return status.values().stream().filter(wanted::equals).count();
    }
}
