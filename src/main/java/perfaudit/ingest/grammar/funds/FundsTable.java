package perfaudit.ingest.grammar.funds;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.model.Terms;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 项目资金 table: its anchor (with the money unit and the points it states), the column headers
 * in the order printed, then one row per label with its values. Values are matched to columns by the
 * header's order and by what they are (an amount, a rate, a weight); where the input kept its grid,
 * by their column too. A row of digits run together is split only where the row's own arithmetic
 * confirms exactly one reading.
 */
public final class FundsTable {

    /** A column as the header printed it. */
    record Column(Object field, int gridColumn) {
    }


    private final PartScan s;
    private final FormDraft form;
    private final Tokens t;
    private final FundsHeader header;
    private int rowLabelColumn = -1;
    /** The grid column of the table's anchor (项目资金, 预算执行情况), -1 where the input has no grid. */
    private int anchorColumn = -1;
    /**
     * Whether rows whose label stands in the anchor's column keep the header's grid (null: not yet told): the label
     * spans the anchor's width (a spreadsheet's merged A:B under 项目资金 merged A:B), so the first row's figures start
     * under the first heading; in text that lost a merged cell they start right after the label.
     */
    private Boolean labelSpansAnchor;
    /** Per row read: the cell of its label (or first value) and its label as printed, for notes. */
    private final Map<FundLine, Integer> labelCells = new EnumMap<>(FundLine.class);
    private final Map<FundLine, String> labels = new EnumMap<>(FundLine.class);
    /** Rows with a figure that could not be read (garbled, glued beyond splitting): reported, not completed. */
    private final java.util.Set<FundLine> damaged = java.util.EnumSet.noneOf(FundLine.class);
    /** A sub-row whose glued run no split was confirmed for when it was read, with what its reading logged. */
    private record Unsplit(int k, FundLine line, List<Value> values, int labelColumn, List<String> logged) {
    }

    private final List<Unsplit> unsplit = new ArrayList<>();

    public FundsTable(PartScan scanner, FormDraft form) {
        this.s = scanner;
        this.form = form;
        this.t = scanner.t;
        this.header = new FundsHeader(scanner, form);
    }

    /**
     * Source headings (中央 省、地 …) before the funds were read open the funds table though its 项目资金 label comes
     * later: a flattened PDF prints the label after the header row, where no 合计 may take the row for another table's.
     */
    public static boolean opensBySource(PartScan s, int k) {
        return FundsBySource.startsAt(s, k);
    }

    public int read(int i) {
        form.partsRead.add(Terms.FUNDS_HEADER);
        form.hasContent = true;
        anchorColumn = t.get(i).column();
        int k = header.read(i);
        if (FundsBySource.startsAt(s, k)) {
            return new FundsBySource(s, this).read(k);
        }
        while (k < t.size() && t.get(k).isBlank()) {
            k++;
        }
        if (k < t.size() && !columns().isEmpty() && (t.get(k).value().isNumeric() || ocrRun(t.get(k)) >= 0)) {
            // 部门预算执行情况: one row of figures under the header, with no label of its own: the total
            k = row(k, k, FundLine.TOTAL);
        }
        return rows(k);
    }

    /** The rows from cell k on, to the first cell that is no row of the table; then the table's completions. */
    private int rows(int k) {
        while (k < t.size()) {
            if (t.get(k).isBlank()) {
                k++;
                continue;
            }
            if (FundsByNature.startsAt(s, k)) {
                // 按收入性质分 / 按支出性质分 under the rows (湖南 部门整体): read by their own reader
                int after = new FundsByNature(s, this).read(k);
                if (after > k) {
                    k = after;
                    continue;
                }
            }
            Hit<FundLine> row = t.labelAt(k, s.lex.fundRow, true);
            if (row == null && t.isSubRowLeadIn(k) && t.labelAt(k + 1, s.lex.fundRow, true) != null) {
                s.use(k, k + 1);
                k++;
                continue;
            }
            if (row == null) {
                Hit<Object> column = t.labelAt(k, s.lex.fundColumn, false);
                if (column != null && !s.isStop(k)) {
                    // a header cell after the rows began (a repeated or a late header): read it as one
                    header.addColumn(column, k);
                    s.use(k, column.next());
                    k = column.next();
                    continue;
                }
                break;
            }
            k = row(k, row);
        }
        unsplitSubRows();
        totalFromParts();
        mergedDown();
        return k;
    }

