package perfaudit.ingest.grammar.funds;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A 项目资金 table laid out the other way round (湖南 自评报告): the fund lines head the columns
 * (合计 | 中央 | 省 | 市 | 县市区 | 其它) and each row is one measure (计划安排资金, 实际到位资金,
 * 实际支出, 结余). Values go to the line whose column they stand in (by grid column where the grid
 * is known, else in order). A header may go on with measures (广水: 中央 | 省、地 | 本级 | 其他 |
 * 合计 | 执行数 | 执行率) above a row named by its line (年度资金总额): there the source columns hold
 * each source's budget and the measure columns the row's own figures. Where no row follows (a flattened PDF scattered
 * it), {@link ScatteredSourceRow} reads what the form's arithmetic confirms.
 */
final class FundsBySource {

    /** A line (or, after the lines, a measure) heading a column, and that column in the grid (-1 when unknown). */
    private record Heading(FundLine line, FundColumn measure, int gridColumn, Cell cell) {
    }

    private final PartScan s;
    private final Tokens t;
    private final FundsTable table;
    private final List<Heading> headings = new ArrayList<>();
    private final Map<FundLine, BigDecimal[]> amounts = new EnumMap<>(FundLine.class);
    /** Each line's 结余, from the 结余 row (湖南 H), kept apart from the amounts the row's arithmetic reads. */
    private final Map<FundLine, BigDecimal> balances = new EnumMap<>(FundLine.class);
    /** Each line's 实际到位资金, from its row, kept apart as the 结余. */
    private final Map<FundLine, BigDecimal> received = new EnumMap<>(FundLine.class);

    FundsBySource(PartScan scanner, FundsTable table) {
        this.s = scanner;
        this.t = scanner.t;
        this.table = table;
    }

    /** True when cell {@code k} and the next filled cell of its row both name fund lines. */
    static boolean startsAt(PartScan s, int k) {
        Hit<FundLine> first = s.t.labelAt(k, s.lex.fundRow, false);
        if (first == null) {
            return false;
        }
        int next = nextFilled(s.t, first.next());
        return next < s.t.size() && s.sameRow(k, next) && s.t.labelAt(next, s.lex.fundRow, false) != null;
    }

    int read(int k) {
        int j = readHeadings(k);
        int afterHeadings = j;
        while (j < t.size()) {
            if (t.get(j).isBlank()) {
                j++;
                continue;
            }
            Hit<Object> measure = t.labelAt(j, s.lex.fundColumn, false);
            Hit<FundLine> line = measure == null ? t.labelAt(j, s.lex.fundRow, false) : null;
            if (measure != null) {
                j = measureRow(j, measure);
            } else if (line != null && headings.stream().anyMatch(h -> h.measure() != null)) {
                j = lineRow(j, line);
            } else if (j == afterHeadings && unlabelledTotalRow(j)) {
                j = totalRow(j);
            } else {
                break;
            }
        }
        if (amounts.isEmpty() && j == afterHeadings && scatteredRowHeadings()) {
            scatteredRow(j);
        }
        if (amounts.isEmpty() && j == afterHeadings && headings.stream().allMatch(h -> h.line() != null && h.measure() == null)) {
            // row labels one after another and nothing under them (xlsx text out of reading order: 年度资金总额
            // 其中:当年财政拨款, then other cells of the head): rows whose figures may follow later column headings
            table.form().fundRowsWithoutFigures.clear();
            headings.forEach(h -> table.form().fundRowsWithoutFigures.add(h.line()));
        }
        for (Map.Entry<FundLine, BigDecimal[]> values : amounts.entrySet()) {
            if (!table.form().funds.containsKey(values.getKey())) {
                table.form().funds.put(values.getKey(), Funds.of(locations.get(values.getKey()).location(), values.getValue(),
                        table.unit(), new Funds.Printed(received.get(values.getKey()), balances.get(values.getKey()), null)));
            }
        }
        return j;
    }

    /** Source columns, a 合计 and an 执行数 heading: the 广水 header, whose row a flattened PDF may scatter. */
    private boolean scatteredRowHeadings() {
        long sources = headings.stream().filter(h -> h.line() != null && h.line() != FundLine.TOTAL).count();
        return sources >= 2 && headings.stream().anyMatch(h -> h.line() == FundLine.TOTAL)
                && headings.stream().anyMatch(h -> h.measure() == FundColumn.EXECUTED);
    }

