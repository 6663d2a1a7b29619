package perfaudit.ingest.grammar.header;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit's name wrapped in its cell, in a table whose rows touch (blind form m02): its lines stay apart, the value runs
 * on into the unlabelled funds headings and is cut back to its first cell, "农田建设服务中", its last line "心" left below
 * it. That name was passed without a word; now the value is reported as cut.
 */
class CutHeaderValueTest {

    private static final String FORM = """
            项目绩效目标自评表
            （2023年度）
            项目名称 示例高标准农田建设 项目负责人及电话
            [101001]示例县
            主管部门 [101]示例县农业农村局 实施单位 农田建设服务中
            心
            全年预算数 全年执行数 执行率
            分值 得分
            （A） （B） （B/A）
            年度资金总额 850 807.5 10 95% 9.5
            项目资金（万元）
            年度总体目标 预期目标 实际完成情况
            建成农田1.2万亩。 建成农田1.2万亩。
            一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分 偏差原因分析及改进措施
            产出指标 数量指标 建成农田面积 50 ≥12000亩 12000亩 50
            效益指标 社会效益指标 受益农户数 40 ≥3200户 3350户 40
            总分 100 99.5
            """;

    @Test
    void aNameCutFromItsWrappedLineIsReported() {
        Document doc = read(FORM);
        assertTrue(doc.problems().stream().anyMatch(p -> p.text().equals("农田建设服务中") && p.reason().contains("seems cut")),
                doc.problems().toString());
    }

    /** A line of its own that is long is no wrapped tail: nothing more is said than before. */
    @Test
    void aLongerLineBelowIsNoTail() {
        Document doc = read(FORM.replace("\n心\n", "\n建设服务中心办公室\n"));
        assertEquals(0, doc.problems().stream().filter(p -> p.reason().contains("seems cut")).count(), doc.problems().toString());
    }

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "cut.txt", Limits.DEFAULT);
    }
}
