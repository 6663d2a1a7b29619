package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.ingest.grammar.vocabulary.VocabularyException;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.ParseProblem;
import perfaudit.model.funds.FundBreakdown;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.FundNature;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The funds broken down by 收入性质 / 支出性质 under a 部门整体 form's funds table (real form 17, 衡山县
 * 贯塘乡): the two breakdowns printed as two columns, read from every serialisation the funds table is
 * read from, each part given to the breakdown whose vocabulary lists it, nothing reported unread.
 */
class FundsByNatureTest {

    /** Form 17's head and funds table, row by row as its grid prints it; the breakdown's cells are "label:value". */
    private static final List<List<String>> ROWS = List.of(
            List.of("2023年度部门整体支出绩效自评表"),
            List.of("预算部门、单位名称", "衡山县贯塘乡人民政府"),
            List.of("年度预算申请(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分"),
            List.of("年度资金总额", "861.10", "2030.12", "2030.12", "10", "100%", "10"),
            List.of("按收入性质分:2030.12", "按支出性质分:1925.67"),
            List.of("其中: 一般公共预算:1325.68", "其中:基本支出:900.47"),
            List.of("政府性基金拨款:118.82", "项目支出:1025.20"),
            List.of("纳入专户管理的非税收入拨款:", ""),
            List.of("其他资金:585.62", ""),
            List.of("年度总体目标", "预期目标", "实际完成情况"),
            List.of("", "搞好政府各职能部门完成的工作任务监督", "完成全年工作任务"));

