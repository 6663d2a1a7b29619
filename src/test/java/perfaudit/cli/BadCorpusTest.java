package perfaudit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.BadCorpus;
import perfaudit.Fixtures;
import perfaudit.cli.console.ExitCodes;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;
import perfaudit.model.Indicator;
import perfaudit.model.funds.FundLine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole bad-input corpus (fixtures/bad/ and the entries made at test time) audited in one run
 * beside the seeds: the run ends with exit code 4 and no exception, every file of the corpus is
 * listed with the outcome its manifest line expects, no report leaks what an external entity or a
 * link points at, and the seeds are audited exactly as when audited alone.
 */
class BadCorpusTest {

    private static final String BAD = "/in/bad/";
    private static final String GOOD = "/in/good/";

    @TempDir
    static Path temp;
    private static AuditCommandTest.Run alone;
    private static AuditCommandTest.Run together;
    private static JsonNode aloneJson;
    private static JsonNode togetherJson;
    private static Path togetherFolder;

    @BeforeAll
    static void auditTheCorpusBesideTheSeeds() throws IOException {
        Path bad = temp.resolve("in/bad");
        BadCorpus.materialise(bad, temp.resolve("outside"));
        Path good = Files.createDirectories(temp.resolve("in/good"));
        try (Stream<Path> seeds = Files.list(Fixtures.SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, good.resolve(seed.getFileName()));
            }
        }
        alone = AuditCommandTest.run("audit", good.toString(), "--out", temp.resolve("alone").toString(),
                "--format", "json", "-q");
        aloneJson = latest(temp.resolve("alone"));
        together = AuditCommandTest.run("audit", temp.resolve("in").toString(), "--out", temp.resolve("together").toString(),
                "--format", "json,xlsx,csv,md");
        togetherFolder = temp.resolve("together").resolve("latest").toRealPath();
        togetherJson = latest(temp.resolve("together"));
    }

    private static JsonNode latest(Path reports) throws IOException {
        return new ObjectMapper().readTree(reports.resolve("latest").resolve("findings.json").toFile());
    }

    /** The inputs of the run by their name inside the corpus. */
    private static Map<String, JsonNode> corpusInputs() {
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        for (JsonNode input : togetherJson.path("inputs")) {
            String file = input.path("file").asText();
            if (file.contains(BAD)) {
                inputs.put(file.substring(file.indexOf(BAD) + BAD.length()), input);
            }
        }
        return inputs;
    }

    private static List<String> parseProblems(String file) {
        List<String> messages = new ArrayList<>();
        for (JsonNode finding : togetherJson.path("findings")) {
            if (finding.path("ruleId").asText().equals("PARSE-PROBLEM") && finding.path("file").asText().endsWith(BAD + file)) {
                messages.add(finding.path("message").asText());
            }
        }
        return messages;
    }

    @Test
    void theCorpusHasAtLeastFiftyFilesEachWithAManifestLine() throws IOException {
        List<BadCorpus.Entry> manifest = BadCorpus.manifest();
        assertTrue(manifest.size() >= 50, manifest.size() + " entries");
        Set<String> committed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(BadCorpus.FOLDER)) {
            files.filter(Files::isRegularFile).map(p -> BadCorpus.FOLDER.relativize(p).toString())
                    .filter(name -> !name.equals("manifest.csv")).forEach(committed::add);
        }
        Set<String> listed = new TreeSet<>();
        manifest.stream().filter(e -> !e.generated()).forEach(e -> listed.add(e.file()));
        assertEquals(committed, listed, "every committed file has a manifest line and every committed line a file");
        assertEquals(manifest.size(), new TreeSet<>(manifest.stream().map(BadCorpus.Entry::file).toList()).size(),
                "no file listed twice");
    }

    @Test
    void theRunFinishesWithExitCode4AndNoException() {
        assertEquals(ExitCodes.UNREADABLE_INPUT, together.exitCode(), together.err());
        assertFalse(together.err().contains("Exception"), together.err());
        assertFalse(together.err().contains("audit failed"), together.err());
        assertTrue(together.err().contains("input file(s) gave no form"), together.err());
    }

    @Test
    void everyFileIsListedWithTheOutcomeItsManifestLineExpects() {
        Map<String, JsonNode> inputs = corpusInputs();
        List<String> wrong = new ArrayList<>();
        for (BadCorpus.Entry entry : BadCorpus.manifest()) {
            JsonNode input = inputs.get(entry.file());
            if (input == null) {
                wrong.add(entry.file() + ": not listed among the inputs");
                continue;
            }
            List<String> problems = parseProblems(entry.file());
            int forms = input.path("forms").asInt();
            if (entry.forms() >= 0 && forms != entry.forms()) {
                wrong.add(entry.file() + ": " + forms + " forms, expected " + entry.forms() + " " + problems);
            }
            if (entry.forms() < 0 && !entry.office() && forms != 0) {
                wrong.add(entry.file() + ": " + forms + " forms, expected none");
            }
            if (!entry.problem() && !problems.isEmpty()) {
                wrong.add(entry.file() + ": expected to read cleanly, has " + problems);
            }
            if (entry.problem() && problems.stream().noneMatch(m -> m.contains(entry.reason()) && reasonOf(m).length() > 3)) {
                wrong.add(entry.file() + ": no PARSE-PROBLEM with a reason containing '" + entry.reason() + "' in " + problems);
            }
            if (entry.problem() != input.path("problems").asInt() > 0) {
                wrong.add(entry.file() + ": problem count in the Inputs list " + input.path("problems"));
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(BadCorpus.manifest().size(), inputs.size(), "the corpus and nothing else: " + inputs.keySet());
    }

    /** The reason inside a PARSE-PROBLEM message {@code 无法按预期读取：REASON — input could not be read as expected}. */
    private static String reasonOf(String message) {
        int start = message.indexOf('：');
        int end = message.lastIndexOf(" — ");
        return start < 0 || end < start ? message : message.substring(start + 1, end);
    }

    @Test
    void theSeedsBesideTheCorpusAreAuditedExactlyAsAlone() {
        assertEquals(ExitCodes.FINDINGS, alone.exitCode(), alone.err());
        assertEquals(goodFindings(aloneJson), goodFindings(togetherJson));
        assertFalse(goodFindings(aloneJson).isEmpty());
    }

    private static List<JsonNode> goodFindings(JsonNode json) {
        List<JsonNode> findings = new ArrayList<>();
        for (JsonNode finding : json.path("findings")) {
            if (finding.path("file").asText().contains(GOOD)) {
                ObjectNode copy = finding.deepCopy();
                copy.remove("status");
                withoutFingerprints(copy); // keyed below the folder named: good/… alone, in/good/… together
                findings.add(copy);
            }
        }
        return findings;
    }

    /** Drops the fingerprints of a finding and of the rows and notes it holds. */
    private static void withoutFingerprints(ObjectNode finding) {
        finding.remove("fingerprint");
        for (String detail : List.of("rows", "folded")) {
            finding.path(detail).forEach(nested -> withoutFingerprints((ObjectNode) nested));
        }
    }

    @Test
    void noReportLeaksWhatAnEntityOrALinkPointsAt() throws IOException {
        List<Path> reports;
        try (Stream<Path> files = Files.list(togetherFolder)) {
            reports = files.toList();
        }
        assertTrue(reports.size() >= 5, reports.toString());
        for (Path report : reports) {
            String text = report.getFileName().toString().endsWith(".xlsx") ? workbookText(report)
                    : new String(Files.readAllBytes(report), StandardCharsets.UTF_8);
            assertFalse(text.contains("root:x:0:0"), report + " holds /etc/passwd");
            assertFalse(text.contains("坏输入-outside-secret"), report + " holds the form behind a link");
        }
        try (Workbook workbook = WorkbookFactory.create(togetherFolder.resolve("findings.xlsx").toFile())) {
            assertEquals(6, workbook.getNumberOfSheets());
            assertTrue(workbook.getSheet("输入 Inputs").getLastRowNum() >= BadCorpus.manifest().size(), "every input on the Inputs sheet");
        }
    }

    private static String workbookText(Path xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile()); XSSFExcelExtractor extractor = new XSSFExcelExtractor(workbook)) {
            String text = extractor.getText();
            assertTrue(text.contains("坏输入-gbk"), "the extractor sees the workbook's text");
            return text;
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void numbersAsPeopleTypeThemAreReadAsNumbers() {
        Document fullWidth = Inputs.read(BadCorpus.FOLDER.resolve("fullwidth-digits.txt"), "fullwidth-digits.txt");
        var total = fullWidth.forms().get(0).funds().get(FundLine.TOTAL);
        assertEquals(0, new BigDecimal("95").compareTo(total.executed()));
        assertEquals(0, new BigDecimal("95.00").compareTo(total.executionRate()));
        assertEquals(0, new BigDecimal("9.50").compareTo(total.score()));

        Document grouped = Inputs.read(BadCorpus.FOLDER.resolve("thousands-separators.txt"), "thousands-separators.txt");
        Indicator cost = grouped.forms().get(0).indicators().stream().filter(i -> i.name().equals("培训总成本")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("1016000").compareTo(cost.target().value()));
        assertEquals("元", cost.target().unit());
        assertEquals(0, new BigDecimal("750000").compareTo(cost.actual().value()));
    }
}
