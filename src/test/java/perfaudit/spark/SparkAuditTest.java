package perfaudit.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.bench.corpus.Corpus;
import perfaudit.cli.Main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code perfaudit spark audit} on a local[2] session against {@code perfaudit audit} on the same files:
 * the seeds, a generated corpus of text and workbook forms, and a batch of it submitted again (so
 * DUPLICATE-PROJECT fires across files, after the shuffle) and a form only the rules folder's own
 * forms.yaml reads, with a suppression in the rules folder, run
 * twice into the same reports folder (history). findings.json must be the CLI's, field for field, but for
 * the run's time and the reports it lists; findings.parquet must hold the same findings, by year and unit.
 * One session for the class: starting one costs seconds.
 */
class SparkAuditTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @TempDir
    static Path temp;

    @BeforeAll
    static void startSession() {
        spark = SparkAudit.session("local[2]");
    }

    @AfterAll
    static void stopSession() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theSparkJobGivesTheFindingsOfTheCommandLine() throws Exception {
        Path corpus = temp.resolve("corpus");
        // small files, so that the run has several chunks and partitions to put back in order
        Corpus.write(corpus.resolve("tabbed"), 150, 4, Corpus.Layout.TABBED, 31);
        Corpus.write(corpus.resolve("xlsx"), 8, 4, Corpus.Layout.XLSX, 32);
        // two batches submitted again under another folder: every form in them is a duplicate
        Files.createDirectories(corpus.resolve("resubmitted"));
        for (String name : List.of("forms-000002.txt", "forms-000007.txt")) {
            Files.copy(corpus.resolve("tabbed").resolve(name), corpus.resolve("resubmitted").resolve(name));
        }
        // a form labelling 项目名称 as 工程名称, which only the rules folder's own forms.yaml knows
        Files.writeString(corpus.resolve("工程.txt"), Files.readString(Path.of("rules/tests/date-wrong-year-quiet.txt"),
                StandardCharsets.UTF_8).replace("项目名称", "工程名称"), StandardCharsets.UTF_8);
        Path rules = rulesWithSuppression();
        String[] inputs = {"fixtures/seeds", corpus.toString()};

        for (int run = 1; run <= 2; run++) {
            int cliExit = Main.run(args("audit", inputs, rules, temp.resolve("cli")));
            int sparkExit = Main.run(args("spark audit", inputs, rules, temp.resolve("spark"), "--partitions", "3"));
            assertEquals(cliExit, sparkExit, "exit code, run " + run);
            JsonNode cli = latest(temp.resolve("cli"));
            JsonNode job = latest(temp.resolve("spark"));
            assertSameReport(cli, job);
            assertTrue(cli.path("counts").path("byRule").path("DUPLICATE-PROJECT").asInt() >= 8,
                    "the resubmitted batches are duplicates: " + cli.path("counts"));
            assertTrue(cli.path("counts").path("suppressed").asInt() > 0, "the suppression applies");
            for (JsonNode finding : job.get("findings")) {
                assertFalse(finding.get("file").asText().endsWith("工程.txt") && finding.get("ruleId").asText().equals("MISS-HEADER"),
                        "the executors read forms with the rules folder's forms.yaml: " + finding);
            }
            assertEquals(run == 1 ? 0 : cli.path("findings").size(), cli.path("counts").path("existing").asInt(),
                    "the second run finds every finding of the first");
            assertTableHoldsTheFindings(temp.resolve("spark").resolve("latest").resolve("findings.parquet"), job);
        }
    }

    @Test
    void inputsGivenAsUrisAreReadThroughHadoopWithTheSameFindings() throws Exception {
        Path seeds = Path.of("fixtures/seeds").toAbsolutePath();
        int cliExit = Main.run(args("audit", new String[]{seeds.toString()}, Path.of("rules"), temp.resolve("cli-uri")));
        int sparkExit = Main.run(args("spark audit", new String[]{seeds.toUri().toString()}, Path.of("rules"),
                temp.resolve("spark-uri")));
        assertEquals(cliExit, sparkExit);
        JsonNode cli = latest(temp.resolve("cli-uri"));
        JsonNode job = latest(temp.resolve("spark-uri"));
        assertEquals(cli.get("counts"), job.get("counts"));
        assertEquals(cli.get("findings").size(), job.get("findings").size());
        for (int i = 0; i < cli.get("findings").size(); i++) {
            var expected = (com.fasterxml.jackson.databind.node.ObjectNode) cli.get("findings").get(i).deepCopy();
            var found = (com.fasterxml.jackson.databind.node.ObjectNode) job.get("findings").get(i).deepCopy();
            String file = expected.remove("file").asText();
            String uri = found.remove("file").asText();
            assertTrue(uri.startsWith("file:/") && uri.endsWith(file.substring(file.lastIndexOf('/'))), uri + " for " + file);
            // a grouped finding's rows and folded notes name the file too, each as its run named it
            for (String part : List.of("rows", "folded")) {
                for (int k = 0; k < expected.path(part).size(); k++) {
                    String rowFile = ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get(part).get(k)).remove("file").asText();
                    String rowUri = ((com.fasterxml.jackson.databind.node.ObjectNode) found.get(part).get(k)).remove("file").asText();
                    assertTrue(rowUri.startsWith("file:/") && rowUri.endsWith(rowFile.substring(rowFile.lastIndexOf('/'))),
                            rowUri + " for " + rowFile);
                }
            }
            // the key below the folder given is the CLI's, so are the fingerprints (the history's names)
            assertEquals(expected, found, "finding " + i);
        }
    }

    /** Every part of findings.json but the times of this run and of the previous one, and the list of its report files. */
    private static void assertSameReport(JsonNode cli, JsonNode job) {
        List<String> names = new ArrayList<>();
        cli.fieldNames().forEachRemaining(names::add);
        assertEquals(names, iterate(job.fieldNames()));
        for (String name : names) {
            if (name.equals("run")) {
                for (String field : iterate(cli.get("run").fieldNames())) {
                    if (!List.of("time", "previousRun", "reports").contains(field)) {
                        assertEquals(cli.get("run").get(field), job.get("run").get(field), "run." + field);
                    }
                }
            } else if (name.equals("findings")) {
                assertEquals(cli.get(name).size(), job.get(name).size(), "findings");
                for (int i = 0; i < cli.get(name).size(); i++) {
                    assertEquals(cli.get(name).get(i), job.get(name).get(i), "finding " + i);
                }
            } else {
                assertEquals(cli.get(name), job.get(name), name);
            }
        }
    }

    /** The table has every finding of findings.json with all its fields; one unit's partition reads alone. */
    private static void assertTableHoldsTheFindings(Path table, JsonNode report) {
        Dataset<Row> rows = spark.read().parquet(table.toString());
        List<String> fromTable = new ArrayList<>();
        for (Row row : rows.collectAsList()) {
            fromTable.add(String.join("|", text(row, "status"), text(row, "ruleId"), text(row, "severity"),
                    text(row, "file"), text(row, "form"), text(row, "unit"), text(row, "line"), text(row, "sheet"),
                    text(row, "cell"), text(row, "field"), text(row, "expected"), text(row, "found"),
                    text(row, "message"), text(row, "fingerprint")));
        }
        List<String> fromJson = new ArrayList<>();
        Map<String, Integer> byUnit = new TreeMap<>();
        for (JsonNode f : report.get("findings")) {
            fromJson.add(String.join("|", json(f, "status"), json(f, "ruleId"), json(f, "severity"), json(f, "file"),
                    json(f, "form"), json(f, "unit"), json(f, "line"), json(f, "sheet"), json(f, "cell"),
                    json(f, "field"), json(f, "expected"), json(f, "found"), json(f, "message"), json(f, "fingerprint")));
            if (!f.get("unit").isNull()) {
                byUnit.merge(f.get("unit").asText(), 1, Integer::sum);
            }
        }
        fromTable.sort(null);
        fromJson.sort(null);
        assertEquals(fromJson, fromTable);
        assertFalse(byUnit.isEmpty());
        var unit = byUnit.entrySet().iterator().next();
        long alone = rows.filter(rows.col("unit").equalTo(unit.getKey())).count();
        assertEquals(unit.getValue().longValue(), alone, "unit " + unit.getKey());
        assertTrue(rows.inputFiles().length > 0 && Stream.of(rows.inputFiles()).allMatch(f -> f.contains("/year=")),
                "partitioned by year: " + List.of(rows.inputFiles()));
    }

    /**
     * The shipped rules with rules/suppressions.csv accepting every MISS-WEIGHT of one seed form, and a
     * forms.yaml that knows 工程名称 for 项目名称.
     */
    private static Path rulesWithSuppression() throws IOException {
        Path rules = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Path yaml = rules.resolve("forms.yaml");
        String vocabulary = Files.readString(yaml, StandardCharsets.UTF_8);
        assertTrue(vocabulary.contains("  projectName: [项目名称, "));
        Files.writeString(yaml, vocabulary.replace("  projectName: [项目名称, ", "  projectName: [项目名称, 工程名称, "),
                StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("suppressions.csv"), "target,form,reason,who,expires\n"
                + "MISS-WEIGHT,档案管理工作经费,定性指标不设分值（单位说明）,审计组,\n", StandardCharsets.UTF_8);
        return rules;
    }

    private static String[] args(String command, String[] inputs, Path rules, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of(inputs));
        args.addAll(List.of("--rules", rules.toString(), "--out", out.toString(), "--format", "json", "-q"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static JsonNode latest(Path reports) throws IOException {
        return JSON.readTree(reports.resolve("latest").resolve("findings.json").toFile());
    }

    private static List<String> iterate(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static String text(Row row, String field) {
        Object value = row.get(row.fieldIndex(field));
        return value == null ? "null" : value.toString();
    }

    private static String json(JsonNode finding, String field) {
        JsonNode value = finding.get(field);
        return value == null || value.isNull() ? "null" : value.asText();
    }
}
