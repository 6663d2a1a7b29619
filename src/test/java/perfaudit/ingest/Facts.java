package perfaudit.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import perfaudit.cli.audit.ParseJson;
import perfaudit.model.Document;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The {@code parse} JSON of a document without where things are (file, layout, line, sheet,
 * cell): what must be the same whatever the file type. Differences are listed by JSON path.
 */
final class Facts {

    static final Set<String> LOCATIONS = Set.of("file", "layout", "line", "sheet", "cell");

    private Facts() {
    }

    static JsonNode of(Document document) {
        JsonNode node = ParseJson.tree(List.of(document)).get("documents").get(0).deepCopy();
        remove(node);
        return node;
    }

    static JsonNode form(Document document, int index) {
        return of(document).get("forms").get(index);
    }

    private static void remove(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(LOCATIONS);
            object.forEach(Facts::remove);
        } else if (node instanceof ArrayNode array) {
            array.forEach(Facts::remove);
        }
    }

    /** Every field where the two differ, as {@code forms[3].indicators[2].name: expected <a> but was <b>}. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode other = actual.get(name);
                compare(path + "." + name, expected.get(name), other == null ? MissingNode.getInstance() : other, out);
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    out.add(path + "." + name + ": unexpected field");
                }
            });
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " elements but was " + actual.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            // Exactly as printed: 0.00 is not 0 (the scale is compared too).
            if (!expected.decimalValue().equals(actual.decimalValue())) {
                out.add(path + ": expected <" + expected.asText() + "> but was <" + actual.asText() + ">");
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }
}
