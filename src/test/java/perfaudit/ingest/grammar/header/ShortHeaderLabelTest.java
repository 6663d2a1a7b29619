package perfaudit.ingest.grammar.header;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.funds.FundLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two-character header label 部门 (a 部门整体 form's unit, 安徽 金寨 2023): read in a cell of its own
 * or before a colon, never as the start of a longer label (部门整体支出总额 is the funds total) or of a
 * value (部门(单位)评价组 is an evaluator).
 */
class ShortHeaderLabelTest {

    private static final String FORM = """
            部门整体支出绩效自评表 | |
            (2023年度) | |
            %s
            预算资金 (万元) |
            年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            %s | 329.77 | 329.77 | 329.77 | 10 | 100%% | 10 |
            其中:当年财政拨款 | 329.77 | 329.77 | 329.77 | — | 100%% | — |
            """;

    private static Document read(String header, String totalLabel) {
        String text = FORM.formatted(header, totalLabel);
        return Inputs.read(text.getBytes(StandardCharsets.UTF_8), "h.txt", Limits.DEFAULT);
    }

    @Test
    void departmentInACellOfItsOwnNamesTheUnit() {
        Form form = read("部门 | 金寨县茶谷和美丽乡村建设服务中心 |", "年度资金总额").forms().get(0);
        assertEquals("金寨县茶谷和美丽乡村建设服务中心", form.implementingUnit().name());
        assertTrue(form.template().lacks().contains("department"), String.valueOf(form.template().lacks()));
    }

    @Test
    void departmentBeforeAColonNamesTheUnit() {
        Form form = read("部门:金寨县茶谷和美丽乡村建设服务中心 |", "年度资金总额").forms().get(0);
        assertEquals("金寨县茶谷和美丽乡村建设服务中心", form.implementingUnit().name());
    }

    @Test
    void aLongerLabelStartingWithDepartmentIsThatLabel() {
        Document document = read("部门 | 金寨县茶谷和美丽乡村建设服务中心 |", "部门整体支出总额");
        Form form = document.forms().get(0);
        assertNotNull(form.fundLine(FundLine.TOTAL), document.problems().toString());
        assertEquals(0, new BigDecimal("329.77").compareTo(form.fundLine(FundLine.TOTAL).annualBudget()));
    }

    @Test
    void departmentRunIntoOtherWordsIsNoLabel() {
        Form form = read("评价机构 | 部门(单位)评价组 |", "年度资金总额").forms().get(0);
        assertNull(form.implementingUnit());
    }
}