    private static Document read(String text, String name) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), name, Limits.DEFAULT);
    }

    /** The rows with each "label:value" cell cut into a label cell and a value cell. */
    private static List<List<String>> labelValuePairs() {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : ROWS) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                int colon = cell.lastIndexOf(':');
                // rows 4 to 8 are the breakdown's
                if (colon > 0 && rows.size() >= 4 && rows.size() <= 8) {
                    cells.add(cell.substring(0, colon));
                    cells.add(cell.substring(colon + 1));
                } else {
                    cells.add(cell);
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String render(List<List<String>> rows, String layout) {
        return switch (layout) {
            case "tabbed" -> rows.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n"));
            case "pipe" -> rows.stream().map(r -> "| " + String.join(" | ", r) + " |").collect(Collectors.joining("\n"));
            case "cell-a-line" -> rows.stream().flatMap(List::stream).filter(c -> !c.isEmpty())
                    .collect(Collectors.joining("\n\n"));
            case "lines" -> rows.stream().map(r -> String.join(" ", r.stream().filter(c -> !c.isEmpty()).toList()))
                    .collect(Collectors.joining("\n"));
            default -> throw new IllegalArgumentException(layout);
        };
    }

    private static void assertForm17(Document document, String what) {
        assertEquals(1, document.forms().size(), what + ": " + document.problems());
        Form form = document.forms().get(0);
        assertEquals(0, new BigDecimal("2030.12").compareTo(form.fundLine(FundLine.TOTAL).executed()), what);
        List<FundBreakdown> breakdowns = form.fundsByNature();
        assertEquals(2, breakdowns.size(), what + ": " + breakdowns);
        FundBreakdown income = breakdowns.get(0);
        assertEquals(FundNature.INCOME, income.nature(), what);
        assertAmount("2030.12", income.total(), what);
        assertEquals(List.of("一般公共预算", "政府性基金", "纳入专户管理的非税收入", "其他资金"),
                income.parts().stream().map(FundBreakdown.Part::name).toList(), what);
        assertAmount("1325.68", income.parts().get(0).amount(), what);
        assertAmount("118.82", income.parts().get(1).amount(), what);
        assertNull(income.parts().get(2).amount(), what + ": printed empty, not 0");
        assertAmount("585.62", income.parts().get(3).amount(), what);
        FundBreakdown expenditure = breakdowns.get(1);
        assertEquals(FundNature.EXPENDITURE, expenditure.nature(), what);
        assertAmount("1925.67", expenditure.total(), what);
        assertEquals(List.of("基本支出", "项目支出"), expenditure.parts().stream().map(FundBreakdown.Part::name).toList(), what);
        assertAmount("900.47", expenditure.parts().get(0).amount(), what);
        assertAmount("1025.20", expenditure.parts().get(1).amount(), what);
        List<String> unread = document.problems().stream().map(ParseProblem::text)
                .filter(text -> text != null && (text.contains("性质") || text.contains("预算") || text.contains("支出")
                        || text.contains("资金") || text.contains("拨款"))).toList();
        assertEquals(List.of(), unread, what + ": cells of the breakdown reported unread");
    }

    private static void assertAmount(String expected, BigDecimal actual, String what) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0, what + ": " + expected + " vs " + actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tabbed", "pipe", "cell-a-line", "lines"})
    void labelAndFigureInOneCell(String layout) {
        assertForm17(read(render(ROWS, layout), "17-" + layout + ".txt"), layout);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tabbed", "pipe", "cell-a-line"})
    void labelAndFigureInCellsOfTheirOwn(String layout) {
        assertForm17(read(render(labelValuePairs(), layout), "17-pairs-" + layout + ".txt"), layout + " pairs");
    }

    @Test
    void theLocationsAreTheLabelsOwn() {
        Form form = read(render(ROWS, "tabbed"), "17.txt").forms().get(0);
        assertEquals(5, form.fundsByNature().get(0).location().line());
        assertEquals(5, form.fundsByNature().get(1).location().line());
        assertEquals(6, form.fundsByNature().get(1).parts().get(0).location().line(), "基本支出");
        assertEquals(9, form.fundsByNature().get(0).parts().get(3).location().line(), "其他资金");
        assertEquals("其他资金", form.fundsByNature().get(0).parts().get(3).label());
    }

    /** 其他资金 and 项目支出 are a breakdown's parts only inside one its total opened: else the table's rows as before. */
    @Test
    void partLabelsOutsideABreakdownAreNotParts() {
        List<List<String>> rows = List.of(
                List.of("项目支出绩效自评表", "", "", "", "", "", ""),
                List.of("项目名称", "测试项目", "", "", "", "", ""),
                List.of("项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                List.of("年度资金总额", "100", "100", "95", "10", "95.00%", "9.50"),
                List.of("其中:本年财政拨款", "90", "90", "85", "—", "", ""),
                List.of("其他资金", "10", "10", "10", "—", "", ""),
                List.of("年度总体目标", "预期目标", "", "", "实际完成情况", "", ""),
                List.of("", "完成项目支出任务", "", "", "已完成", "", ""));
        String text = render(rows, "tabbed");
        Form form = read(text, "plain.txt").forms().get(0);
        assertEquals(List.of(), form.fundsByNature());
        assertAmount("10", form.fundLine(FundLine.OTHER).annualBudget(), "其他资金 row");
    }

    /** An auditor adds a part's spelling in forms.yaml: the next read gives it to its breakdown. */
    @Test
    void aPartSpellingAddedToTheVocabularyIsRead() throws Exception {
        String shipped = Files.readString(Path.of("rules", "forms.yaml"), StandardCharsets.UTF_8);
        String edited = shipped.replace("其他资金: [其他资金, 其它资金, 其他收入]", "其他资金: [其他资金, 其它资金, 其他收入, 上级补助收入]");
        assertTrue(!edited.equals(shipped), "the shipped spelling list moved: update this test");
        List<List<String>> rows = new ArrayList<>(ROWS);
        rows.set(8, List.of("上级补助收入:585.62", ""));
        String text = render(rows, "tabbed");
        assertTrue(read(text, "17.txt").problems().stream().anyMatch(p -> "上级补助收入:585.62".equals(p.text())),
                "the shipped vocabulary does not know 上级补助收入");
        Document document = Inputs.read(text.getBytes(StandardCharsets.UTF_8), "17.txt", Limits.DEFAULT,
                Vocabulary.parse(edited, "forms.yaml"));
        FundBreakdown.Part other = document.forms().get(0).fundsByNature().get(0).parts().get(3);
        assertEquals("其他资金", other.name());
        assertEquals("上级补助收入", other.label());
        assertAmount("585.62", other.amount(), "上级补助收入");
    }

    /** A breakdown forms.yaml does not know, or a spelling under two parts, stops the run at its line. */
    @Test
    void aBrokenBreakdownInTheVocabularyIsReportedAtItsLine() throws Exception {
        String shipped = Files.readString(Path.of("rules", "forms.yaml"), StandardCharsets.UTF_8);
        String unknown = shipped.replace("    expenditure:\n      total: [按支出性质分", "    spending:\n      total: [按支出性质分");
        String twice = shipped.replace("项目支出: [项目支出]", "项目支出: [项目支出, 基本支出]");
        assertTrue(errors(unknown).matches("(?s).*forms\\.yaml:\\d+: unknown breakdown 'spending' \\(one of expenditure, income\\).*"),
                errors(unknown));
        assertTrue(errors(twice).matches("(?s).*forms\\.yaml:\\d+: '基本支出' is listed for both 基本支出 and 项目支出.*"), errors(twice));
    }

    private static String errors(String yaml) {
        VocabularyException e = assertThrows(
                VocabularyException.class,
                () -> Vocabulary.parse(yaml, "forms.yaml"));
        return String.join("\n", e.errors());
    }
}
