package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.finding.Finding;
import perfaudit.report.AuditReport;
import perfaudit.report.run.History;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Planted defects of the blind forms that earlier rounds left silent (blind/README.md, "Residuals 2"), audited as
 * `perfaudit audit` audits them.
 */
class BlindResidualsTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "perfaudit", "blind");

    static List<Finding> audit(String file) throws Exception {
        try (AuditReport report = new Audit(RuleSet.load(Path.of("rules")), AuditOptions.defaults().withThreads(1))
                .run(List.of(FOLDER.resolve(file)), History.none(), ZonedDateTime.now())) {
            return report.findings().stream().toList();
        }
    }

    /** The findings of one rule on one field (the rows of a grouped finding each), as "expected → found". */
    static List<String> on(List<Finding> findings, String rule, String field) {
        return findings.stream().filter(f -> f.ruleId().equals(rule))
                .flatMap(f -> f.rows().isEmpty() ? java.util.stream.Stream.of(f) : f.rows().stream())
                .filter(f -> field.equals(f.field())).map(f -> f.expected() + " → " + f.found()).toList();
    }

    /** j03 (F, prints 分值): 工程完工時間 2022-12-20 after 2022年11月底前 keeps its full 10 — no formula, still a miss. */
    @Test
    void aDeadlineMissedAtFullMarksIsJudged() throws Exception {
        List<Finding> j03 = audit("j03-guangshui-guanwang-familyF-fanti-ocr-2022.txt");
        assertEquals(List.of("低于满分（未达标） → 10（满分）"), on(j03, "ARITH-INDICATOR-SCORE", "得分 · 工程完工時間"));
        assertEquals(List.of("16.00 → 20"), on(j03, "ARITH-INDICATOR-SCORE", "得分 · 城區污水收集率提高"));
    }

    /**
     * i02 (E, no 分值 column): 效益指标（30分）'s two rows score 15 + 15 = 30, so each is at its full marks; 粪污无害化处理率
     * 88 % against ≥90 % keeps 15 where 88 ÷ 90 × 15 = 14.67. 产出指标（40分） scores 39 (a merged 得分): nothing implied.
     */
    @Test
    void fullMarksImpliedByACategoryScoredWholeAreJudged() throws Exception {
        List<Finding> i02 = audit("i02-zheling-huce-familyE-xlsx-formats-2022.xlsx");
        assertEquals(List.of("14.67 → 15（满分）"), on(i02, "ARITH-INDICATOR-SCORE", "得分 · 粪污无害化处理率"));
        assertEquals(List.of(), on(i02, "ARITH-INDICATOR-SCORE", "得分 · 改造农村户厕数量"));
    }

    /**
     * i01's hidden row (a deleted 产出 indicator, 10 / 10, zero height) is no row of the printed form: its totals add up
     * to the printed 100 / 99.2 (no false ARITH-TOTAL-WEIGHT 110), and the hidden text is noted, not lost.
     */
    @Test
    void aHiddenWorkbookRowIsLeftOutAndNoted() throws Exception {
        List<Finding> i01 = audit("i01-fengyang-chayuan-familyB-xlsx-coversheet-2023.xlsx");
        List<String> rules = i01.stream().map(Finding::ruleId).sorted().toList();
        assertEquals(List.of("ARITH-INDICATOR-SCORE", "MISS-DEVIATION", "PARSE-NOTE", "TOTAL-FUNDS"), rules);
        assertEquals(1, i01.stream().filter(f -> f.ruleId().equals("PARSE-NOTE") && f.message().contains("cells the sheet hides")).count());
    }
}