    /** No row follows the headings: the row's figures, if the arithmetic places them, give the 合计 line. */
    private void scatteredRow(int from) {
        table.form().columnOrderLost = true;
        int sources = (int) headings.stream().filter(h -> h.line() != null && h.line() != FundLine.TOTAL).count();
        ScatteredSourceRow.Reading reading = new ScatteredSourceRow(s, sources).read(from);
        if (reading == null) {
            return;
        }
        put(FundLine.TOTAL, FundColumn.ANNUAL_BUDGET, reading.total());
        put(FundLine.TOTAL, FundColumn.EXECUTED, reading.executed());
        amounts.get(FundLine.TOTAL)[FundColumn.EXECUTION_RATE.ordinal()] = reading.rate();
        Cell at = locations.get(FundLine.TOTAL);
        s.log.note(at.row(), at.location(), at.text(), "by-source figures out of column order (flattened PDF): read by the "
                + "form's arithmetic as 合计 " + reading.total().toPlainString() + ", 执行数 " + reading.executed().toPlainString()
                + ", 执行率 " + reading.rate().toPlainString() + " %; " + reading.sources() + " source amount(s) add up to the 合计"
                + " but their source columns cannot be told, so no source is read — 按来源分列的资金数字顺序错乱，按合计与执行率核对读出合计、执行数、执行率；来源列无法确定，未读");
    }

    private void put(FundLine line, FundColumn column, BigDecimal amount) {
        amounts.computeIfAbsent(line, l -> new BigDecimal[FundColumn.values().length])[column.ordinal()] = amount;
    }

    /** Where each line read was named: a heading, or the label of its own row. */
    private final Map<FundLine, Cell> locations = new EnumMap<>(FundLine.class);

    /**
     * A row named by its line under source and measure headings (年度资金总额 45.00 20.00 … 80.00
     * 78.40 98.00%): a source column's value is that source's budget, a measure's is the row's.
     */
    private int lineRow(int k, Hit<FundLine> line) {
        table.form().saw(line.spelling());
        List<Cell> cells = rowCells(line.next());
        int end = line.next() + cells.size();
        s.use(k, end);
        locations.putIfAbsent(line.value(), t.get(k));
        int order = 0;
        for (Cell cell : cells) {
            if (cell.isBlank() && cell.column() < 0 && cell.gap() != Cell.Gap.CELL) {
                continue;
            }
            Heading heading = headingOf(cell, order++);
            Value value = Value.of(cell);
            if (heading == null || !value.isNumeric()) {
                continue;
            }
            FundLine into = heading.line() != null ? heading.line() : line.value();
            FundColumn column = heading.measure() != null ? heading.measure() : FundColumn.ANNUAL_BUDGET;
            put(into, column, value);
        }
        return end;
    }

