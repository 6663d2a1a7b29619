package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.funds.FundsTable.Column;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A sub-row's lone figure over the funds total is split only where the total makes one split certain. */
class SubRowBoundTest {

    /** 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分, as the 安徽/四川 衔接资金 form prints them. */
    private static final List<Column> COLUMNS = List.of(new Column(FundColumn.ANNUAL_BUDGET, -1),
            new Column(FundColumn.EXECUTED, -1), new Column(FundColumn.WEIGHT, -1),
            new Column(FundColumn.EXECUTION_RATE, -1), new Column(FundColumn.SCORE, -1));

    @Test
    void aSubRowRunTogetherUnderItsTotalIsSplitByIt() {
        // held-out h02 (中江): 年度资金总额:202010100.00%10 / 其中:本年财政拨款2020
        List<Value> apart = SubRowBound.apart(values("2020"), total("20", "20"), COLUMNS);
        assertEquals(List.of("20", "20"), apart.stream().map(Value::text).toList());
    }

    @Test
    void aFigureWithinTheTotalIsLeftAsPrinted() {
        List<Value> raw = values("20");
        assertSame(raw, SubRowBound.apart(raw, total("20", "20"), COLUMNS));
    }

    @Test
    void aSubRowOverATotalOfZerosIsAFindingNotAGluedRow() {
        // real form 01: 年度资金总额 0 0 0 above 本年财政拨款 90 89.974 89.974 (TOTAL-FUNDS, not a split)
        List<Value> raw = values("90");
        assertSame(raw, SubRowBound.apart(raw, total("0", "0"), COLUMNS));
    }

    @Test
    void aSplitNoPartOfWhichIsTheTotalsIsNoEvidence() {
        // 120 under 50 | 50: 1 | 20 and 12 | 0 both fit within the total, neither is its figure
        List<Value> raw = values("120");
        assertSame(raw, SubRowBound.apart(raw, total("50", "50"), COLUMNS));
    }

    @Test
    void twoFiguresAreNoLoneFigure() {
        List<Value> raw = values("2020", "20");
        assertSame(raw, SubRowBound.apart(raw, total("20", "20"), COLUMNS));
    }

    private static List<Value> values(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> Value.of(new Cell(t, null, 1, -1, Cell.Gap.NONE))).toList();
    }

    private static Funds total(String budget, String executed) {
        return new Funds(null, null, new BigDecimal(budget), new BigDecimal(executed), BigDecimal.TEN,
                new BigDecimal("100"), BigDecimal.TEN, "万元");
    }
}
