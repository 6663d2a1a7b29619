package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mechanisms the seventh blind round (h01–h06, blind/README.md) called for, each on a synthetic form: "|" rows placed
 * by their one-line header, a page flattened to one line with its footer and running title, an OCR'd ≥ alone in
 * 指标性质, and a text between two rows run on one line.
 */
class BlindRound8Test {

    private static Form onlyForm(Document doc) {
        assertEquals(1, doc.forms().size(), doc.problems().toString());
        return doc.forms().get(0);
    }

    private static String levels(Form form) {
        return String.join("\n", form.indicators().stream().map(i -> i.level2() + " " + i.name()).toList());
    }

    /** A score sheet in "|" rows: 产出 / 效益 in the 二级 column are labels, 社会效益 in the 三级 column a name. */
    @Test
    void barRowsPlaceLevelsByTheirHeaderLine() {
        String text = """
                | 禾丰县2023年度项目支出绩效评价得分表 | | | | |
                | 项目名称 | 农村饮水安全巩固提升 | | | |
                | 主管部门 | 禾丰县水利局 | 实施单位 | 禾丰县农村供水站 | |
                | 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |
                | 项目决策(20分) | 项目立项 | 立项依据充分性 | 10 | 10 |
                | | 绩效目标 | 绩效目标合理性 | 10 | 9 |
                | 项目绩效(80分) | 产出 | 实际完成率 | 40 | 40 |
                | | | 完成及时性 | 10 | 10 |
                | | 效益 | 社会效益 | 20 | 18 |
                | | | 服务对象满意度 | 10 | 10 |
                | 合计 | | | 100 | 97 |
                """;
        Form form = onlyForm(SyntheticForm.read(text, "k-pipe.txt"));
        assertEquals("""
                项目立项 立项依据充分性
                绩效目标 绩效目标合理性
                产出 实际完成率
                产出 完成及时性
                效益 社会效益
                效益 服务对象满意度""", levels(form));
        assertTrue(form.indicators().stream().allMatch(i -> i.weight() != null && i.score() != null));
    }

    /** A form flattened one line a page: the footer ends line 1, the title and the indicator header open line 2. */
    @Test
    void aPageFlattenedToOneLineKeepsItsRowsAfterItsRunningTitle() {
        String text = "项目支出绩效自评表 (2023年度) 项目名称 乡村道路养护 主管部门 清平县交通运输局 实施单位 清平县公路站"
                + " 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 50 50 50 10 100% 10"
                + " 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"
                + " 产出指标(50分) 数量指标 养护道路里程 ≥20公里 21公里 50 50 第 1 页 共 2 页\n"
                + "项目支出绩效自评表 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"
                + " 效益指标(30分) 社会效益指标 道路完好率 ≥90% 93% 30 30 满意度指标(10分) 服务对象满意度指标 群众满意度"
                + " ≥90% 95% 10 10 总分 100 100 第 2 页 共 2 页\n";
        Document doc = SyntheticForm.read(text, "flat-pages.txt");
        Form form = onlyForm(doc);
        assertEquals(List.of("养护道路里程", "道路完好率", "群众满意度"), SyntheticForm.names(form));
        assertEquals(0, form.indicators().get(0).score().compareTo(new java.math.BigDecimal("50")));
        assertEquals(0, form.total().score().compareTo(new java.math.BigDecimal("100")));
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }

    /** 指标性质 printed as ^ (an OCR'd ≥): the target is ≥ its 指标值, noted. */
    @Test
    void aLoneOcrGlyphInNatureIsGreaterOrEqual() {
        String text = """
                部门整体绩效自评表
                (2022年度)
                单位名称 青石县图书馆 自评总分 100
                年初预算数 全年(调整)预算数 全年执行数 执行率 执行率权重 执行率得分
                100 100 100 100.00% 10 10
                一级指标 二级指标 指标名称 计量单位 指标性质 指标值 指标权重(分) 全年完成值 指标得分(分) 说明 是否核心指标
                产出指标 数量指标 借阅图书册次 万册次 ^ 12 50 13 50 是
                效益指标 社会效益指标 读者到馆人次 万人次 ≥ 20 30 21 30 否
                满意度指标 服务对象满意度指标 读者满意度 % ≥ 90 10 95 10 否
                """;
        Document doc = SyntheticForm.read(text, "nature-glyph.txt");
        Indicator first = onlyForm(doc).indicators().get(0);
        assertEquals("借阅图书册次", first.name());
        assertEquals("≥", first.target().comparator());
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("OCR")), doc.notes().toString());
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }

    private static String oneLine(String score1) {
        return oneLine(score1, "服务老人人数 ≥100人 110人 30 30");
    }

    private static String oneLine(String score1, String row2) {
        return "项目支出绩效自评表 (2022年度) 项目名称 社区养老 主管部门 清平县民政局 实施单位 清平县福利院"
                + " 项目资金(万元) 年初预算数 全年预算数 全年执行数 执行率 年度资金总额 80 80 80 100%"
                + " 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施"
                + " 产出指标(60分) 数量指标 新增床位数 ≥30张 27张 30 " + score1 + " 部分床位延至次年交付"
                + " " + row2 + " 满意度指标(30分) 服务对象满意度指标 老人满意度 ≥90% 96% 30 30"
                + " 总分 90 " + (60 + Double.parseDouble(score1)) + "\n";
    }

    /** Rows run on one line: the text after a row that lost points is its 偏差原因, and the next row is read. */
    @Test
    void aTextBetweenRowsAfterLostPointsIsTheReason() {
        Document doc = SyntheticForm.read(oneLine("27"), "between-lost.txt");
        Form form = onlyForm(doc);
        assertEquals(List.of("新增床位数", "服务老人人数", "老人满意度"), SyntheticForm.names(form));
        assertEquals("部分床位延至次年交付", form.indicators().get(0).deviation());
        assertNull(form.indicators().get(1).deviation());
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }

    /**
     * The same text after a row at full points, before a row of words (合规 | 合规) that leaves it no place in the name:
     * reported, not placed, and the next row still read (main dropped that row). Before a row whose name it may begin,
     * it is read as the name's first words, as before (a name broken by a space in flattened text).
     */
    @Test
    void aTextBetweenRowsAfterFullPointsIsReported() {
        Document doc = SyntheticForm.read(oneLine("30", "资金使用合规性 合规 合规 30 30"), "between-full.txt");
        Form form = onlyForm(doc);
        assertEquals(List.of("新增床位数", "资金使用合规性", "老人满意度"), SyntheticForm.names(form));
        assertNull(form.indicators().get(0).deviation());
        assertEquals(1, doc.problems().size(), doc.problems().toString());
    }
}
