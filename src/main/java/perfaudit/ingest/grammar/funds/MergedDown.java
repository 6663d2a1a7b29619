package perfaudit.ingest.grammar.funds;

import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.util.Map;

/**
 * 执行率, 分值 and 得分 are cells merged down the rows of the 项目资金 table: glued text prints them once,
 * after the last row that holds them (梁平 部门整体: 年度总金额 .32.06.5 / 其中财政拨款 .32.06.5 79.27 10 7.93).
 * Where the total prints none of the three and exactly one sub-row prints its 执行率 and 得分, they are the
 * total's: moved there, with a note. Anything less certain is left as read.
 */
final class MergedDown {

    /** The funds with the total's rate, weight and score taken from the one sub-row printing them, or null. */
    record Outcome(Map<FundLine, Funds> funds, FundLine from) {
    }

    private MergedDown() {
    }

    static Outcome apply(Map<FundLine, Funds> funds) {
        Funds total = funds.get(FundLine.TOTAL);
        if (total == null || scored(total) || total.weight() != null) {
            return null;
        }
        FundLine from = null;
        for (Map.Entry<FundLine, Funds> entry : funds.entrySet()) {
            Funds part = entry.getValue();
            if (entry.getKey() == FundLine.TOTAL || part == null
                    || part.weight() == null && part.executionRate() == null && part.score() == null) {
                continue;
            }
            if (from != null || part.executionRate() == null || part.score() == null) {
                return null; // two sub-rows print them, or one prints a part: not the total's merged cells
            }
            from = entry.getKey();
        }
        if (from == null) {
            return null;
        }
        Funds part = funds.get(from);
        Map<FundLine, Funds> out = new java.util.EnumMap<>(FundLine.class);
        out.putAll(funds);
        out.put(FundLine.TOTAL, total.withScoring(part.weight(), part.executionRate(), part.score()));
        out.put(from, part.withScoring(null, null, null));
        return new Outcome(out, from);
    }

    private static boolean scored(Funds total) {
        return total.executionRate() != null || total.score() != null;
    }
}
