package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mechanisms the eighth blind round (j01–j04, blind/README.md) called for, each on a synthetic form: "|" rows whose
 * empty trailing cells the text dropped placed by their one-line header, a reason then a name broken by a space between
 * two rows run on one line, and a last row whose only missing cell is the 复核分.
 */
class BlindRound10Test {

    private static Form onlyForm(Document doc) {
        assertEquals(1, doc.forms().size(), doc.problems().toString());
        return doc.forms().get(0);
    }

    /** An unknown 二级 on a row line whose empty 偏差原因 (and an extra "| |") were dropped: still placed by position. */
    @Test
    void barRowsWithoutTheirEmptyTrailingCellsStandOnTheHeaderGrid() {
        String text = """
                | 项目支出绩效自评表（2023年度） | | | | | | | |
                | 项目名称 | 村庄清洁行动 | | | | | | |
                | 主管部门 | 云溪县农业农村局 | | | 实施单位 | 云溪县人居环境中心 | | |
                | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
                | 产出指标(60分) | 数量指标 | 清理村庄数量 | ≥40个 | 40个 | 30 | 30 | | |
                | | 质量指标 | 清理验收合格率 | ≥95% | 96% | 30 | 30 | |
                | 效益指标(30分) | 村容改善 | 村庄环境整洁度提高 | 明显 | 明显 | 30 | 30 | | |
                | 满意度指标(10分) | 服务对象满意度指标 | 村民满意度 | ≥90% | 93% | 10 | 10 | | |
                | 总分 | | | | | 100 | 100 | | |
                """;
        Document doc = SyntheticForm.read(text, "pipe-trailing.txt");
        Form form = onlyForm(doc);
        assertEquals(List.of(), doc.problems(), doc.problems().toString());
        assertEquals(List.of("数量指标 清理村庄数量", "质量指标 清理验收合格率", "村容改善 村庄环境整洁度提高", "服务对象满意度指标 村民满意度"),
                form.indicators().stream().map(i -> i.level2() + " " + i.name()).toList());
    }

    /** A row that lost points, its reason, then the next row's name broken by a space: both read, noted. */
    @Test
    void aReasonThenANameBrokenBySpaceOnOneLine() {
        String text = "部门预算项目支出绩效自评表 （2023年度） 金额单位：万元 项目名称 乡村医生培训 主管部门 清河县卫生健康局"
                + " 实施单位 清河县卫生进修学校 预算执行情况（10分） 年初预算 调整后预算数 预算执行数 预算执行率 权重 得分 原因"
                + " 总额 50 50 50 100.00% 10 10 财政资金 50 50 50 100.00% — —"
                + " 绩效指标（90分） 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析"
                + " 产出指标 数量指标 培训乡村医生人数 ≥ 300 人 270 40 36 部分村医因疫情防控未能参训 村医 考核合格人数 ≥ 250 人 255 20 20"
                + " 满意度指标 服务对象满意度指标 参训村医满意度 ≥ 90 % 95 30 30 合计 100 96";
        Document doc = SyntheticForm.read(text, "oneline-broken-name.txt");
        Form form = onlyForm(doc);
        assertEquals(List.of(), doc.problems(), doc.problems().toString());
        assertEquals(List.of("培训乡村医生人数", "村医考核合格人数", "参训村医满意度"), form.indicators().stream().map(Indicator::name).toList());
        assertEquals("部分村医因疫情防控未能参训", form.indicators().get(0).deviation());
        assertNull(form.indicators().get(1).deviation());
        assertTrue(doc.notes().stream().anyMatch(n -> n.reason().contains("broken by a space")));
    }

    /** Space rows lose the empty 复核分: a last row reaching its 自评分 ends the table, the form is not cut. */
    @Test
    void aLastRowReachingItsScoreBeforeAnEmptyReviewIsWhole() {
        String text = """
                财政预算支出项目绩效目标自评表（2022年度）
                项目名称 老旧小区改造 自评总分 95
                主管部门 801-安平市住房和城乡建设局 实施单位 801003-安平市房屋服务中心
                一级指标 二级指标 三级指标 分值 年初指标值 年终完成值 评价标准及依据 自评分 复核分
                项目决策(15分) 项目立项 立项依据充分性 15 充分 充分 依据充分得满分 15
                项目绩效(85分) 产出数量 改造小区数量 50 ≥10个 9个 按完成比例得分 45
                服务对象满意度 居民满意度 35 ≥90% 92% 达到目标得满分 35
                """;
        Document doc = SyntheticForm.read(text, "f-review-empty.txt");
        Form form = onlyForm(doc);
        assertNull(form.template().cutAt(), "the form is whole");
        assertFalse(form.indicators().stream().anyMatch(Indicator::truncated));
        assertEquals(3, form.indicators().size());
    }
}
