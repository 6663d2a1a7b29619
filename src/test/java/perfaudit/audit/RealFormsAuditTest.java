package perfaudit.audit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.run.History;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 21 real published forms in ../shared/real-forms audited as `perfaudit audit ../shared/real-forms`
 * audits them: every `must` line of the folder's expected-findings.tsv (an auditor's key findings) is
 * found on its file. Lines the reader cannot meet yet are listed with the reason; the test fails when
 * one starts passing, so the list only shrinks. And no finding contradicts the auditor's arithmetic in
 * EXPECTED.md: the findings once raised against it stay away. Skipped where the folder is not beside
 * the project.
 */
class RealFormsAuditTest {

    private static final Path FOLDER = Path.of("..", "shared", "real-forms");

    /** file stem + rule id → why it is not found yet. */
    private static final Map<String, String> NOT_YET = Map.of();

    /**
     * file-name prefix + rule id → what EXPECTED.md says instead: findings perfaudit once raised that
     * contradict the auditor (ERROR and WARNING only).
     */
    private static final Map<String, String> CONTRADICTS = Map.ofEntries(
            Map.entry("01 BUDGET-GOAL-AMOUNT", "目标 90 万元 = 年初预算数: OK"),
            Map.entry("01 BUDGET-COST-TARGET", "≤90万元 set against 年初预算数 90"),
            Map.entry("02 BUDGET-GOAL-AMOUNT", "申请 2026400 元 = 年初预算数 202.64: OK"),
            Map.entry("02 BUDGET-COST-TARGET", "≤202.6万元 set against 年初预算数 202.64"),
            Map.entry("02 GOAL-RESTATED", "实际完成 text present (1329120.67 元)"),
            Map.entry("10 ARITH-TOTAL-SCORE", "cut form: 97.6 = 7.6 + 90, rows missing"),
            Map.entry("10 GOAL-RESTATED", "goal texts unreadable (OCR), not empty"),
            Map.entry("17 GOAL-RESTATED", "excerpt ends inside 预期目标"),
            Map.entry("21 GOAL-RESTATED", "the template prints the goal alone"),
            Map.entry("21 MISS-ACTUAL", "empty 实际完成值: none"),
            Map.entry("21 MISS-WEIGHT", "every read row has its 分值 8"),
            Map.entry("21 MISS-DEVIATION", "2% = 2%, full marks"),
            Map.entry("21 VALUE-RANGE", "290% is an OCR'd ≥90%"),
            Map.entry("21 ARITH-CATEGORY-WEIGHT", "产出指标 40 = 5 × 8; one row unreadable"),
            Map.entry("21 MISS-SCORE", "the form does not score budget execution"),
            Map.entry("09 MISS-ACTUAL", "empty 实际完成值: none (项目决策/项目管理 rows print a dash as 指标值)"),
            Map.entry("09 MISS-WEIGHT", "every row has its 分值"));

    /**
     * file-name prefix + rule id → EXPECTED.md's words: findings the auditor lists beyond the key
     * findings (ERROR and WARNING) that perfaudit has come to find, which must stay found.
     */
    private static final Map<String, String> ALSO_FOUND = Map.ofEntries(
            Map.entry("09 ARITH-TOTAL-SCORE", "reported total 98 exceeds the attainable maximum 94 (cut form)"),
            Map.entry("09 ARITH-BUDGET-SCORE", "budget score reported 9, recomputed 10.00"),
            Map.entry("01 GOAL-AMOUNT-SUM", "30 + 30 + 29.99 ≠ 89.97"),
            Map.entry("17 TOTAL-FUNDS-NATURE", "按支出性质分 total 1925.67 vs 全年执行数 2030.12 -> MISMATCH"),
            Map.entry("04 BUDGET-ADJUSTED-NO-REASON", "the 原因 cell holds only the printed instruction, although 年初预算 238.93 was raised to 251.89"),
            Map.entry("08 BUDGET-ADJUSTED-NO-REASON", "the 原因 cell holds only the printed instruction: no explanation for the mid-year addition"));

