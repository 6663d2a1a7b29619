package perfaudit.ingest.grammar.indicators;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A score sheet whose header prints a 分值 after 一级指标, after 二级指标 and after 三级指标 (blind form d02). Each 二级
 * label with its points heads the rows below it; its points are no row. Before: in text with a cell per line each 二级
 * and its points were read as a row with 得分 = the points (MISS-WEIGHT, the 得分 summed twice), in tabbed text a 二级
 * the vocabulary does not know (产出 / 效益) made its row a misfit, and the 合计 row read the 一级 sum as its 分值 and
 * the rows' 分值 as its 得分.
 */
class LevelPointsScoreSheetTest {

    private static final String[][] ROWS = {
            {"项目决策", "15", "项目立项", "6", "立项依据", "4", "4"},
            {"", "", "", "", "立项程序", "2", "1.5"},
            {"", "", "资金投入", "9", "预算编制", "9", "8"},
            {"项目管理", "25", "组织实施", "25", "制度健全", "10", "10"},
            {"", "", "", "", "档案管理", "15", "12"},
            {"项目绩效", "60", "产出", "35", "完成数量", "20", "20"},
            {"", "", "", "", "完成时效", "15", "14"},
            {"", "", "效益", "25", "社会效益", "15", "15"},
            {"", "", "", "", "满意度", "10", "9"},
            {"合计", "100", "", "", "", "100", "93.5"}};

    private static final String HEAD = "河湾县2023年度农机补贴项目支出绩效评价得分表\n项目名称：农机购置补贴\n主管部门：河湾县农业局\n"
            + "实施单位：河湾县农机站\n";
    private static final String[] HEADER = {"一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"};

    /** One cell per line with blank lines between, as a document site prints a table: merged cells once. */
    private static String cellPerLine() {
        StringBuilder text = new StringBuilder(HEAD.replace("\n", "\n\n"));
        for (String label : HEADER) {
            text.append(label).append("\n\n");
        }
        for (String[] row : ROWS) {
            for (String cell : row) {
                if (!cell.isEmpty()) {
                    text.append(cell).append("\n\n");
                }
            }
        }
        return text.toString();
    }

    private static String tabbed() {
        StringBuilder text = new StringBuilder(HEAD.replace("：", "\t")).append(String.join("\t", HEADER)).append('\n');
        for (String[] row : ROWS) {
            text.append(String.join("\t", row)).append('\n');
        }
        return text.toString();
    }

    private static Form read(String text) {
        Document doc = parse(text);
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
        return doc.forms().get(0);
    }

    private static Document parse(String text) {
        Document doc = Inputs.read(text.getBytes(StandardCharsets.UTF_8), "sheet.txt", Limits.DEFAULT);
        assertEquals(1, doc.forms().size(), doc.problems().toString());
        return doc;
    }

    private static void assertRows(Form form) {
        List<Indicator> rows = form.indicators();
        assertEquals(List.of("立项依据", "立项程序", "预算编制", "制度健全", "档案管理", "完成数量", "完成时效", "社会效益", "满意度"),
                rows.stream().map(Indicator::name).toList());
        assertEquals(List.of("项目立项", "项目立项", "资金投入", "组织实施", "组织实施", "产出", "产出", "效益", "效益"),
                rows.stream().map(Indicator::level2).toList());
        assertEquals(List.of("4", "2", "9", "10", "15", "20", "15", "15", "10"),
                rows.stream().map(r -> r.weight().toPlainString()).toList());
        assertEquals(List.of("4", "1.5", "8", "10", "12", "20", "14", "15", "9"),
                rows.stream().map(r -> r.score().toPlainString()).toList());
        assertEquals(List.of("15", "15", "15", "25", "25", "60", "60", "60", "60"),
                rows.stream().map(r -> r.level1Points().toPlainString()).toList());
        assertEquals(0, new BigDecimal("100").compareTo(form.total().weight()));
        assertEquals(0, new BigDecimal("93.5").compareTo(form.total().score()));
    }

    @Test
    void cellPerLineLevel2LabelsAndTheirPointsHeadTheRows() {
        assertRows(read(cellPerLine()));
    }

    @Test
    void tabbedLevel2LabelsAndTheTotalRowReadByColumn() {
        assertRows(read(tabbed()));
    }

    @Test
    void tabbedTotalRowReadsTheRowsColumnsNotTheLevelSums() {
        // 二级 the vocabulary knows: before, only the 合计 row misread (100 | | | 100 | 93.5 read as 100 / 100)
        Form form = read(tabbed().replace("\t产出\t", "\t项目产出\t").replace("\t效益\t", "\t项目效益\t"));
        assertEquals(9, form.indicators().size());
        assertEquals(0, new BigDecimal("100").compareTo(form.total().weight()));
        assertEquals(0, new BigDecimal("93.5").compareTo(form.total().score()));
    }

    @Test
    void aLabelWhoseRowsDoNotAddUpToItsFigureStaysARow() {
        // 档案管理 prints 分值 13 under a 组织实施 of 25: nothing shows 组织实施 25 to head the rows, so it is not taken as a 二级
        Form form = parse(cellPerLine().replace("档案管理\n\n15\n\n12", "档案管理\n\n13\n\n12").replace("合计\n\n100", "合计\n\n98")).forms().get(0);
        Indicator row = form.indicators().stream().filter(r -> "组织实施".equals(r.name())).findFirst().orElseThrow();
        assertNull(row.level2());
    }
}
