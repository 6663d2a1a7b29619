package perfaudit.report.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What {@link History} needs of a previous run's findings.json, read by streaming it: the run's time,
 * its inputs (name, key, content hash) and the fingerprints of its findings with their multiplicity.
 * The findings themselves are streamed again when the fixed ones are listed.
 */
final class PreviousRun {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private String time;
    private String version;
    private String rulesHash;
    private boolean hasKeys = true;
    private final Set<String> keys = new HashSet<>();
    private final Map<String, String> keyByFile = new HashMap<>();
    private final Map<String, String> keyBySha256 = new HashMap<>();
    private final Set<String> sharedSha256 = new HashSet<>();
    private final Map<String, Integer> fingerprints = new HashMap<>();

    private PreviousRun(Path file) {
        this.file = file;
    }

    static PreviousRun read(Path file) throws IOException {
        PreviousRun run = new PreviousRun(file);
        run.scan(run::input, finding -> run.fingerprints.merge(finding.get("fingerprint"), 1, Integer::sum));
        run.sharedSha256.forEach(run.keyBySha256::remove);
        return run;
    }

    private void input(Map<String, String> input) {
        String key = input.get("key");
        if (key == null) {
            hasKeys = false;
            return;
        }
        keys.add(key);
        keyByFile.put(input.get("file"), key);
        String sha = input.get("sha256");
        if (sha != null && keyBySha256.putIfAbsent(sha, key) != null) {
            sharedSha256.add(sha); // two files of one content: content cannot say which one moved
        }
    }

    String time() {
        return time;
    }

    /** The perfaudit version that wrote the run, or null. */
    String version() {
        return version;
    }

    /** The hash of the rules folder the run was audited with, or null. */
    String rulesHash() {
        return rulesHash;
    }

    /** False for a findings.json of an older perfaudit, whose inputs carry no key. */
    boolean hasKeys() {
        return hasKeys;
    }

    Set<String> keys() {
        return keys;
    }

    Map<String, String> keyByFile() {
        return keyByFile;
    }

    /** Keys by content hash, for contents only one previous input had. */
    Map<String, String> keyBySha256() {
        return keyBySha256;
    }

    Map<String, Integer> fingerprints() {
        return fingerprints;
    }

    void scanFindings(Consumer<Map<String, String>> each) throws IOException {
        scan(input -> { }, each);
    }

    /** Streams the file, handing each input's and each finding's text fields to the consumers. */
    private void scan(Consumer<Map<String, String>> inputs, Consumer<Map<String, String>> findings) throws IOException {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a findings.json object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("run") && value == JsonToken.START_OBJECT) {
                    Map<String, String> run = flatObject(parser);
                    time = run.get("time");
                    version = run.get("version");
                    rulesHash = run.get("rulesHash");
                } else if (name.equals("inputs") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        inputs.accept(flatObject(parser));
                    }
                } else if (name.equals("findings") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        findings.accept(flatObject(parser));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** An object's scalar fields as text; nested values skipped. */
    static Map<String, String> flatObject(JsonParser parser) throws IOException {
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
