package perfaudit.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import perfaudit.engine.AuditHarness;
import perfaudit.engine.RuleBase;
import perfaudit.finding.Finding;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator's corpora, text and xlsx, parse cleanly and the audit finds exactly the defects
 * planted in them; a seed always gives the same files.
 */
class GeneratedCorpusTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Corpus.Layout.class)
    void theAuditFindsExactlyThePlantedDefects(Corpus.Layout layout) throws Exception {
        theAuditFindsExactlyThePlantedDefects(layout, Corpus.Mix.CLEAN);
    }

    /** Defects of every rule id, and shifted rows: still exactly the planted findings. */
    @ParameterizedTest
    @EnumSource(Corpus.Layout.class)
    void theVariedMixIsFoundExactlyToo(Corpus.Layout layout) throws Exception {
        Set<String> planted = theAuditFindsExactlyThePlantedDefects(layout, Corpus.Mix.VARIED);
        Set<String> ruleIds = new TreeSet<>();
        RuleBase.compile(Path.of("rules")).catalog().forEach(rule -> ruleIds.add(rule.id()));
        // a generated file holds whole forms: none stops inside its table (cut excerpts are in the families' fixtures)
        ruleIds.remove("FORM-CUT-SHORT");
        // generated forms are project forms: the breakdown by 收入性质 / 支出性质 only 部门整体 templates print
        ruleIds.remove("TOTAL-FUNDS-NATURE");
        if (layout == Corpus.Layout.FLOW) {
            // flow text prints no stated points and cannot tell a lone 分值 from a lone 得分
            ruleIds.removeAll(Set.of("ARITH-CATEGORY-WEIGHT", "MISS-SCORE", "MISS-WEIGHT"));
        }
        assertEquals(ruleIds, planted, "every rule id planted");
    }

    /** The rule ids planted, over every form. */
    private Set<String> theAuditFindsExactlyThePlantedDefects(Corpus.Layout layout, Corpus.Mix mix) throws Exception {
        Corpus.Summary summary = Corpus.write(temp, 200, 25, layout, 7, mix);
        assertEquals(8, summary.files());
        List<Document> documents = new ArrayList<>();
        for (Path file : Inputs.collect(List.of(temp))) {
            Document document = Inputs.read(file, file.getFileName().toString());
            assertTrue(document.problems().isEmpty(), file + ": " + document.problems());
            documents.add(document);
        }
        assertEquals(200, documents.stream().mapToInt(d -> d.forms().size()).sum());

        List<Finding> findings = AuditHarness.audit(AuditHarness.rules(), Inputs.collect(List.of(temp)));
        Map<String, Set<String>> found = new HashMap<>();
        // a finding folded into its cause (rules/folding.csv) is still found, as a note of that finding
        findings.forEach(f -> {
            found.computeIfAbsent(f.form(), k -> new TreeSet<>()).add(f.ruleId());
            f.folded().forEach(note -> found.get(f.form()).add(note.ruleId()));
        });
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(temp.resolve("manifest.json")));
        // a duplicated form and its namesakes share their 项目名称: what is expected of a name is the union
        Map<String, Set<String>> expected = new HashMap<>();
        Set<String> plantedIds = new TreeSet<>();
        int planted = 0;
        int duplicates = 0;
        Map<String, Set<String>> unitsByProjectAndCode = new HashMap<>();
        for (JsonNode form : manifest.path("forms")) {
            String unit = form.path("unit").asText();
            unitsByProjectAndCode.computeIfAbsent(form.path("projectName").asText() + "|" + unit.substring(0, unit.indexOf('-')),
                    k -> new TreeSet<>()).add(unit);
            Set<String> ids = expected.computeIfAbsent(form.path("projectName").asText(), k -> new TreeSet<>());
            form.path("expectedFindings").forEach(id -> ids.add(id.asText()));
            form.path("expectedFindings").forEach(id -> plantedIds.add(id.asText()));
            planted += form.path("defects").size();
            duplicates += form.path("defects").toString().contains("DUPLICATE-PROJECT") ? 1 : 0;
        }
        List<String> wrong = new ArrayList<>();
        expected.forEach((name, ids) -> {
            if (!ids.equals(found.getOrDefault(name, Set.of()))) {
                wrong.add(name + ": planted " + ids + ", found " + found.getOrDefault(name, Set.of()));
            }
        });
        assertEquals(List.of(), wrong, layout + " " + mix);
        assertTrue(expected.keySet().containsAll(found.keySet()), "no finding on a form the manifest does not name");
        assertTrue(duplicates > 0, "the corpus plants duplicated forms");
        if (mix == Corpus.Mix.CLEAN) {
            assertTrue(unitsByProjectAndCode.values().stream().anyMatch(units -> units.size() > 1),
                    "and namesakes: one project name and unit code, units of two cities (no duplicate)");
        }
        assertTrue(planted > 50, "the corpus plants a real mix of defects: " + planted);
        return plantedIds;
    }

    /** Workbooks too: POI would stamp them with the clock. */
    @ParameterizedTest
    @EnumSource(Corpus.Layout.class)
    void aSeedGivesTheSameBytesEveryTime(Corpus.Layout layout) throws Exception {
        Corpus.write(temp.resolve("a"), 30, 10, layout, 3);
        if (layout == Corpus.Layout.XLSX) {
            Thread.sleep(1100); // into the next second: a creation time taken from the clock would differ
        }
        Corpus.write(temp.resolve("b"), 30, 10, layout, 3);
        List<Path> files = Inputs.collect(List.of(temp.resolve("a")));
        assertEquals(3, files.size());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(temp.resolve("b").resolve(file.getFileName())),
                    file.getFileName().toString());
        }
        assertEquals(Files.readString(temp.resolve("a/manifest.json")), Files.readString(temp.resolve("b/manifest.json")));
    }
}
