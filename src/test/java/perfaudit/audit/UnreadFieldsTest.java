package perfaudit.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.engine.AuditHarness;
import perfaudit.finding.Finding;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.ParseProblem;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A field filled in that the reader could not read (a spreadsheet's #REF!, a formula saved uncomputed, an OCR'd letter
 * figure) is no empty field: its PARSE-PROBLEM names it, MISS-ACTUAL / MISS-SCORE do not say 未填, and the 总分 is not
 * compared with a sum that silently lacks it. A truly empty cell of the same form still draws them.
 */
public class UnreadFieldsTest {

    private static final String Q01 = "q01-shuanghe-chaye-familyB-xlsxexport-named-et-2023";
    private static final Path BLIND = Path.of("src", "test", "resources", "perfaudit", "blind");

    @TempDir
    Path folder;

    /** q01's #REF! 得分 and its two funds cells without a figure are read as unread, not empty, and so audited. */
    @Test
    void q01sUnreadCellsAreMarkedAndNamed() {
        Document doc = BlindFormsTest.readBlind(Q01);
        Form form = doc.forms().get(0);
        assertEquals(Set.of("score"), form.indicators().get(1).unread(), form.indicators().get(1).name());
        assertEquals(Set.of(), form.indicators().get(0).unread());
        assertEquals(Set.of(FundColumn.EXECUTION_RATE), form.fundLine(FundLine.CARRY_OVER).unread());
        assertEquals(Set.of(FundColumn.EXECUTION_RATE), form.fundLine(FundLine.OTHER).unread());
        assertEquals(Set.of(), form.fundLine(FundLine.TOTAL).unread());
        List<String> reasons = doc.problems().stream().map(ParseProblem::reason).toList();
        assertTrue(reasons.get(2).startsWith("得分「带动茶农户数」：单元格显示公式错误值 #REF!"), reasons.get(2));
        assertTrue(reasons.get(2).contains("score of '带动茶农户数': the cell shows the formula error #REF!"), reasons.get(2));
        assertTrue(reasons.get(0).startsWith("执行率「上年结转资金」："), reasons.get(0));
        assertTrue(reasons.get(1).contains("execution rate of '其他资金'"), reasons.get(1));
    }

    @Test
    void q01DrawsNoMissingScoreNorTotalAgainstAnIncompleteSum() {
        List<Finding> findings = AuditHarness.audit(AuditHarness.rules(), List.of(BLIND.resolve(Q01 + ".et")));
        assertEquals(Set.of("PARSE-PROBLEM"), AuditHarness.ids(findings), findings.toString());
        assertFalse(findings.stream().anyMatch(f -> f.message().contains("ARITH-TOTAL-SCORE")), findings.toString());
    }

    /** A tabbed form: a #REF! actual and an OCR'd "oo" 得分 are unread; an empty actual and an empty 得分 are missing. */
    @Test
    void aTabbedFormTellsUnreadFromEmpty() {
        assertUnreadApartFromEmpty(AuditHarness.auditText(folder, "tabbed.txt", form(UNREAD_AND_EMPTY)));
    }

    /** The same form as pipe rows (| cell | cell |), as text copied from a web page or a PDF prints it. */
    @Test
    void aPipeFormTellsUnreadFromEmpty() {
        assertUnreadApartFromEmpty(AuditHarness.auditText(folder, "pipe.txt", piped(form(UNREAD_AND_EMPTY))));
    }

