package perfaudit.ingest.grammar.indicators;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A row whose 二级 belongs to another 一级 (经济效益指标 inside 产出指标) stays under the printed 一级 where the form
 * shows that 一级's cell spans it (its 二级 continue after the row, or its stated points are met only with the row),
 * with a note; where the 一级 is not printed for it (the cell lost), it is re-filed under its 二级's own 一级.
 */
class CrossFilingTest {

    private static final String HEAD = """
            项目名称 | 某县某项目 | |||||||||||
            主管部门 | 某县农业农村局 | 实施单位 | 某县某公司 | |||||||||
            项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||||||
            年度资金总额 | 100 | 100 | 100 | 10 | 100% | 10 | ||||||
            其中:当年财政拨款 | 100 | 100 | 100 | — | 100% | — | ||||||
            绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | ||||
            """;

    @Test
    void aSecondLevelOfThePrintedFirstLevelAfterTheRowKeepsItThere() {
        Document d = read("""
                产出指标(30分) | 数量指标 | 建设冷库面积 | ≥1000平方米 | 1000平方米 | 10 | 10 | ||||||
                经济效益 指标 | 奖补资金兑付率(%) | ≥100% | 100% | 10 | 10 | |||||||
                时效指标 | 任务完成时限(月) | 10 | 10 | 5 | 5 | |||||||
                """);
        assertEquals(List.of("产出指标", "产出指标", "产出指标"), level1s(d));
        assertEquals(30, row(d, "奖补资金兑付率(%)").level1Points().intValue());
        assertEquals("经济效益指标", row(d, "奖补资金兑付率(%)").level2());
        assertTrue(d.notes().stream().anyMatch(n -> n.reason().contains("属于效益指标")), d.notes().toString());
    }

    @Test
    void theStatedPointsMetOnlyWithTheRowKeepItThere() {
        Document d = read("""
                产出指标(30分) | 数量指标 | 建设冷库面积 | ≥1000平方米 | 1000平方米 | 20 | 20 | ||||||
                经济效益 指标 | 奖补资金兑付率(%) | ≥100% | 100% | 10 | 10 | |||||||
                效益指标(10分) | 社会效益指标 | 带动就业人数 | ≥50人 | 50人 | 10 | 10 | ||||||
                """);
        assertEquals(List.of("产出指标", "产出指标", "效益指标"), level1s(d));
        assertTrue(d.notes().stream().anyMatch(n -> n.reason().contains("30 points")), d.notes().toString());
    }

    @Test
    void aRowWhoseFirstLevelCellIsLostIsStillFiledByItsSecondLevel() {
        // 产出 meets its 30 without the row, and no 产出 二级 comes after it: the 效益 cell was lost, not misfiled
        Document d = read("""
                产出指标(30分) | 数量指标 | 建设冷库面积 | ≥1000平方米 | 1000平方米 | 20 | 20 | ||||||
                质量指标 | 验收合格率 | 100% | 100% | 10 | 10 | |||||||
                社会效益指标 | 带动就业人数 | ≥50人 | 50人 | 10 | 10 | |||||||
                满意度指标(10分) | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 95% | 10 | 10 | ||||||
                """);
        assertEquals(List.of("产出指标", "产出指标", "效益指标", "满意度指标"), level1s(d));
        assertEquals(null, row(d, "带动就业人数").level1Raw());
        assertTrue(d.notes().stream().noneMatch(n -> n.reason().contains("按原表保留")), d.notes().toString());
    }

    @Test
    void withoutStatedPointsOrAComebackTheRowIsReFiled() {
        Document d = read("""
                产出指标 | 数量指标 | 建设冷库面积 | ≥1000平方米 | 1000平方米 | 20 | 20 | ||||||
                社会效益指标 | 带动就业人数 | ≥50人 | 50人 | 10 | 10 | |||||||
                """);
        assertEquals(List.of("产出指标", "效益指标"), level1s(d));
    }

    private static Document read(String rows) {
        return Inputs.read((HEAD + rows).getBytes(StandardCharsets.UTF_8), "cross.txt", Limits.DEFAULT);
    }

    private static List<String> level1s(Document d) {
        return d.forms().get(0).indicators().stream().map(Indicator::level1).toList();
    }

    private static Indicator row(Document d, String name) {
        return d.forms().get(0).indicators().stream().filter(i -> name.equals(i.name())).findFirst().orElseThrow();
    }
}