    /** The total's 执行率, 分值 and 得分 printed after a sub-row's amounts (cells merged down the rows). */
    private void mergedDown() {
        Integer at = labelCells.get(FundLine.TOTAL);
        MergedDown.Outcome outcome = at == null ? null : MergedDown.apply(form.funds);
        if (outcome == null) {
            return;
        }
        form.funds.putAll(outcome.funds());
        Cell cell = t.get(at);
        String from = labels.get(outcome.from());
        s.log.note(cell.row(), cell.location(), cell.text(), "执行率、分值、得分印在「" + from + "」行之后而年度资金总额行未印："
                + "为跨行合并单元格，归入年度资金总额 — the rate, weight and score printed after the " + from
                + " row, none on the total's: cells merged down the rows, read as the total's");
    }

    /**
     * A sub-row read before its siblings ("其中:中央財政資金10200%地方資金4646100%" under a total of 148 | 46) has only
     * the rows above it to weigh its amounts against the total's, so its glued run may find no confirmed split: once
     * every row is read, its amounts with all its siblings' must make up the total's, which may confirm one. What the
     * first reading said is taken back; without a confirmed split it stands.
     */
    private void unsplitSubRows() {
        Funds total = form.funds.get(FundLine.TOTAL);
        if (total == null || total.initialBudget() == null && total.annualBudget() == null && total.executed() == null) {
            return;
        }
        for (Unsplit row : unsplit) {
            Funds first = form.funds.remove(row.line());
            FundRowReading reading = FundRowReading.reread(this, row.line(), row.values(), row.labelColumn());
            if (reading == null || reading.problem() != null) {
                form.funds.put(row.line(), first);
                continue;
            }
            row.logged().forEach(s.log::takeBack);
            damaged.remove(row.line());
            Cell cell = t.get(row.k());
            s.log.note(cell.row(), cell.location(), cell.text(), "子行在其后各行读取后再读：与其余分项合计等于年度资金总额 — a sub-row"
                    + " read again once the rows after it were: its amounts with its siblings' make up the total's");
            for (String note : reading.notes()) {
                s.log.note(cell.row(), cell.location(), cell.text(), note);
            }
            form.funds.put(row.line(), Funds.of(first.location(), reading.values(), first.printedUnit(), reading.printed())
                    .withUnread(reading.unread()));
        }
    }

    /**
     * The columns of a row read whose cell was printed but could not be read: a damaged figure of the reading, or a cell
     * its file's reader could not read (#DIV/0!, a formula saved uncomputed; reported there) under the column's heading,
     * where the rows keep the header's grid. That problem is made to name the field, which its reader could not know.
     */
    private java.util.Set<FundColumn> unread(FundRowReading reading, FundLine line, int row, BigDecimal[] amounts) {
        java.util.Set<FundColumn> unread = java.util.EnumSet.noneOf(FundColumn.class);
        unread.addAll(reading.unread());
        if (Boolean.FALSE.equals(labelSpansAnchor)) {
            return unread; // the row's figures start right after its label, not under the headings: no cell to tell
        }
        for (Column column : columns()) {
            if (column.field() instanceof FundColumn c && amounts[c.ordinal()] == null && s.log.isUnreadCell(row, column.gridColumn())) {
                unread.add(c);
                String label = labels.getOrDefault(line, Terms.FUND_LINE_NAMES.get(line));
                s.log.nameField(row, column.gridColumn(), perfaudit.model.Terms.FUND_COLUMN_NAMES.get(c) + "「" + label + "」",
                        ENGLISH.get(c) + " of '" + label + "'");
            }
        }
        return unread;
    }

