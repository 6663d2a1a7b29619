package perfaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cold stage's two halves without starting processes: an audit's run log ends with the timings
 * line the stage reads (every stage, wall and CPU), and the stage's figures follow from its runs.
 */
class ColdStageTest {

    @TempDir
    Path temp;

    @Test
    void anAuditsRunLogEndsWithItsTimings() throws Exception {
        Path reports = temp.resolve("reports");
        assertEquals(1, Main.run("audit", "fixtures/seeds", "--out", reports.toString(), "-q"), "the seeds hold errors");
        JsonNode timings = ColdAudit.timings(reports);

        List<String> stages = new ArrayList<>();
        timings.path("stages").fieldNames().forEachRemaining(stages::add);
        for (String stage : List.of("rule load", "input walk", "audit (parse and rules)", "parse", "rules",
                "cross-form rules", "write findings.json", "write findings.xlsx")) {
            assertTrue(stages.contains(stage), stage + " in " + stages);
        }
        assertTrue(timings.path("stages").path("parse").path("cpuMs").asLong() > 0, "parsing takes CPU time: " + timings);
        assertTrue(timings.path("stages").path("parse").path("wallMs").isMissingNode(),
                "parse runs on several threads: CPU time only");
        assertTrue(timings.path("stages").path("write findings.xlsx").path("wallMs").asLong() > 0, timings.toString());
        long jvm = timings.path("jvmStartEpochMs").asLong();
        long main = timings.path("mainEpochMs").asLong();
        long end = timings.path("endEpochMs").asLong();
        assertTrue(jvm > 0 && jvm <= main && main <= end, timings.toString());
        assertTrue(timings.path("processCpuMs").asLong() > 0 && timings.path("gcCount").isNumber(), timings.toString());
        String log = Files.readString(reports.resolve("latest").resolve("perfaudit.log"));
        assertEquals(1, log.lines().filter(line -> line.contains("findings.xlsx: ")).count(),
                "the workbook writer's warm-up beside the rule load leaves no trace in the run's log: " + log);
    }

    @Test
    void theMarginalRateIsTheFormsBeyondOneDocumentOverTheTimeBeyondItsRun() {
        ColdStage.Corpus corpus = new ColdStage.Corpus("text tabbed", temp, temp, 10_014, 14, 716, 15_000_000);
        // pairs: (1.0 s, 3.0 s), (1.2 s, 3.4 s), and one whose whole run was quicker than its one document
        ColdStage.Result result = new ColdStage.Result(corpus,
                List.of(run(1.0, 2.0), run(1.2, 2.1), run(2.0, 2.0)),
                List.of(run(3.0, 6.0), run(3.4, 6.4), run(1.9, 6.2)));

        assertEquals(10_000 / (3.0 - 1.2), result.marginalRate(), 1e-6, "from the medians");
        assertArrayEquals(new double[] {10_000 / 2.2, 10_000 / 2.0}, result.marginalRates(), 1e-6,
                "per pair, lowest first; the pair without a rate left out");
        assertEquals(10_000 / (6.2 - 2.0), result.marginalCpuRate(), 1e-6);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ColdStage.print(List.of(result), new PrintStream(printed, true, StandardCharsets.UTF_8));
        String table = printed.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("text tabbed") && table.contains("5556 [4545-5000]"), table);
        assertTrue(table.contains("1.20 [1.00-2.00]") && table.contains("start-up (launcher, JVM, arguments)")
                && table.contains("rule load") && table.contains("/ 900"), table);
    }

    private static ColdAudit.Run run(double seconds, double cpuSeconds) {
        ObjectNode timings = new ObjectMapper().createObjectNode();
        timings.put("mainEpochMs", 1_000_300);
        timings.put("endEpochMs", 1_000_000 + (long) (seconds * 1000) - 50);
        timings.put("processCpuMs", (long) (cpuSeconds * 1000));
        timings.putObject("stages").putObject("rule load").put("wallMs", 400).put("cpuMs", 300);
        ((ObjectNode) timings.path("stages")).putObject("parse").put("cpuMs", 900);
        return new ColdAudit.Run((long) (seconds * 1e9), 1_000_000, 0, timings);
    }
}
