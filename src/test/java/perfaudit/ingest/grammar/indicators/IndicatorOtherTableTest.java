package perfaudit.ingest.grammar.indicators;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.ingest.grammar.SyntheticForm;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.ParseProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second indicator header inside a form's 绩效指标 table (OtherTableHeader): one printing columns the table's
 * own header does not (指标性质 / 指标值 / 度量单位 / 权重 after a 年度指标值 / 实际完成值 / 分值 / 得分 table) opens
 * another table, a page's untitled tail of another form: its rows are not read as this form's, nor as a form,
 * and one PARSE-PROBLEM says so. A header reprinted with the table's own columns (a page break) continues the
 * table, and is no row. Each in "|" rows and in space rows.
 */
class IndicatorOtherTableTest {

    private static final String FIRST = SyntheticForm.HEAD + SyntheticForm.INDICATOR_HEADER + """
            产出指标 | 数量指标 | 保洁面积 | ≥5000平方米 | 5000平方米 | 40 | 40 |
            效益指标 | 社会效益指标 | 群众投诉率 | ≤5% | 3% | 40 | 40 |
            """;
    /** Another form's tail, untitled: its own header with the target split in three, no 完成值 / 得分 (line 10). */
    private static final String OTHER_TAIL = """
            绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 |
            产出指标 | 数量指标 | 宣传活动场次 | ≥ | 12 | 场 | 20 |
            效益指标 | 社会效益指标 | 群众知晓率 | = | 100 | % | 30 |
            合计 | 100 |
            评价结论 | 结合自评情况,说明项目自评总分。 |
            """;
    /** The first table's header again on a new page, then its last rows and 总分 (line 10). */
    private static final String SAME_TABLE_NEXT_PAGE = """
            绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
            满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10 |
            总分 | 100 | 98.35 |
            """;
    private static final String SECOND = SyntheticForm.SECOND_HEAD + SyntheticForm.INDICATOR_HEADER + """
            产出指标 | 数量指标 | 办件量 | ≥10000件 | 12000件 | 80 | 80 |
            满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 96% | 10 | 10 |
            总分 | 100 | 100 |
            """;

    @Test
    void anotherTablesHeaderEndsTheTableAndItsRowsAreLeftUnread() {
        assertOtherTableUnread(read(FIRST + OTHER_TAIL + SECOND));
    }

    @Test
    void anotherTablesHeaderInSpaceRowsEndsTheTableAsWell() {
        assertOtherTableUnread(read(spaceRows(FIRST + OTHER_TAIL + SECOND)));
    }

    @Test
    void theTablesOwnHeaderReprintedOnANewPageContinuesTheTable() {
        assertSameTableContinues(read(FIRST + SAME_TABLE_NEXT_PAGE + SECOND));
    }

    @Test
    void theTablesOwnHeaderReprintedInSpaceRowsContinuesTheTable() {
        assertSameTableContinues(read(spaceRows(FIRST + SAME_TABLE_NEXT_PAGE + SECOND)));
    }

    private static void assertOtherTableUnread(Document document) {
        Form first = document.forms().get(0);
        assertEquals(List.of("保洁面积", "群众投诉率"), names(first), "the other table's rows are not this form's");
        assertNull(first.total(), "the other table's 合计 is not this form's 总分");
        ParseProblem other = problemAt(document, "line 10");
        assertTrue(other.reason().contains("指标性质 指标值 度量单位"), other.reason());
        assertTrue(document.problems().stream().noneMatch(p -> p.text().contains("宣传活动场次") || p.text().contains("群众知晓率")),
                "one problem for the other table, none per row: " + document.problems());
        assertSecondFormWhole(document);
    }

    private static void assertSameTableContinues(Document document) {
        assertEquals(List.of(), document.problems(), "the reprinted header is neither a row nor another table");
        Form first = document.forms().get(0);
        assertEquals(List.of("保洁面积", "群众投诉率", "群众满意度"), names(first));
        assertEquals(0, first.total().score().compareTo(new java.math.BigDecimal("98.35")));
        assertSecondFormWhole(document);
    }

    private static void assertSecondFormWhole(Document document) {
        assertEquals(2, document.forms().size(), "the other table opens no form of its own");
        Form second = document.forms().get(1);
        assertEquals("政务服务大厅运行经费", second.projectName());
        assertEquals(List.of("办件量", "群众满意度"), names(second));
    }

    private static ParseProblem problemAt(Document document, String position) {
        return document.problems().stream().filter(p -> p.location().position().equals(position)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + position + ": " + document.problems()));
    }

    private static List<String> names(Form form) {
        return form.indicators().stream().map(Indicator::name).toList();
    }

    /** The same rows with their cells parted by two spaces, as a PDF's text or a flattened page prints them. */
    private static String spaceRows(String piped) {
        return piped.replaceAll(" *\\| *\n", "\n").replace(" | ", "  ");
    }

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "other-table.txt", Limits.DEFAULT);
    }
}