    /** The funds columns as the English half of a report names them. */
    private static final Map<FundColumn, String> ENGLISH = Map.of(FundColumn.INITIAL_BUDGET, "initial budget",
            FundColumn.ANNUAL_BUDGET, "annual budget", FundColumn.EXECUTED, "amount executed", FundColumn.WEIGHT, "weight",
            FundColumn.EXECUTION_RATE, "execution rate", FundColumn.SCORE, "score");

    /** A total without its 全年执行数, completed from the sub-rows where a printed 执行率 confirms it. */
    private void totalFromParts() {
        Integer at = labelCells.get(FundLine.TOTAL);
        // a total whose figure was printed but unreadable is reported as such: its sub-rows do not stand in for it
        TotalFromParts.Outcome outcome = at == null || damaged.contains(FundLine.TOTAL) ? null : TotalFromParts.complete(form.funds, labels);
        if (outcome == null) {
            return;
        }
        Cell cell = t.get(at);
        if (outcome.problem() != null) {
            s.log.report(cell.row(), cell.location(), cell.text(), outcome.problem());
            return;
        }
        Funds total = form.funds.get(FundLine.TOTAL);
        form.funds.put(FundLine.TOTAL, total.withExecuted(outcome.executed()));
        s.log.note(cell.row(), cell.location(), cell.text(), outcome.note());
    }