    /** file-name prefix + rule id → EXPECTED.md's words: INFO findings the auditor lists, which must stay found. */
    private static final Map<String, String> INFO_FOUND = Map.ofEntries(
            Map.entry("18 ARITH-ROUNDED", "budget score 2.16 vs recomputed 2.15 (rounding): 30 / 278.4449 × 20 = 2.1548"));

    /** Contradictions not yet removed, with the reason; the test fails when one disappears. */
    private static final Map<String, String> CONTRADICTS_YET = Map.of();

    private static final Set<String> FOUND = new TreeSet<>();
    private static final Set<String> SERIOUS = new TreeSet<>();
    private static final Set<String> ANY = new TreeSet<>();

    @BeforeAll
    static void auditTheFolder() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(FOLDER), "../shared/real-forms is not beside the project");
        try (AuditReport report = new Audit(RuleSet.load(Path.of("rules")), AuditOptions.defaults().withThreads(2))
                .run(List.of(FOLDER), History.none(), ZonedDateTime.now())) {
            for (Finding finding : report.findings()) {
                String file = Path.of(finding.file()).getFileName().toString();
                FOUND.add(file.replaceFirst("\\.txt$", "") + " " + finding.ruleId());
                ANY.add(file.substring(0, 2) + " " + finding.ruleId());
                if (finding.severity() != perfaudit.finding.Severity.INFO) {
                    SERIOUS.add(file.substring(0, 2) + " " + finding.ruleId());
                }
            }
        }
    }

    @Test
    void noFindingContradictsTheAuditor() {
        List<String> raised = CONTRADICTS.keySet().stream().filter(SERIOUS::contains).sorted()
                .map(key -> key + " (" + CONTRADICTS.get(key) + ")").toList();
        List<String> gone = CONTRADICTS_YET.keySet().stream().filter(key -> !SERIOUS.contains(key)).sorted().toList();
        assertEquals(List.of(), raised, "findings EXPECTED.md contradicts");
        assertEquals(List.of(), gone, "no longer raised: take them off CONTRADICTS_YET");
    }

    @Test
    void findsWhatTheAuditorListsBeyondTheKeyFindings() {
        List<String> lost = ALSO_FOUND.keySet().stream().filter(key -> !SERIOUS.contains(key)).sorted()
                .map(key -> key + " (" + ALSO_FOUND.get(key) + ")").toList();
        assertEquals(List.of(), lost, "EXPECTED.md's findings no longer found");
    }

    @Test
    void findsTheInfoFindingsTheAuditorLists() {
        List<String> lost = INFO_FOUND.keySet().stream().filter(key -> !ANY.contains(key)).sorted()
                .map(key -> key + " (" + INFO_FOUND.get(key) + ")").toList();
        assertEquals(List.of(), lost, "EXPECTED.md's INFO findings not found");
    }

    @Test
    void everyKeyFindingOfTheAuditorIsFound() throws Exception {
        Set<String> found = FOUND;
        List<String> missed = new ArrayList<>();
        List<String> nowFound = new ArrayList<>();
        for (String line : Files.readAllLines(FOLDER.resolve("expected-findings.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (line.startsWith("#") || cells.length < 4 || !cells[0].equals("must")) {
                continue;
            }
            String key = cells[1] + " " + cells[2];
            boolean hit = found.contains(key);
            if (!hit && !NOT_YET.containsKey(key)) {
                missed.add(key + " (" + cells[3] + ")");
            } else if (hit && NOT_YET.containsKey(key)) {
                nowFound.add(key);
            }
        }
        assertEquals(List.of(), missed, "key findings missed; found: " + found.stream().collect(Collectors.joining(", ")));
        assertEquals(List.of(), nowFound, "found now: take them off NOT_YET");
    }
}
