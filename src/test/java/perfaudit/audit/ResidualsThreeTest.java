package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Residuals 3 (src/test/resources/perfaudit/blind/README.md): what the thirteenth and fourteenth blind rounds left
 * misread. s01–s03 are one family B form each whose table changes ruling at a page break (made by
 * {@code blind/pdf-src/make.sh p}); on main each was cut at the page with no word (its last rows and 总分 lost).
 */
public class ResidualsThreeTest {

    private static final String ROWS = """
            产出指标 数量指标 改造干支渠长度 | ≥28公里 | 28公里 | 15 15
            产出指标 数量指标 新增节水灌溉面积 | ≥2.6万亩 | 2.4万亩 | 15 13.85
            产出指标 质量指标 工程验收合格率 | 100% | 100% | 10 10
            产出指标 时效指标 工程完工时间 | ≤2023-11-30 | 2023-11-25 | 5 5
            产出指标 成本指标 每公里渠道改造成本 | ≤40万元 | 38.6万元 | 5 5
            效益指标 经济效益指标 年节约灌溉用水量 | ≥600万立方米 | 620万立方米 | 15 15
            效益指标 生态效益指标 灌溉水利用系数 | ≥0.58 | 0.58 | 10 10
            效益指标 可持续影响指标 工程设计使用年限 | ≥20年 | 20年 | 5 5
            满意度指标 服务对象满意度指标 灌区群众满意度 | ≥90% | 93% | 10 10
            总分 100 97.35""";

    private static final String FUNDS = """
            total - 1200 1140 10 95 9.5
            central - 900 900 - - -
            local - 300 240 - - -
            """;

    /**
     * The table ruled on page 1 goes on without borders on page 2 (s01), or the other way round (s02): the rows on the
     * unruled page stand in the ruled part's columns and are read as rows of that table, the form whole.
     */
    @Test
    void aTableThatChangesRulingAtAPageBreakIsReadAsOneForm() {
        BlindFormsTest.assertRead(Map.of(
                "s01-hexi-shuili-familyB-writer-ruledthenbare-2023",
                "B 2023 | 河西灌区续建配套节水改造 | 214 河西县水利局 | 214003 河西县灌区管理所\n" + FUNDS + ROWS,
                "s02-nanping-guanwang-familyB-writer-barethenruled-2023",
                "B 2023 | 南坪镇污水管网延伸工程 | 316 南坪县住房和城乡建设局 | 316021 南坪县排水管理站\n" + FUNDS + ROWS));
        assertEquals(0, BlindFormsTest.readBlind("s01-hexi-shuili-familyB-writer-ruledthenbare-2023").problems().size());
    }

    /**
     * s03: as s02, but Writer sized the two tables apart, so the unruled rows stand in no column of the ruled part.
     * Read run by run the form was cut at the page with no word (the ruled rows read as a part of their own, lost); that
     * reading is refused now and the form is reported, not passed.
     */
    @Test
    void aFormCutAtTheJoinOfItsRunsIsReportedNotPassed() {
        Document doc = BlindFormsTest.readBlind("s03-shimen-cunlu-familyB-writer-barethenruled-othercolumns-2023");
        assertFalse(doc.problems().isEmpty(), BlindFormsTest.facts(doc));
    }
}
