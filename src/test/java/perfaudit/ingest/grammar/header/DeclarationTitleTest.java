package perfaudit.ingest.grammar.header;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A 绩效目标申报表 (family T in rules/forms.yaml, not audited) is recognised by a title standing as one, and only so: the
 * same words in a 自评表's indicator name, in a bracket, or glued into running text leave the 自评表 read and audited.
 */
class DeclarationTitleTest {

    private static final String SELF_EVALUATION = """
            项目支出绩效自评表 | |
            项目名称 | 道路清扫保洁 |
            主管部门 | 某街道办事处 | 实施单位 | 某服务中心 |
            项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            年度资金总额 | 100 | 100 | 100 | 10 | 100%% | 10 |
            一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
            产出指标 | 数量指标 | %s | 100%% | 100%% | 90 | 90 | |
            总分 | | | | | 100 | 100 | |
            """;

    private static Document read(String text) {
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "t.txt", Limits.DEFAULT);
    }

    private static long familyT(Document document) {
        return document.problems().stream().filter(p -> p.reason().contains("(family T)")).count();
    }

    @Test
    void aTitleStandingAsOneIsRecognisedAndNothingInItIsRead() {
        Document document = read("""
                2024年项目支出绩效目标申报表(2024年度) |
                项目名称 | 道路清扫保洁 |
                主管部门 | 某街道办事处 | 实施单位 | 某服务中心 |
                一级指标 | 二级指标 | 三级指标 | 指标值 |
                产出指标 | 数量指标 | 清扫面积 | ≥100万平方米 |
                """);
        assertEquals(List.of(), document.forms());
        assertEquals(1, familyT(document), document.problems().toString());
        // one message: the recognised form (a record of the Document), not also "no 项目支出绩效自评表 form found"
        assertEquals(List.of("T"), document.recognised().stream().map(r -> r.family()).toList());
        assertEquals(1, document.problems().size(), document.problems().toString());
    }

    @Test
    void aFileWithNothingRecognisedStillSaysItHoldsNoForm() {
        Document document = read("一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 清扫面积 | ≥100万平方米 |\n");
        assertEquals(List.of(), document.recognised());
        assertEquals(1, document.problems().stream().filter(p -> p.reason().contains("no 项目支出绩效自评表 form found")).count(),
                document.problems().toString());
    }

    @Test
    void theWordsInAnIndicatorNameLeaveTheSelfEvaluationAudited() {
        for (String name : List.of("是否完成绩效目标申报表中申报的数量", "完成数量(按绩效目标申报表)", "数量达到项目绩效目标表要求")) {
            Document document = read(SELF_EVALUATION.formatted(name));
            assertEquals(1, document.forms().size(), name + ": " + document.problems());
            assertEquals(1, document.forms().get(0).indicators().size(), name);
            assertEquals(0, familyT(document), name);
        }
    }

    @Test
    void aFollowingSelfEvaluationIsStillRead() {
        Document document = read("项目支出绩效目标表 |\n一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
                + SELF_EVALUATION.formatted("清扫面积"));
        assertEquals(1, familyT(document), document.problems().toString());
        assertEquals(1, document.forms().size(), document.problems().toString());
    }
}
