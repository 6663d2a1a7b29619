package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.funds.FundLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two pages of a site in one file: a form, then the next page's chrome, whose 内容概述 metadata cell holds that page's
 * form glued (every separator gone) while the page's own table is cut after its title. The glued copy is read as
 * the page's form whether or not a form comes before the page: the next page's chrome opens a part of its own, so
 * its metadata is not judged glued or not together with the form before it.
 */
class NextPageGluedCopyTest {

    /** A whole form, as long as a real one (a part shorter than 300 characters is read with the text after it). */
    private static final String FIRST = SyntheticForm.HEAD + """
            年度总体目标 | 预期目标 | 保障市民中心大楼日常运行，保洁、安保、设备维护全年无中断 | 实际完成情况 | 全年保洁、安保、设备维护按合同完成，大楼运行无中断 |
            绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
            产出指标 | 数量指标 | 保洁面积 | ≥5000平方米 | 5000平方米 | 40 | 40 |
            效益指标 | 社会效益指标 | 群众投诉率 | ≤5% | 3% | 30 | 30 |
            效益指标 | 可持续影响指标 | 设备完好率 | ≥95% | 98% | 10 | 10 |
            满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10 |
            总分 | 100 | 98.35 |
            """;

    /** The second page: its chrome, the metadata row with the glued copy, and its table cut after the title. */
    private static final String SECOND_PAGE = """
            索引号 | 11341700003244895T/202404-00022 | 组配分类 | 部门项目 |
            发布机构 | 宣城市农业农村局 | 发文日期 | 2024-04-15 11:09 |
            信息名称 | 2023年《动物防疫补助项目支出绩效自评表》 | 内容概述 | 项目支出绩效自评表(2023年度)项目名称动物防疫补助主管部门宣城市农业农村局实施单位宣城市动物疫病预防控制中心项目资金(万元)年初预算数全年预算数全年执行数执行率年度资金总额148 148 46 31% 绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标免疫动物数量≥100万头60万头40 24 |
            项目支出绩效自评表 |
            (2023年度) |
            """;

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "pages.txt", Limits.DEFAULT);
    }

    private static void assertGluedForm(Form form) {
        assertEquals("动物防疫补助", form.projectName());
        assertEquals(0, form.funds().get(FundLine.TOTAL).annualBudget().compareTo(new BigDecimal("148")));
        assertEquals(0, form.funds().get(FundLine.TOTAL).executed().compareTo(new BigDecimal("46")));
    }

    @Test
    void theNextPagesGluedCopyIsReadAsItsFormAlone() {
        Document alone = read(SECOND_PAGE);
        assertEquals(1, alone.forms().size(), alone.problems().toString());
        assertGluedForm(alone.forms().get(0));
    }

    @Test
    void theNextPagesGluedCopyIsReadAsItsFormAfterAnotherForm() {
        Document both = read(FIRST + SECOND_PAGE);
        assertEquals(2, both.forms().size(), both.problems().toString());
        assertEquals("市民中心运行维护费", both.forms().get(0).projectName());
        assertEquals(0, both.forms().get(0).total().score().compareTo(new BigDecimal("98.35")));
        assertGluedForm(both.forms().get(1));
    }
}
