package perfaudit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.finding.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Compares a run with the previous one in the same reports folder (its {@code latest/findings.json}):
 * each finding is NEW or EXISTING by fingerprint, and the previous findings no longer present are
 * FIXED. Only the previous fingerprints are held in memory; the previous file is streamed.
 */
public final class History {

    public static final String NEW = "NEW";
    public static final String EXISTING = "EXISTING";
    private static final Logger LOG = LoggerFactory.getLogger(History.class);
    private static final JsonFactory JSON = new JsonFactory();

    /** A finding of the previous run that is gone now. */
    public record FixedFinding(String ruleId, String severity, String file, String form, String field, String message) {
    }

    private final Path previous;
    private final String previousRun;
    /** Previous fingerprints not yet matched by a finding of this run, with their multiplicity. */
    private final Map<String, Integer> unmatched;
    private int newCount;
    private int existingCount;
    private List<FixedFinding> fixed;

    private History(Path previous, String previousRun, Map<String, Integer> unmatched) {
        this.previous = previous;
        this.previousRun = previousRun;
        this.unmatched = unmatched;
    }

    public static History none() {
        return new History(null, null, new HashMap<>());
    }

    /** The previous run in {@code reportsRoot}, if any. A missing or unreadable one counts as none. */
    public static History load(Path reportsRoot) {
        Path previous = reportsRoot.resolve("latest").resolve("findings.json");
        if (!Files.isRegularFile(previous)) {
            return none();
        }
        Map<String, Integer> fingerprints = new HashMap<>();
        String[] runTime = new String[1];
        try {
            scan(previous, finding -> fingerprints.merge(finding.get("fingerprint"), 1, Integer::sum), runTime);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the previous run's {}: {}; every finding counts as NEW", previous, e.getMessage());
            return none();
        }
        return new History(previous, runTime[0], fingerprints);
    }

    /** Marks a finding of this run NEW or EXISTING; call in report order, once per finding. */
    public synchronized Finding classify(Finding finding) {
        Integer left = unmatched.get(finding.fingerprint());
        if (left != null && left > 0) {
            unmatched.put(finding.fingerprint(), left - 1);
            existingCount++;
            return finding.withStatus(EXISTING);
        }
        newCount++;
        return finding.withStatus(NEW);
    }

    /** The previous findings no run finding matched; read once, after every finding was classified. */
    public synchronized List<FixedFinding> fixed() {
        if (fixed != null) {
            return fixed;
        }
        List<FixedFinding> gone = new ArrayList<>();
        if (previous != null) {
            Map<String, Integer> left = new HashMap<>(unmatched);
            try {
                scan(previous, finding -> {
                    Integer n = left.get(finding.get("fingerprint"));
                    if (n != null && n > 0) {
                        left.put(finding.get("fingerprint"), n - 1);
                        gone.add(new FixedFinding(finding.get("ruleId"), finding.get("severity"), finding.get("file"),
                                finding.get("form"), finding.get("field"), finding.get("message")));
                    }
                }, new String[1]);
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot re-read the previous run's {}: {}", previous, e.getMessage());
            }
        }
        fixed = List.copyOf(gone);
        return fixed;
    }

    /** The previous run's time, or null when this is the first run in the folder. */
    public String previousRun() {
        return previousRun;
    }

    public long count(String status) {
        return NEW.equals(status) ? newCount : EXISTING.equals(status) ? existingCount : 0;
    }

    /** Streams {@code findings[]} of a findings.json, handing each finding's text fields to {@code each}. */
    private static void scan(Path file, Consumer<Map<String, String>> each, String[] runTime) throws IOException {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a findings.json object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("run") && value == JsonToken.START_OBJECT) {
                    runTime[0] = runTime(parser);
                } else if (name.equals("findings") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        each.accept(flatObject(parser));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    private static String runTime(JsonParser parser) throws IOException {
        String time = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            if (field.equals("time") && token == JsonToken.VALUE_STRING) {
                time = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return time;
    }

    private static Map<String, String> flatObject(JsonParser parser) throws IOException {
        Map<String, String> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                fields.put(field, parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        return fields;
    }
}