    /** The truly empty 得分 alone: the 总分 is still compared with the rows' sum, as before (folded into MISS-SCORE). */
    @Test
    void anEmptyScoreStillLeavesTheTotalShort() {
        List<Finding> findings = AuditHarness.auditText(folder, "empty.txt", form(EMPTY_ONLY));
        assertEquals(List.of("得分 · 服务覆盖率"), fields(findings, "MISS-SCORE"));
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("ARITH-TOTAL-SCORE")
                || f.message().contains("ARITH-TOTAL-SCORE")), findings.toString());
    }

    /** The parse JSON names the unread fields only where there are some: every other row reads as before. */
    @Test
    void theParseMarksOnlyUnreadRows() {
        Document doc = perfaudit.Fixtures.read(write("marks.txt", form(UNREAD_AND_EMPTY)));
        List<Set<String>> unread = doc.forms().get(0).indicators().stream().map(i -> i.unread()).toList();
        assertEquals(List.of(Set.of("actual"), Set.of("score"), Set.of(), Set.of(), Set.of(), Set.of(), Set.of()), unread);
    }

    private static void assertUnreadApartFromEmpty(List<Finding> findings) {
        assertEquals(List.of("实际完成值 · 完成时间"), fields(findings, "MISS-ACTUAL"), findings.toString());
        assertEquals(List.of("得分 · 服务覆盖率"), fields(findings, "MISS-SCORE"), findings.toString());
        // the #REF! actual scored in full is evidence the reader lost, not none; the empty one scored in full is none
        assertEquals(List.of("得分 · 完成时间"), fields(findings, "SCORE-NO-EVIDENCE"), findings.toString());
        // the 得分 read (89.50 with the budget's 9.50) lack the unread "oo": the 总分 99.50 is not compared with them
        assertFalse(findings.stream().anyMatch(f -> f.ruleId().equals("ARITH-TOTAL-SCORE")
                || f.message().contains("ARITH-TOTAL-SCORE")), findings.toString());
        List<String> problems = findings.stream().filter(f -> f.ruleId().equals("PARSE-PROBLEM")).map(Finding::message).toList();
        assertTrue(problems.stream().anyMatch(m -> m.contains("实际完成值「培训人数」") && m.contains("actual of '培训人数'")), problems.toString());
        assertTrue(problems.stream().anyMatch(m -> m.contains("得分「培训合格率」") && m.contains("score of '培训合格率'")), problems.toString());
    }

    private static List<String> fields(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).map(Finding::field).sorted().collect(Collectors.toList());
    }

    private Path write(String name, String text) {
        try {
            return java.nio.file.Files.writeString(folder.resolve(name), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Rows: 培训人数's actual a #REF!, 培训合格率's 得分 OCR'd "oo", 完成时间's actual and 服务覆盖率's 得分 left empty. */
    static final String UNREAD_AND_EMPTY = """
            \t产出指标 (50分)\t数量指标\t培训人数\t\t≥100人\t#REF!\t20\t20\t
            \t\t质量指标\t培训合格率\t\t≥95%\t98%\t10\too\t
            \t\t时效指标\t完成时间\t\t2023年12月31日前\t\t10\t10\t
            \t\t成本指标\t培训总成本\t\t≤80万元\t75万元\t10\t10\t
            \t效益指标 (30分)\t社会效益指标\t服务覆盖率\t\t≥90%\t95%\t15\t\t偏远村组尚未覆盖
            \t\t可持续影响指标\t长效培训机制\t\t≥1项\t1项\t15\t15\t
            \t满意度指标 (10分)\t满意度指标\t服务对象满意度\t\t≥90%\t95%\t10\t10\t
            """;

    /** The same rows, every field read but 服务覆盖率's empty 得分. */
    private static final String EMPTY_ONLY = UNREAD_AND_EMPTY.replace("#REF!", "100人").replace("\too\t", "\t10\t")
            .replace("2023年12月31日前\t\t", "2023年12月31日前\t2023年11月30日\t");

    static String form(String rows) {
        return """
                项目支出绩效自评表
                (2023年度)
                项目名称\t\t规则测试项目\t\t\t\t\t\t\t
                主管部门\t\t101-测试主管局\t\t\t实施单位\t101001-测试实施中心\t\t\t
                项目资金 (万元)\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t
                \t\t年度资金总额：\t100\t100\t95\t10\t95.00%\t9.50\t
                \t\t其中：本年财政拨款\t100\t100\t95\t—\t\t\t
                \t\t上年结转资金\t0\t0\t0\t—\t\t\t
                \t\t其他资金\t0\t0\t0\t—\t\t\t
                年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t\t
                \t完成全年培训任务，项目总额 100 万元。\t\t\t\t已培训 120 人，合格率 98%，全部任务按期完成。\t\t\t\t
                绩效指标\t一级指标\t二级指标\t三级指标\t\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
                """ + rows + """
                总分\t\t\t\t\t\t100\t99.50\t\t
                """;
    }

    /**
     * A tabbed form as pipe rows: each line's cells between bars, empty cells kept; the indicator table without the
     * tabbed export's spacer cell after 三级指标 (a merged cell's second half, which a page's table does not print).
     */
    private static String piped(String tabbed) {
        StringBuilder pipe = new StringBuilder();
        boolean indicators = false;
        for (String line : tabbed.lines().toList()) {
            indicators = line.startsWith("绩效指标") || indicators && !line.startsWith("总分");
            List<String> cells = new java.util.ArrayList<>(List.of(line.split("\t", -1)));
            if (indicators) {
                cells.remove(4);
            }
            pipe.append(line.contains("\t") ? "| " + String.join(" | ", cells) + " |" : line).append('\n');
        }
        return pipe.toString();
    }
}