    /**
     * The row right under the 广水 headings printed without its label (its first cell, under 资金来源(万元), empty and
     * lost: "| 0 | 20 | 40 | 0 | 60 | 57 | 95% |"): a row of figures only, one under each heading in order, on a line of
     * its own. The headings are the one row such a table has, so the row is the 合计 line's, as a labelled
     * 年度资金总额 row is read; the figures stand in column order, none is left over or missing.
     */
    private boolean unlabelledTotalRow(int j) {
        if (!scatteredRowHeadings() || !startsRow(t.get(j)) || headings.stream().anyMatch(h -> h.gridColumn() >= 0)) {
            return false;
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(t.get(j));
        cells.addAll(rowCells(j + 1));
        int row = t.get(j).row();
        return cells.size() == headings.size()
                && cells.stream().allMatch(c -> !c.isBlank() && c.row() == row && Value.of(c).isNumeric());
    }

    /** Reads the unlabelled row at {@code k} ({@link #unlabelledTotalRow}) as the 合计 line's. */
    private int totalRow(int k) {
        List<Cell> cells = new ArrayList<>();
        cells.add(t.get(k));
        cells.addAll(rowCells(k + 1));
        s.use(k, k + cells.size());
        locations.putIfAbsent(FundLine.TOTAL, t.get(k));
        for (int i = 0; i < cells.size(); i++) {
            Heading heading = headings.get(i);
            FundLine into = heading.line() != null ? heading.line() : FundLine.TOTAL;
            FundColumn column = heading.measure() != null ? heading.measure() : FundColumn.ANNUAL_BUDGET;
            put(into, column, Value.of(cells.get(i)));
        }
        s.log.note(t.get(k).row(), t.get(k).location(), t.get(k).text(), "a row of figures without its label fills every "
                + "heading of the by-source funds table in order: read as the 合计 line — 资金来源表下一行数字无行名，逐列对应各标题，按合计行读");
        return k + cells.size();
    }

    private void put(FundLine line, FundColumn column, Value value) {
        amounts.computeIfAbsent(line, l -> new BigDecimal[FundColumn.values().length])[column.ordinal()] =
                column == FundColumn.EXECUTION_RATE ? value.number() : table.toWan(value);
    }

    private int readHeadings(int k) {
        int j = k;
        while (j < t.size() && (j == k || !startsRow(t.get(j)))) {
            if (t.get(j).isBlank()) {
                j++;
                continue;
            }
            Hit<FundLine> line = t.labelAt(j, s.lex.fundRow, false);
            Hit<Object> measure = line == null && !headings.isEmpty() ? t.labelAt(j, s.lex.fundColumn, false) : null;
            if (line != null) {
                table.form().saw(line.spelling());
                headings.add(new Heading(line.value(), null, t.get(j).column(), t.get(j)));
                locations.putIfAbsent(line.value(), t.get(j));
                s.use(j, line.next());
                j = line.next();
            } else if (measure != null && measure.value() instanceof FundColumn column) {
                table.form().saw(measure.spelling());
                headings.add(new Heading(null, column, t.get(j).column(), t.get(j)));
                s.use(j, measure.next());
                j = measure.next();
            } else {
                break;
            }
        }
        return j;
    }

    /** The cells of a row from {@code from} up to the next row's start. */
    private List<Cell> rowCells(int from) {
        List<Cell> cells = new ArrayList<>();
        for (int end = from; end < t.size() && !startsRow(t.get(end)); end++) {
            cells.add(t.get(end));
        }
        return cells;
    }

    /** One measure's row: its values under the headings; 结余 and 实际到位资金 kept apart per line, an ignored measure read past. */
    private int measureRow(int k, Hit<Object> measure) {
        table.form().saw(measure.spelling());
        List<Cell> cells = rowCells(measure.next());
        int end = measure.next() + cells.size();
        s.use(k, end);
        Map<FundLine, BigDecimal> apart = measure.value() == Lexicon.FUND_BALANCE ? balances
                : measure.value() == Lexicon.FUND_RECEIVED ? received : null;
        if (!(measure.value() instanceof FundColumn) && apart == null) {
            return end;
        }
        int order = 0;
        for (Cell cell : cells) {
            if (cell.isBlank() && cell.column() < 0 && cell.gap() != Cell.Gap.CELL) {
                continue;
            }
            Heading heading = headingOf(cell, order++);
            Value value = Value.of(cell);
            if (heading == null || heading.line() == null || !value.isNumeric()) {
                continue;
            }
            if (apart != null) {
                if (value.kind() != Value.Kind.PERCENT) {
                    apart.putIfAbsent(heading.line(), table.toWan(value));
                }
            } else {
                put(heading.line(), (FundColumn) measure.value(), value);
            }
        }
        return end;
    }

    private Heading headingOf(Cell cell, int order) {
        if (cell.column() >= 0 && headings.stream().allMatch(h -> h.gridColumn() >= 0)) {
            return headings.stream().filter(h -> h.gridColumn() == cell.column()).findFirst().orElse(null);
        }
        return order < headings.size() ? headings.get(order) : null;
    }

    private static boolean startsRow(Cell cell) {
        Cell.Gap gap = cell.gap();
        return gap == Cell.Gap.ROW || gap == Cell.Gap.LINE || gap == Cell.Gap.BLANK || gap == Cell.Gap.BREAK;
    }

    private static int nextFilled(Tokens t, int k) {
        int j = k;
        while (j < t.size() && t.get(j).isBlank() && t.get(j).gap() != Cell.Gap.ROW) {
            j++;
        }
        return j;
    }
}