    /**
     * Where the digits start in a cell that is one to two of O o I l and then a run of digits of several
     * cells ("O76%107.6": a lost amount read as a letter, glued to the rest of the row); -1 otherwise.
     * The letters are damage, not zeros: which digit they were is not certain.
     */
    static int ocrRun(Cell cell) {
        String key = cell.key();
        if (key.isEmpty() || "OoIl".indexOf(key.charAt(0)) < 0) {
            return -1;
        }
        int letters = 1;
        while (letters < key.length() && letters < 2 && "OoIl".indexOf(key.charAt(letters)) >= 0) {
            letters++;
        }
        int digits = 0;
        for (int i = letters; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '%')) {
                return -1;
            }
            digits++;
        }
        return digits >= 5 && Character.isDigit(key.charAt(letters)) ? letters : -1;
    }

    /** The table's first column, before every amount column, is one it does not read (行次: the rows' numbers). */
    private boolean numbersRows() {
        return columns().size() > 1 && Lexicon.notAmount(columns().get(0).field())
                && columns().stream().anyMatch(c -> c.field() instanceof FundColumn);
    }

    /** The {@code rows}+1-th row's number: a whole number equal to its place in the table (1, 2, 3 …). */
    private static boolean isRowNumber(Value value, int rows) {
        return value.kind() == Value.Kind.NUMBER && value.number() != null
                && value.number().compareTo(BigDecimal.valueOf(rows + 1L)) == 0 && FundsHeader.oneOrTwoDigits(value.text().strip());
    }

    /** One row: its label and the values up to the next label. */
    private int row(int k, Hit<FundLine> label) {
        form.saw(label.spelling());
        if (rowLabelColumn < 0) {
            rowLabelColumn = t.get(k).column();
        }
        List<Cell> cells = new ArrayList<>();
        String rest = s.restOfCell(k, label);
        if (rest != null && !rest.isBlank() && !FundsHeader.unitOnly(LabelIndex.key(rest))) {
            cells.add(new Cell(rest, t.get(k).location(), t.get(k).row(), -1, Cell.Gap.NONE));
        }
        return row(k, lateHeader(label.next()), label.value(), cells);
    }

    /** A row with no label: its values start at cell {@code from}. */
    private int row(int k, int from, FundLine line) {
        return row(k, from, line, new ArrayList<>());
    }

    /** The values of a row whose label (if any) is at cell {@code k}, from cell {@code from} to the next label. */
    private int row(int k, int from, FundLine line, List<Cell> cells) {
        int labelColumn = from > k ? t.get(k).column() : -1;
        int end = from;
        int figures = 0;
        while (end < t.size() && !endsRow(end) && !(figures >= figureColumns() && wordsOnNewLine(end))) {
            figures += t.get(end).value().isNumeric() ? 1 : 0;
            cells.add(t.get(end));
            end++;
        }
        s.use(k, end);
        if (labelSpansAnchor == null && labelColumn >= 0 && labelColumn == anchorColumn) {
            labelSpansAnchor = spansAnchor(labelColumn, cells);
        }
        if (form.funds.containsKey(line)) {
            // a sub-row repeated (本年财政拨款 printed twice, a 其中 line under a sub-row): the first is kept
            return end;
        }
        labelCells.put(line, k);
        labels.put(line, from > k ? t.get(k).text().strip() : perfaudit.model.Terms.FUND_LINE_NAMES.get(line));
        List<Value> values = new ArrayList<>();
        for (Cell cell : leadingDigitsApart(cells)) {
            int run = ocrRun(cell);
            if (run > 0) {
                // the letters hold a column's place as a damaged figure (reported), the digits are split by the arithmetic
                values.add(new Value(cell.slice(0, run, cell.gap()), Value.Kind.GARBLED, null, null));
                values.add(Value.of(cell.slice(run, cell.key().length(), Cell.Gap.NONE)));
                continue;
            }
            Value value = Value.of(cell);
            if (value.kind() == Value.Kind.UNIT && cell.key().equals("%") && !values.isEmpty()
                    && values.get(values.size() - 1).kind() == Value.Kind.NUMBER && cell.gap() != Cell.Gap.CELL) {
                // a % broken onto its own line rejoins its number
                Value number = values.remove(values.size() - 1);
                values.add(Value.of(new Cell(number.text() + "%", number.cell().location(), number.cell().row(), number.cell().column(), number.cell().gap())));
                continue;
            }
            if (value.kind() == Value.Kind.EMPTY && (s.grid || cell.gap() != Cell.Gap.CELL)) {
                continue;
            }
            values.add(value);
        }
        while (!values.isEmpty() && values.get(values.size() - 1).kind() == Value.Kind.EMPTY) {
            values.remove(values.size() - 1);
        }
        int number = 0;
        while (number < values.size() && values.get(number).kind() == Value.Kind.TEXT) {
            number++; // words of the label (其他资金(万元,自有资金…)) before the number
        }
        if (numbersRows() && number < values.size() && isRowNumber(values.get(number), labelCells.size() - 1)) {
            // 行次 1, 2, 3 …: the row's number in the table's first, unread column, no amount of it
            values.remove(number);
        }
        if (values.isEmpty()) {
            form.fundRowsWithoutFigures.add(line);
        } else {
            form.fundRowsWithoutFigures.clear();
        }
        FundRowReading reading = FundRowReading.read(this, line, values, labelColumn);
        if (reading.problem() != null) {
            damaged.add(line);
        }
        String problem = reading.problem() == null ? null : inRow(line, reading.problem());
        if (problem != null && reading.problemCell() != null) {
            s.log.report(reading.problemCell().row(), reading.problemCell().location(), reading.problemCell().text(), problem);
        } else if (problem != null) {
            s.problem(k, problem);
        }
        for (String note : reading.notes()) {
            s.log.note(t.get(k).row(), t.get(k).location(), t.get(k).text(), note);
        }
        if (reading.unsplit() && line != FundLine.TOTAL) {
            List<String> logged = new ArrayList<>(reading.notes());
            if (problem != null) {
                logged.add(problem);
            }
            unsplit.add(new Unsplit(k, line, values, labelColumn, logged));
        }
        BigDecimal[] amounts = reading.values();
        if (line == FundLine.TOTAL && amounts[FundColumn.WEIGHT.ordinal()] == null && form.budgetPointsStated != null
                && columns().stream().noneMatch(c -> c.field() == FundColumn.WEIGHT)) {
            // a table with no 分值 column states the budget's points in its header (预算执行情况 (20分))
            amounts[FundColumn.WEIGHT.ordinal()] = BigDecimal.valueOf(form.budgetPointsStated);
        }
        form.funds.put(line, Funds.of(t.get(k).location(), amounts, unit(), reading.printed())
                .withUnread(unread(reading, line, t.get(k).row(), amounts)));
        return end;
    }

    /**
     * 年度资金总额 年初预算数 调整预算数(A) 全年执行数(B) 86.40 86.40 84.95: a flattened table may print
     * its first row's label before the column labels; those are read as the header, the values follow.
     */
    private int lateHeader(int k) {
        int j = k;
        while (j < t.size()) {
            if (t.get(j).isBlank()) {
                j++;
                continue;
            }
            Hit<Object> column = t.labelAt(j, s.lex.fundColumn, false);
            if (column == null || s.isStop(j)) {
                break;
            }
            header.addColumn(column, j);
            s.use(j, column.next());
            j = column.next();
        }
        return j == k || j < t.size() && t.get(j).value().isNumeric() ? j : k;
    }

    /**
     * xlsx text out of reading order prints the funds rows' labels one after another (年度资金总额 其中:当年财政拨款),
     * then, after other cells of the head, the column headings and the rows' figures in one run (全年预算数 … 得分
     * 65.66 65.07 10 99% 9 65.66 65.07 — 99% —). The run is the rows' in order only where it splits evenly: as
     * many figures (a dash holds its place) as the headings, for each row waiting; and the total's own arithmetic
     * confirms its part (执行数 ÷ 预算数 = the printed 执行率, to its printed decimals). Otherwise nothing is read
     * and a note says why. Returns the cell after what was read, or {@code i} when the headings are no such run's.
     */
    public int resume(int i) {
        List<FundLine> waiting = List.copyOf(form.fundRowsWithoutFigures);
        int j = lateHeader(i);
        if (j == i || columns().isEmpty()) {
            return i;
        }
        List<Cell> run = new ArrayList<>();
        int end = j;
        while (end < t.size() && !endsRow(end) && (t.get(end).isBlank() || isFigure(t.get(end)))) {
            if (!t.get(end).isBlank()) {
                run.add(t.get(end));
            }
            end++;
        }
        int width = columns().size();
        if (run.size() != waiting.size() * width) {
            s.log.note(t.get(i).row(), t.get(i).location(), t.get(i).text(), "资金行标签先于列名印出，其后的数字无法逐行对应，未读取"
                    + " — funds rows' labels printed before the column headings: the figures after them ("
                    + run.size() + ") do not split into " + waiting.size() + " rows of " + width + "; not read");
            s.use(i, end);
            form.fundRowsWithoutFigures.clear();
            return end;
        }
        List<List<Value>> parts = new ArrayList<>();
        for (int r = 0; r < waiting.size(); r++) {
            List<Value> values = new ArrayList<>();
            for (Cell cell : run.subList(r * width, (r + 1) * width)) {
                values.add(Value.of(cell));
            }
            parts.add(values);
        }
        int total = waiting.indexOf(FundLine.TOTAL);
        if (total < 0 || !confirmed(FundRowReading.read(this, FundLine.TOTAL, filled(parts.get(total)), -1))) {
            s.log.note(t.get(i).row(), t.get(i).location(), t.get(i).text(), "资金行标签先于列名印出，年度资金总额的执行率与其金额不符，未读取"
                    + " — funds rows' labels printed before the column headings: the total's figures are not confirmed by its"
                    + " own 执行率; not read");
            s.use(i, end);
            form.fundRowsWithoutFigures.clear();
            return end;
        }
        s.use(i, end);
        form.fundRowsWithoutFigures.clear();
        for (int r = 0; r < waiting.size(); r++) {
            FundLine line = waiting.get(r);
            FundRowReading reading = FundRowReading.read(this, line, filled(parts.get(r)), -1);
            if (reading.problem() != null) {
                s.problem(i, inRow(line, reading.problem()));
                continue;
            }
            form.funds.put(line, Funds.of(t.get(i).location(), reading.values(), unit(), reading.printed())
                    .withUnread(reading.unread()));
        }
        s.log.note(t.get(i).row(), t.get(i).location(), t.get(i).text(), "资金行标签先于列名印出（单元格顺序错乱），其后的数字按行序每"
                + width + "个一行读入 " + waiting.size() + " 行，年度资金总额的执行率与金额相符 — funds rows' labels printed before"
                + " the column headings: the figures after them read " + width + " to a row, in the labels' order, the total"
                + " confirmed by its own 执行率");
        return rows(end);
    }

    private static List<Value> filled(List<Value> values) {
        return values.stream().filter(v -> v.kind() != Value.Kind.DASH).toList();
    }

    /** A reading with no problem whose 执行数 ÷ 预算数 is its printed 执行率, rounded or cut off at the printed decimals. */
    private static boolean confirmed(FundRowReading reading) {
        BigDecimal[] v = reading.values();
        BigDecimal budget = v[FundColumn.ANNUAL_BUDGET.ordinal()] != null ? v[FundColumn.ANNUAL_BUDGET.ordinal()]
                : v[FundColumn.INITIAL_BUDGET.ordinal()];
        BigDecimal executed = v[FundColumn.EXECUTED.ordinal()];
        BigDecimal rate = v[FundColumn.EXECUTION_RATE.ordinal()];
        if (reading.problem() != null || budget == null || executed == null || rate == null || budget.signum() <= 0) {
            return false;
        }
        BigDecimal computed = executed.multiply(BigDecimal.valueOf(100)).divide(budget, java.math.MathContext.DECIMAL64);
        int scale = Math.max(0, rate.scale());
        return RowArithmetic.close(computed, rate, scale) || RowArithmetic.truncated(computed, rate, scale);
    }

    /** A figure of a funds row, or a dash holding an empty cell's place. */
    private static boolean isFigure(Cell cell) {
        Value value = Value.of(cell);
        return value.isNumeric() || value.kind() == Value.Kind.DASH;
    }

    /** Where a row's values end: the next row's label or another part; in a grid, only a row's first cell is asked. */
    private boolean endsRow(int end) {
        Cell cell = t.get(end);
        if (cell.isBlank() || s.grid && cell.gap() != Cell.Gap.ROW && !firstFilled(end) || cell.value().isNumeric()) {
            return false;
        }
        return s.isStop(end) || t.labelAt(end, s.lex.fundRow, true) != null || FundsByNature.startsAt(s, end)
                || t.labelAt(end, s.lex.fundColumn, false) != null || t.labelAt(end, s.lex.indicatorColumn, false) != null;
    }

    /**
     * The columns that hold figures, where the table has no column of words (原因): then a row's
     * figures all read, words on the next line are no part of it (部门整体's 按收入性质分 breakdown).
     */
    private int figureColumns() {
        // asked at every cell of a row: a loop, not a stream
        List<Column> columns = columns();
        for (Column c : columns) {
            if (!(c.field() instanceof FundColumn)) {
                return Integer.MAX_VALUE;
            }
        }
        return columns.isEmpty() ? Integer.MAX_VALUE : columns.size();
    }

    /**
     * Words after a row's figures: on a new line or row, or after a space where the text was flattened onto
     * one line (按收入性质分:2030.12 after the total's six figures); a unit of the last figure (万元) is
     * part of it.
     */
    private boolean wordsOnNewLine(int k) {
        Cell cell = t.get(k);
        Cell.Gap gap = cell.gap();
        return !s.grid && !cell.isBlank() && !cell.value().isNumeric() && cell.value().kind() != Value.Kind.UNIT
                && (gap == Cell.Gap.SPACE || gap == Cell.Gap.LINE || gap == Cell.Gap.BLANK || gap == Cell.Gap.BREAK
                || gap == Cell.Gap.ROW); // the next "|" row, its label one the vocabulary does not know (其中：基本支出)
    }

    /** True when no filled cell comes before this one in its grid row. */
    private boolean firstFilled(int k) {
        for (int j = k - 1; j >= 0; j--) {
            Cell before = t.get(j);
            if (!before.isBlank()) {
                return false;
            }
            if (before.gap() == Cell.Gap.ROW) {
                return true;
            }
        }
        return true;
    }

    private static final Pattern ONE_NUMBER = Pattern.compile("\\d+(\\.\\d+)?%?");
    private static final Pattern LEADING_DIGITS = Pattern.compile("^[0-9.%]{5,40}(?=[^0-9.%])");

    /** Glued text "310.2154.741050%5执行率*该…", "390390100%其中": the run of digits apart from the words after it. */
    private static List<Cell> leadingDigitsApart(List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            // only text that lost its grid is glued; the regex runs on those cells alone
            Matcher digits = cell.column() < 0 ? LEADING_DIGITS.matcher(cell.key()) : null;
            // one number before words is a figure with its unit (372.29万元), unless a % closed it: "390390100%其中"
            // is a run of figures and the next row's label
            if (digits != null && digits.find() && (!ONE_NUMBER.matcher(digits.group()).matches() || digits.group().endsWith("%"))) {
                out.add(cell.slice(0, digits.end(), cell.gap()));
                out.add(cell.slice(digits.end(), cell.key().length(), Cell.Gap.NONE));
            } else {
                out.add(cell);
            }
        }
        return out;
    }

    List<Column> columns() {
        return header.columns();
    }

    String unit() {
        return header.unit();
    }

    int rowLabelColumn() {
        return rowLabelColumn;
    }

    FormDraft form() {
        return form;
    }

    Lexicon lex() {
        return s.lex;
    }

    boolean grid() {
        return s.grid;
    }

    /**
     * True when a row whose label stands in grid column {@code labelColumn} shares the header's grid: the
     * label lies right of the table's anchor (项目资金 merged down over the rows keeps its column in each).
     * Its figures then stand under their headings whatever the label spans (a Word label cell of gridSpan 3).
     * A row whose label takes the anchor's column lost that column (text without the merged cell) and is
     * placed from its label instead.
     */
    boolean sharesHeaderGrid(int labelColumn) {
        return s.grid && anchorColumn >= 0
                && (labelColumn > anchorColumn || labelColumn == anchorColumn && Boolean.TRUE.equals(labelSpansAnchor));
    }

    /**
     * Told by the first row labelled in the anchor's column, once for the table: true when its first figure stands
     * under the first heading with only blank cells between it and the label, false when it stands right after the
     * label, null when neither tells (its first figure left empty).
     */
    private Boolean spansAnchor(int labelColumn, List<Cell> cells) {
        List<Column> columns = columns();
        int first = columns.isEmpty() ? -1 : columns.get(0).gridColumn();
        if (first <= labelColumn + 1) {
            return null;
        }
        for (Cell cell : cells) {
            if (cell.column() < 0 || cell.isBlank()) {
                continue;
            }
            return cell.column() == first ? Boolean.TRUE : cell.column() == labelColumn + 1 ? Boolean.FALSE : null;
        }
        return null;
    }

    /** An amount in 万元: a bare number in the table's unit, or a number with its own unit (150万, 550000元). */
    BigDecimal toWan(Value value) {
        BigDecimal factor = s.lex.toWan(value.moneyUnit() != null ? value.moneyUnit() : unit());
        if (factor == null || factor.compareTo(BigDecimal.ONE) == 0) {
            return value.number();
        }
        return value.number().multiply(factor).setScale(Math.max(0, value.number().scale() + 4), RoundingMode.UNNECESSARY)
                .stripTrailingZeros();
    }

    /**
     * A row's problem naming the row, in both halves of an "English — 中文" reason: glued text prints a whole
     * table on one line, where the location cannot tell the total's damaged figures from a sub-row's.
     */
    private static String inRow(FundLine line, String problem) {
        String name = perfaudit.model.Terms.FUND_LINE_NAMES.get(line);
        int gist = problem.indexOf(" — ");
        return gist < 0 ? name + ": " + problem
                : name + " row: " + problem.substring(0, gist) + " — " + name + "行：" + problem.substring(gist + 3);
    }
}
