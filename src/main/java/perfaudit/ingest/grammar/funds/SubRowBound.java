package perfaudit.ingest.grammar.funds;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.funds.FundsTable.Column;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sub-row of the 项目资金 table (本年财政拨款, 中央补助, …) is a part of the funds total: none of its
 * amounts exceeds the total's in the same column. A sub-row whose one figure does is the digits of
 * its cells run together ("其中:本年财政拨款2020" under a total of 20 | 20): it is split where exactly
 * one split puts every part within the total's amount of its column and one part equal to it. The
 * sub-row has no arithmetic of its own (no 执行率, no 得分) to confirm a split; the total is its check.
 */
final class SubRowBound {

    private SubRowBound() {
    }

    /** The row's values with its one over-total figure split, or {@code raw} itself when none is certain. */
    static List<Value> apart(List<Value> raw, Funds total, List<Column> columns) {
        List<BigDecimal> bounds = totalAmounts(total, columns);
        int figure = loneFigure(raw);
        if (bounds.size() < 2 || figure < 0 || raw.get(figure).number().compareTo(max(bounds)) <= 0) {
            return raw;
        }
        Value glued = raw.get(figure);
        List<String> only = null;
        for (List<String> split : DigitRuns.splits(glued.cell().key())) {
            if (split.size() <= bounds.size() && withinTotal(split, bounds.subList(bounds.size() - split.size(), bounds.size()))) {
                if (only != null) {
                    return raw; // two splits fit: not certain
                }
                only = split;
            }
        }
        if (only == null) {
            return raw;
        }
        List<Value> out = new ArrayList<>(raw.subList(0, figure));
        Cell cell = glued.cell();
        for (String part : only) {
            out.add(Value.of(new Cell(part, cell.location(), cell.row(), -1, Cell.Gap.NONE)));
        }
        out.addAll(raw.subList(figure + 1, raw.size()));
        return out;
    }

    /** The total's amounts (年初预算数, 全年预算数, 全年执行数) in the order of the header's columns, those read. */
    private static List<BigDecimal> totalAmounts(Funds total, List<Column> columns) {
        List<BigDecimal> out = new ArrayList<>();
        if (total == null) {
            return out;
        }
        for (Column column : columns) {
            BigDecimal amount = column.field() == FundColumn.INITIAL_BUDGET ? total.initialBudget()
                    : column.field() == FundColumn.ANNUAL_BUDGET ? total.annualBudget()
                    : column.field() == FundColumn.EXECUTED ? total.executed() : null;
            if (amount != null) {
                out.add(amount);
            }
        }
        return out;
    }

    /** The index of the row's one figure, when every other value is empty or words; -1 otherwise. */
    private static int loneFigure(List<Value> raw) {
        int figure = -1;
        for (int i = 0; i < raw.size(); i++) {
            Value v = raw.get(i);
            if (v.isNumeric()) {
                if (figure >= 0 || v.kind() != Value.Kind.NUMBER) {
                    return -1;
                }
                figure = i;
            }
        }
        return figure;
    }

    /** Every part is a plain amount within its column's total, and one of them is the total's amount. */
    private static boolean withinTotal(List<String> parts, List<BigDecimal> bounds) {
        boolean equal = false;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).endsWith("%")) {
                return false;
            }
            int cmp = new BigDecimal(parts.get(i)).compareTo(bounds.get(i));
            if (cmp > 0) {
                return false;
            }
            equal |= cmp == 0;
        }
        return equal;
    }

    private static BigDecimal max(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal::max).orElseThrow();
    }
}
