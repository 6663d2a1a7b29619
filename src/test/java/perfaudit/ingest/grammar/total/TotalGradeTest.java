package perfaudit.ingest.grammar.total;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Total;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 自评等级 (优 / 良 / 中 / 差) a template prints after the 总分's 得分 belongs to the 总分 row, also
 * where every cell is a line of its own (a web page flattened cell by cell): no line left unread.
 */
class TotalGradeTest {

    private static final String FORM = """
            项目支出绩效自评表 |
            (2022年度) |
            项目名称 | 营养改善计划专项资金 |
            主管部门 | 永德县教育体育局 | 实施单位 | 永德县明朗中学 |
            项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            年度资金总额 | 80 | 80 | 80 | 10 | 100% | 10 |
            绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
            产出指标 | 数量指标 | 受益学生人数 | ≥900人 | 950人 | 80 | 76 | |||
            满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥95% | 100% | 10 | 10 | |||
            """;

    @Test
    void aGradeAfterTheTotalOnOneLineIsPartOfTheRow() {
        assertTotalWithGrade(read(FORM + "总分 | 100 | 96 | 优 |\n"));
    }

    @Test
    void aGradeOnALineOfItsOwnIsPartOfTheRow() {
        assertTotalWithGrade(read(FORM + "总分 |\n100 |\n96 |\n优 |\n"));
    }

    private static void assertTotalWithGrade(Document document) {
        assertEquals(List.of(), document.problems());
        Total total = document.forms().get(0).total();
        assertEquals(0, total.weight().compareTo(BigDecimal.valueOf(100)));
        assertEquals(0, total.score().compareTo(BigDecimal.valueOf(96)));
    }

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "grade.txt", Limits.DEFAULT);
    }
}
