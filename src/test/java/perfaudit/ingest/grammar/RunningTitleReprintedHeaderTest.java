package perfaudit.ingest.grammar;

import org.junit.jupiter.api.Test;
import perfaudit.model.Document;
import perfaudit.model.Form;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "cell |" rows over a page break: the page's running title, then the indicator table's header reprinted
 * (绩效指标 | 一级指标 … |), then the table's remaining rows. Each line closed by a bar runs on into the next, so the
 * reprinted header is judged on its own printed line: it is the header again, the title a running header, and the
 * table reads on to its 总分 in one form.
 */
class RunningTitleReprintedHeaderTest {

    private static final String FIRST_PAGE = SyntheticForm.HEAD + SyntheticForm.INDICATOR_HEADER + """
            产出指标 | 数量指标 | 保洁面积 | ≥5000平方米 | 5000平方米 | 40 | 40 |
            效益指标 | 社会效益指标 | 群众投诉率 | ≤5% | 3% | 30 | 30 |
            第 1 页 共 2 页


            鄂州市2022年度项目支出绩效自评表 |
            """;

    private static final String REST_OF_TABLE = """
            效益指标 | 可持续影响指标 | 设备完好率 | ≥95% | 98% | 10 | 10 |
            满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10 |
            总分 | 100 | 98.35 |
            第 2 页 共 2 页
            """;

    @Test
    void theReprintedHeaderAfterARunningTitleContinuesTheTable() {
        Document doc = SyntheticForm.read(FIRST_PAGE + SyntheticForm.INDICATOR_HEADER + REST_OF_TABLE, "pages.txt");
        assertEquals(1, doc.forms().size(), doc.problems().toString());
        Form form = doc.forms().get(0);
        assertEquals(List.of("保洁面积", "群众投诉率", "设备完好率", "群众满意度"), SyntheticForm.names(form));
        assertEquals(0, form.total().score().compareTo(new BigDecimal("98.35")));
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }

    /** A title followed by the indicator header and then a form's own head is still a new form. */
    @Test
    void aTitleWithItsOwnHeadAfterTheHeaderLineStillStartsAForm() {
        String second = """
                鄂州市2022年度项目支出绩效自评表 |
                项目名称 | 政务服务大厅运行经费 |
                主管部门 | 鄂州市行政审批局 | 实施单位 | 鄂州市政务服务中心 |
                项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
                年度资金总额 | 80 | 80 | 80 | 10 | 100% | 10 |
                """ + SyntheticForm.INDICATOR_HEADER + REST_OF_TABLE;
        String firstPage = FIRST_PAGE.substring(0, FIRST_PAGE.indexOf("鄂州市2022年度"));
        Document doc = SyntheticForm.read(firstPage + second, "pages.txt");
        assertEquals(2, doc.forms().size(), doc.problems().toString());
        assertEquals("政务服务大厅运行经费", doc.forms().get(1).projectName());
    }
}
