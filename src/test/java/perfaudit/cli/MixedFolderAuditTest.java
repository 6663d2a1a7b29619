package perfaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.audit.DisplayNames;
import perfaudit.cli.console.ExitCodes;
import perfaudit.ingest.Inputs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code perfaudit audit fixtures} over the mixed folder — text seeds, their xlsx, docx, PDF and
 * HTML renditions, the variations and the bad files — audits every file, and a form's findings are the
 * same whatever file type it came in. Cross-form findings are compared apart: DUPLICATE-PROJECT
 * rightly flags every copy of a form after the first in the run, so it differs by file order.
 */
class MixedFolderAuditTest {

    private static final Set<String> CROSS_FORM = Set.of("DUPLICATE-PROJECT", "LIST-MISMATCH");
    private static final List<String> SEEDS = List.of("fixtures/seeds/002_45c397f42cae37ec.txt",
            "fixtures/seeds/000_3bdf511d6872ca99.txt");

    /**
     * Sample forms of every template family (issue 12), some of which the grammar does not read yet;
     * what each must give is in fixtures/families/expected.json, not here.
     */
    private static final String FAMILIES = "fixtures/families/";

    @TempDir
    static Path temp;

    private static AuditCommandTest.Run run;
    private static JsonNode report;

    @BeforeAll
    static void audit() throws IOException {
        run = AuditCommandTest.run("audit", "fixtures", "--out", temp.resolve("reports").toString(), "--format", "json");
        report = new ObjectMapper().readTree(temp.resolve("reports/latest/findings.json").toFile());
    }

    @Test
    void everyFileIsAuditedAndTheRunFailsOnItsErrors() throws IOException {
        // fixtures/ holds the bad-input corpus too: the audit is incomplete, and 4 wins over 1
        assertEquals(ExitCodes.UNREADABLE_INPUT, run.exitCode(), run.err());
        List<String> collected = Inputs.collect(List.of(Path.of("fixtures"))).stream().map(DisplayNames::of).toList();
        List<String> audited = new ArrayList<>();
        report.get("inputs").forEach(input -> audited.add(input.get("file").asText()));
        assertEquals(collected, audited);
        assertTrue(collected.size() >= 20, collected.toString());
    }

    @Test
    void eachBadFileIsOneParseProblemNamingItAndTheOthersAreRead() {
        Map<String, String> statuses = new HashMap<>();
        report.get("inputs").forEach(input -> statuses.put(input.get("file").asText(), input.get("status").asText()));
        for (String bad : List.of("password.xlsx", "truncated.docx", "scanned.pdf", "empty.xlsx")) {
            String file = "fixtures/office/bad/" + bad;
            assertEquals("unreadable", statuses.get(file), file);
            List<JsonNode> problems = findings(f -> f.get("file").asText().equals(file));
            assertEquals(1, problems.size(), file + ": " + problems);
            assertEquals("PARSE-PROBLEM", problems.get(0).get("ruleId").asText());
        }
        statuses.forEach((file, status) -> assertTrue(file.contains("/bad/") || file.startsWith(FAMILIES)
                || !status.equals("unreadable"), file));
    }


    @Test
    void aFormHasTheSameFindingsWhateverItsFileType() {
        Map<String, Map<String, Set<String>>> byFormThenFile = new TreeMap<>();
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("form").isNull() || CROSS_FORM.contains(finding.get("ruleId").asText())) {
                continue;
            }
            byFormThenFile.computeIfAbsent(finding.get("form").asText(), k -> new TreeMap<>())
                    .computeIfAbsent(finding.get("file").asText(), k -> new TreeSet<>()).add(withoutPlace(finding));
        }
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, Map<String, Set<String>>> form : byFormThenFile.entrySet()) {
            String seed = SEEDS.stream().filter(form.getValue()::containsKey).findFirst().orElse(null);
            if (seed == null) {
                continue;
            }
            Set<String> expected = form.getValue().get(seed);
            for (Map.Entry<String, Set<String>> file : form.getValue().entrySet()) {
                compared++;
                if (!file.getValue().equals(expected)) {
                    differences.add(form.getKey() + " in " + file.getKey() + ": " + file.getValue() + " vs " + expected);
                }
            }
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        assertTrue(compared > 100, "forms compared across files: " + compared);
    }

    @Test
    void theProjectListIsCheckedAlikeInEveryRenditionOfADocument() {
        for (String seed : SEEDS) {
            String stem = seed.substring(seed.lastIndexOf('/') + 1).replace(".txt", "");
            Set<String> expected = listFindings(seed);
            for (String rendition : List.of(".xlsx", ".docx", ".pdf", "-calc.pdf")) {
                assertEquals(expected, listFindings("fixtures/office/seeds/" + stem + rendition), stem + rendition);
            }
            for (String page : List.of("-writer.html", "-word-gbk.html")) {
                assertEquals(expected, listFindings("fixtures/html/seeds/" + stem + page), stem + page);
            }
            if (stem.startsWith("000")) {
                assertEquals(expected, listFindings("fixtures/office/seeds/" + stem + ".doc"), stem + ".doc");
                assertEquals(expected, listFindings("fixtures/office/seeds/" + stem + ".xls"), stem + ".xls");
            }
        }
    }

    private static Set<String> listFindings(String file) {
        Set<String> found = new TreeSet<>();
        findings(f -> f.get("file").asText().equals(file) && f.get("ruleId").asText().equals("LIST-MISMATCH"))
                .forEach(f -> found.add(withoutPlace(f)));
        return found;
    }

    private static List<JsonNode> findings(java.util.function.Predicate<JsonNode> filter) {
        List<JsonNode> matching = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (filter.test(f)) {
                matching.add(f);
            }
        });
        return matching;
    }

    /** A finding without its file and place: rule, severity, field, values and message. */
    /**
     * A finding without its place. A grouped finding's message lists its rows' places (lines in text,
     * cells in a workbook), so a group is compared by the rows it stands for, each without its place.
     */
    private static String withoutPlace(JsonNode finding) {
        String message = finding.get("message").asText();
        if (finding.has("rows")) {
            List<String> rows = new ArrayList<>();
            finding.get("rows").forEach(row -> rows.add(withoutPlace(row)));
            finding.path("folded").forEach(note -> rows.add(withoutPlace(note)));
            rows.sort(null); // report order goes by place: cells sort as text, lines as numbers
            message = rows.toString();
        }
        return String.join(" | ", finding.get("ruleId").asText(), finding.get("severity").asText(),
                finding.get("field").asText(), finding.get("expected").asText(), finding.get("found").asText(),
                message);
    }
}
