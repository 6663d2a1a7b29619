package perfaudit.ingest.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Row widths in tabbed text are judged per table, and a row short only by the trailing empty cells an
 * export drops is whole; a row that lost a cell in the middle is still reported.
 */
class TabbedWidthTest {

    private static final String HEAD = """
            项目支出绩效自评表
            (2023年度)
            项目名称\t示例项目
            主管部门\t101-示例局\t\t\t实施单位\t101001-示例中心
            项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
            \t年度资金总额\t100\t100\t90\t10\t90.00%\t9
            绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
            """;

    @TempDir
    Path folder;

    /** Header fields, the funds table and trimmed indicator rows are narrower than the indicator head: no problem. */
    @Test
    void rowsTrimmedOfTrailingEmptyCellsAreWhole() throws IOException {
        Document doc = parse("trimmed.txt", HEAD + """
                \t产出指标(50分)\t数量指标\t新建数量\t≥40个\t42个\t30\t30
                \t\t质量指标\t合格率\t100%\t96%\t20\t18\t个别返工
                \t效益指标(40分)\t社会效益指标\t便利程度\t明显提升\t明显提升\t40\t40
                总分\t\t\t\t\t\t100\t97
                """);
        assertEquals(List.of(), widthProblems(doc));
        assertEquals("42个", doc.forms().get(0).indicators().get(0).actual().raw());
    }

    /** A G export's sections (一、基本情况 …) are 2–4 cells wide under a 10-column indicator table: no problem. */
    @Test
    void eachSectionHasItsOwnWidth() throws IOException {
        Document doc = parse("sections.txt", """
                预算项目绩效自评表
                一、基本情况
                项目名称\t示例项目\t主管部门\t示例局
                实施单位\t示例中心\t项目负责人\t某某
                二、预算执行情况（万元）
                预算安排情况(调整后)\t资金到位情况\t资金执行情况\t预算执行进度(%)
                50\t50\t45\t90
                三、目标完成情况
                总体完成率(%)\t95
                四、年度绩效指标完成情况
                一级指标\t二级指标\t三级指标\t指标分值\t预期指标值\t单项指标实际完成值\t单项指标完成情况\t单项指标得分\t权重占比(%)\t单项指标折算得分
                产出指标\t数量指标\t新建数量\t50\t≥10个\t10个\t完成\t50\t50\t50
                满意度指标\t服务对象满意度指标\t群众满意度\t50\t≥90%\t95%\t完成\t50\t50\t50
                """);
        assertEquals(List.of(), widthProblems(doc));
    }

    /** A padded export whose row lost its 实际完成值 (its figures moved left, its trailing tab kept) is reported. */
    @Test
    void paddedRowThatLostAMiddleCellIsReported() throws IOException {
        Document doc = parse("padded-shift.txt", HEAD + """
                \t产出指标(50分)\t数量指标\t新建数量\t≥40个\t42个\t30\t30\t
                \t\t质量指标\t合格率\t100%\t20\t18\t
                \t效益指标(40分)\t社会效益指标\t便利程度\t明显提升\t明显提升\t40\t40\t
                总分\t\t\t\t\t\t100\t98\t
                """);
        assertShiftReported(doc, "合格率");
    }

    /**
     * Header-field rows are read by their labels: in a padded export (c03) the 2-cell 项目名称 row beside the 6-cell
     * 主管部门 row, and a 4-cell 主管部门 | … | 项目负责人及电话 | … row among 2-cell ones (e05), are no damaged rows.
     */
    @Test
    void headerFieldRowsAreNotWidthJudged() throws IOException {
        Document doc = parse("header-fields.txt", HEAD + """
                	产出指标(50分)	数量指标	新建数量	≥40个	42个	30	30	
                	效益指标(40分)	社会效益指标	便利程度	明显提升	明显提升	40	40	
                总分						100	100	
                """);
        assertEquals(List.of(), widthProblems(doc));
        Document fields = parse("header-fields-b.txt", """
                绩效目标自评表
                （2020年度）
                项目名称	示例项目
                主管部门	[108]示例局	项目负责人及电话	陈明 0564-5123456
                实施单位	[108003]示例所
                项目资金（万元）	全年预算数(A)	全年执行数(B)	分值	执行率(B/A)	得分
                年度资金总额	100	100	10	100%	10
                """);
        assertEquals(List.of(), widthProblems(fields));
        assertEquals("108003", fields.forms().get(0).implementingUnit().code());
    }

    /** A trimmed export whose row lost its 实际完成值 shows a text (its 偏差原因) under 得分: reported. */
    @Test
    void trimmedRowWithTextUnderAFigureColumnIsReported() throws IOException {
        Document doc = parse("trimmed-shift.txt", HEAD + """
                \t产出指标(50分)\t数量指标\t新建数量\t≥40个\t42个\t30\t30
                \t\t质量指标\t合格率\t100%\t20\t18\t个别返工
                \t效益指标(40分)\t社会效益指标\t便利程度\t明显提升\t明显提升\t40\t40
                总分\t\t\t\t\t\t100\t98
                """);
        assertShiftReported(doc, "合格率");
    }

    private static void assertShiftReported(Document doc, String rowName) {
        List<ParseProblem> problems = widthProblems(doc);
        assertEquals(1, problems.stream().filter(p -> p.text().contains(rowName)).count(), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.text().contains("年度资金总额")), problems.toString());
    }

    private static List<ParseProblem> widthProblems(Document doc) {
        return doc.problems().stream().filter(p -> p.reason().contains("cells")).toList();
    }

    private Document parse(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return Fixtures.read(file);
    }
}
