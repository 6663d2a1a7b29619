package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The 四川 资金绩效评价表 (2024, h14): header cells split over lines with their column letters, a 行次
 * column numbering the rows (a figure after each row label), a 列次 row numbering the columns, and the
 * empty 统筹整合资金数 cell lost from the space-separated row: the row numbers are no amounts, the
 * column numbers no row, and the row's arithmetic (E/C) places the figures.
 */
class NumberedFundsTableTest {

    private static final String FORM = """
            雅安市名山区林业局2024年度林业草原改革发展资金绩效评价表
            年度:2024年
            资金投入情况
            (万元)

            行次 全年预算数
            (A)
            统筹整合资金数
            (B)
            扣除统筹整合资金后预算金额
            (C)
            全年到位资金
            (D)
            预算到位
            (D/C×100%%)
            全年执行资金
            (E)
            预算执行
            (E/C×100%%)
            佐证材料
            列次 0 1 2 3 4 5 6 7 所需材料 上传端口
            年度资金总额(万元): 1 %s
            %s
            其中:中央财政资金(万元) 2 52.800000
            52.800000 52.800000 100.00%% 30.800000 58.33%% 预算下达文件、资金到位及支出凭证
            地方财政资金(万元) 3

            其他资金(万元,自有资金、社会资本、以前年度结转结余资金等) 4

            """;

    private static Document read(String first, String second) {
        return Inputs.read(FORM.formatted(first, second).getBytes(StandardCharsets.UTF_8), "h14.txt", Limits.DEFAULT);
    }

    @Test
    void rowAndColumnNumbersAreNoFigures() {
        Document document = read("52.800000", "52.800000 52.800000 100.00% 30.800000 58.33%");
        Form form = document.forms().get(0);
        Funds total = form.fundLine(FundLine.TOTAL);
        assertEquals(0, new BigDecimal("52.8").compareTo(total.annualBudget()), total.toString());
        assertEquals(0, new BigDecimal("30.8").compareTo(total.executed()), total.toString());
        assertEquals(0, new BigDecimal("58.33").compareTo(total.executionRate()), total.toString());
        Funds central = form.fundLine(FundLine.CENTRAL);
        assertEquals(0, new BigDecimal("52.8").compareTo(central.annualBudget()), central.toString());
        for (FundLine empty : new FundLine[] {FundLine.LOCAL, FundLine.OTHER}) {
            Funds line = form.fundLine(empty);
            assertNull(line == null ? null : line.annualBudget(), String.valueOf(line));
            assertNull(line == null ? null : line.executed(), String.valueOf(line));
        }
        assertEquals("C''", form.template().family());
    }
}
