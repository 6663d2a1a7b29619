package perfaudit.ingest.grammar.indicators.glued;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Glued text of a 转移支付 form (blind form d07): its header prints 指标值 | 全年实际完成值 with no 指标性质 / 计量单位, so
 * 指标值 is the whole 年度指标值 and the glued rows are cut like any target / actual pair. Before, two rows under one 二级
 * were read as one row named "支持产业发展项目个数≥25个26个新改建农村道路长度" (silent); a name never holds a bound before
 * a figure. And a row whose name cell is a value (≥90%, its name lost into a 二级 label) is reported, not read with a
 * name of "≥90%".
 */
class GluedTransferRowsTest {

    private static Document read(String rows) {
        String text = "中央对地方专项转移支付区域绩效目标自评表(2022年度)转移支付(项目)名称乡村振兴补助资金中央主管部门财政部地方主管部门"
                + "青石县乡村振兴局资金使用单位青石县乡村振兴局资金情况(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额50005000100%"
                + "年度总体目标预期目标实际完成情况支持产业项目25个以上。实施产业项目26个。\n"
                + "绩效指标一级指标二级指标三级指标指标值全年实际完成值未完成原因和改进措施" + rows + "\n";
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "transfer.txt", Limits.DEFAULT);
    }

    private static String rows(Document doc) {
        return doc.forms().get(0).indicators().stream()
                .map(i -> i.name() + " | " + (i.target() == null ? "-" : i.target().raw()) + " | " + (i.actual() == null ? "-" : i.actual().raw()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void twoGluedRowsUnderOneLevel2AreTwoRows() {
        Document doc = read("产出指标数量指标支持产业发展项目个数≥25个26个新改建农村道路长度≥38公里41.5公里质量指标项目验收合格率100%100%"
                + "效益指标经济效益指标带动脱贫户增收户数≥1200户1260户");
        assertEquals(String.join("\n", List.of(
                "支持产业发展项目个数 | ≥25个 | 26个",
                "新改建农村道路长度 | ≥38公里 | 41.5公里",
                "项目验收合格率 | 100% | 100%",
                "带动脱贫户增收户数 | ≥1200户 | 1260户")), rows(doc));
    }

    @Test
    void aNameNeverHoldsABoundBeforeAFigure() {
        assertTrue(GluedIndicatorRows.holdsBoundedFigure("支持产业发展项目个数≥25个26个新改建农村道路长度"));
        assertEquals(false, GluedIndicatorRows.holdsBoundedFigure("65岁及以上老年人健康管理率"));
        assertEquals(false, GluedIndicatorRows.holdsBoundedFigure("PM2.5年均浓度"));
    }

    @Test
    void aRowNamedByAValueIsReported() {
        Document doc = read("产出指标数量指标支持产业发展项目个数≥25个26个满意度指标服务对象满意度指标受益群众满意度≥90%95%");
        List<Indicator> read = doc.forms().get(0).indicators();
        assertTrue(read.stream().noneMatch(i -> i.name() != null && i.name().startsWith("≥")), rows(doc));
        assertTrue(doc.problems().stream().anyMatch(p -> p.text().contains("≥90%")), doc.problems().toString());
    }
}
