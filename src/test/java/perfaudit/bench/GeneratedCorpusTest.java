package perfaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import perfaudit.engine.AuditHarness;
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
        Corpus.Summary summary = Corpus.write(temp, 200, 25, layout, 7);
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
        findings.forEach(f -> found.computeIfAbsent(f.form(), k -> new TreeSet<>()).add(f.ruleId()));
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(temp.resolve("manifest.json")));
        int planted = 0;
        for (JsonNode form : manifest.path("forms")) {
            Set<String> expected = new TreeSet<>();
            form.path("expectedFindings").forEach(id -> expected.add(id.asText()));
            planted += form.path("defects").size();
            assertEquals(expected, found.getOrDefault(form.path("projectName").asText(), Set.of()),
                    form.path("projectName").asText());
        }
        assertTrue(planted > 50, "the corpus plants a real mix of defects: " + planted);
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
