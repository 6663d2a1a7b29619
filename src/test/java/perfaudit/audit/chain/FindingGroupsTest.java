package perfaudit.audit.chain;

import org.junit.jupiter.api.Test;
import perfaudit.finding.Finding;
import perfaudit.finding.Severity;
import perfaudit.model.SourceLocation;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain's grouping and folding step on findings made by hand: what is grouped, what is folded, what is kept. */
class FindingGroupsTest {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "MISS-ACTUAL", "实际完成值为空 — actual value is empty",
            "MISS-WEIGHT", "指标分值为空 — indicator weight is empty",
            "ARITH-TOTAL-WEIGHT", "总分分值不符 — total weight");
    private static final Folding FOLDING = Folding.of(List.of(
            new Folding.Fold(2, "ARITH-TOTAL-WEIGHT", "总分 分值", "MISS-WEIGHT", "指标分值未填 — weights blank")));

    private static Finding at(String rule, String form, int line, String field) {
        return new Finding(rule, Severity.ERROR, "f.txt", form, SourceLocation.ofLine("f.txt", line), field,
                "x " + line, "（空）", "row " + line);
    }

    private static Finding cell(String rule, String cell, String field) {
        return new Finding(rule, Severity.ERROR, "f.xlsx", "表", SourceLocation.ofCell("f.xlsx", "Sheet1", cell), field,
                null, null, "cell " + cell);
    }

    private final FindingGroups groups = new FindingGroups(DESCRIPTIONS, FOLDING);

    @Test
    void oneFindingPerFormRuleAndFieldKindListingItsRows() {
        List<Finding> result = groups.apply(List.of(at("MISS-ACTUAL", "甲", 50, "实际完成值 · a"),
                at("MISS-ACTUAL", "甲", 51, "实际完成值 · b"), at("MISS-ACTUAL", "甲", 52, "实际完成值 · c"),
                at("MISS-ACTUAL", "甲", 64, "实际完成值 · d"), at("MISS-ACTUAL", "乙", 90, "实际完成值 · a")));
        assertEquals(2, result.size(), result.toString());
        Finding group = result.get(0);
        assertEquals("实际完成值", group.field());
        assertEquals(50, group.location().line(), "at its first row");
        assertEquals("4 处实际完成值为空：第 50–52、64 行 — actual value is empty (4 rows, each in the detail)", group.message());
        assertEquals(4, group.rows().size());
        assertEquals("row 64", group.rows().get(3).message(), "every row kept as raised");
        assertEquals("（空）", group.found(), "shared by every row");
        assertNull(group.expected(), "differs from row to row");
        assertEquals("row 90", result.get(1).message(), "a form's single finding stays as it was");
        assertTrue(result.get(1).rows().isEmpty());
    }

    @Test
    void spreadsheetCellsAreListedAsRanges() {
        List<Finding> result = groups.apply(List.of(cell("MISS-ACTUAL", "F12", "实际完成值 · a"),
                cell("MISS-ACTUAL", "F13", "实际完成值 · b"), cell("MISS-ACTUAL", "F14", "实际完成值 · c"),
                cell("MISS-ACTUAL", "F20", "实际完成值 · d")));
        assertEquals(1, result.size());
        assertTrue(result.get(0).message().startsWith("4 处实际完成值为空：单元格 Sheet1!F12–F14、F20"), result.get(0).message());
    }

    @Test
    void rOneCOneReferencesAreListedAsRangesToo() {
        List<Finding> result = groups.apply(List.of(cell("MISS-ACTUAL", "R14C3", "实际完成值 · a"),
                cell("MISS-ACTUAL", "R15C3", "实际完成值 · b"), cell("MISS-ACTUAL", "R16C2", "实际完成值 · c")));
        assertTrue(result.get(0).message().startsWith("3 处实际完成值为空：单元格 Sheet1!R14C3–R15C3、R16C2 —"),
                result.get(0).message());
    }

    @Test
    void aTotalThatOnlyFollowsFromBlankWeightsIsFoldedIntoThemOnItsOwnFormOnly() {
        Finding total = at("ARITH-TOTAL-WEIGHT", "甲", 65, "总分 分值");
        Finding otherTotal = at("ARITH-TOTAL-WEIGHT", "乙", 99, "总分 分值");
        Finding standard = at("ARITH-TOTAL-WEIGHT", "甲", 65, "总分 分值（标准）");
        List<Finding> result = groups.apply(List.of(at("MISS-WEIGHT", "甲", 50, "分值 · a"),
                at("MISS-WEIGHT", "甲", 51, "分值 · b"), total, standard, otherTotal));
        assertEquals(List.of("MISS-WEIGHT", "ARITH-TOTAL-WEIGHT", "ARITH-TOTAL-WEIGHT"),
                result.stream().map(Finding::ruleId).toList(), result.toString());
        Finding weights = result.get(0);
        assertEquals(List.of(total), weights.folded());
        assertTrue(weights.message().endsWith("；另 ARITH-TOTAL-WEIGHT：row 65（指标分值未填 — weights blank）"), weights.message());
        assertEquals("总分 分值（标准）", result.get(1).field(), "another field of the rule is not what the fold names");
        assertEquals("乙", result.get(2).form(), "乙 has no blank weights: its total stands on its own");
    }

    @Test
    void findingsPerfauditRaisesItselfAreNeverGrouped() {
        List<Finding> result = groups.apply(List.of(at("PARSE-PROBLEM", "甲", 3, "行"), at("PARSE-PROBLEM", "甲", 4, "行")));
        assertEquals(2, result.size());
    }
}
