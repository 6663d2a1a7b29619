package perfaudit.ingest.grammar.funds;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.funds.FundsTable.Column;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundReason;
import perfaudit.model.funds.Funds;
import perfaudit.model.funds.FundLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How the values of one 项目资金 row are read into its columns. Every order-preserving assignment of
 * values to the header's columns is scored by how well each value fits its column (an amount, a
 * percentage, points) and, where the grid is known, by its distance from its column; ties go to the
 * reading the row's own arithmetic confirms (执行率 = 执行数 ÷ 预算数, 得分 = 执行率 × 分值). Digits run
 * together ("50005000100%") are split only when exactly one split is confirmed by that arithmetic, or,
 * where none is, when exactly one prints a 执行率 near its own amounts' ({@link RowArithmetic#rateNear}).
 */
record FundRowReading(BigDecimal[] values, String problem, List<String> notes, Cell problemCell, boolean unsplit,
                      Funds.Printed printed, java.util.Set<FundColumn> unread) {

    FundRowReading(BigDecimal[] values, String problem, List<String> notes, Cell problemCell, boolean unsplit,
                   Funds.Printed printed) {
        this(values, problem, notes, problemCell, unsplit, printed, java.util.Set.of());
    }

    FundRowReading(BigDecimal[] values, String problem, List<String> notes, Cell problemCell, boolean unsplit) {
        this(values, problem, notes, problemCell, unsplit, Funds.Printed.NONE);
    }

    FundRowReading(BigDecimal[] values, String problem, List<String> notes, Cell problemCell) {
        this(values, problem, notes, problemCell, false);
    }

    FundRowReading(BigDecimal[] values, String problem, List<String> notes) {
        this(values, problem, notes, null, false);
    }

    /** This reading, marked as one whose run of glued digits no split was confirmed for (left as printed, or unread). */
    private FundRowReading unsplitRun() {
        return new FundRowReading(values, problem, notes, problemCell, true, printed, unread);
    }

    private static final double INFEASIBLE = 1e9;
    /** Readings within this of the cheapest are near-equal: the row's arithmetic decides between them. */
    private static final double NEAR = 0.02;
    /** A damaged number still holds its column's place; it reads as no value and is reported. */
    private static final double GARBLED = 0.5;
    private static final List<Object> NATIONAL_ORDER = List.of(FundColumn.INITIAL_BUDGET, FundColumn.ANNUAL_BUDGET,
            FundColumn.EXECUTED, FundColumn.WEIGHT, FundColumn.EXECUTION_RATE, FundColumn.SCORE);

    /** One way of reading the row. */
    private record Candidate(List<Value> values, int[] assignment, double cost, int agree, int disagree, int evidence) {
    }

    static FundRowReading read(FundsTable table, FundLine line, List<Value> raw, int labelColumn) {
        return read(table, line, raw, labelColumn, false);
    }

    /**
     * A sub-row whose glued run no split was confirmed for, read again once the rows after it are read (its
     * amounts with its siblings' now make up the total's): the confirmed split, or null when there is still none.
     */
    static FundRowReading reread(FundsTable table, FundLine line, List<Value> raw, int labelColumn) {
        return read(table, line, raw, labelColumn, true);
    }

    /** With {@code splitOnly}, only a confirmed split of a glued run is a reading: anything else is null. */
    private static FundRowReading read(FundsTable table, FundLine line, List<Value> raw, int labelColumn, boolean splitOnly) {
        List<Column> columns = table.columns().isEmpty() ? national() : table.columns();
        List<String> notes = new ArrayList<>();
        raw = textsMerged(raw);
        if (line != FundLine.TOTAL) {
            List<Value> apart = SubRowBound.apart(raw, table.form().funds.get(FundLine.TOTAL), columns);
            if (apart != raw) {
                notes.add("digits run together split by the funds total above them: '" + texts(raw) + "' read as "
                        + texts(apart) + " — 数字粘连，按年度资金总额拆分");
                raw = apart;
            }
        }
        int glued = -1;
        for (int i = 0; i < raw.size(); i++) {
            Value v = raw.get(i);
            if (v.kind() == Value.Kind.TEXT && DigitRuns.GLUED.matcher(v.cell().key()).matches()) {
                glued = i;
                break;
            }
        }
        if (glued >= 0) {
            return split(table, line, columns, raw, labelColumn, List.of(glued), notes, splitOnly);
        }
        Candidate plain = bestAssignment(table, line, columns, raw, labelColumn);
        if (plain != null && raw.size() == 1 && raw.get(0).kind() == Value.Kind.PERCENT
                && DigitRuns.GLUED.matcher(raw.get(0).cell().key()).matches() && printedAmountColumns(columns) >= 2) {
            // a lone figure ending in % where the table prints amounts may be the whole row run together
            // ("390390100%" = 390 | 390 | 100 %, not a rate of 390390100 %): a split the row's arithmetic
            // confirms explains the printed columns; without one the figure stays as printed
            FundRowReading whole = confirmedSplit(table, line, columns, raw, labelColumn, List.of(0), new ArrayList<>(notes));
            if (whole != null || splitOnly) {
                return whole;
            }
            return withGarbled(table, valuesOf(table, columns, plain, notes), columns, plain, notes).unsplitRun();
        }
        if (splitOnly && plain != null) {
            return null;
        }
        if (plain == null) {
            // the figures as printed fit no reading: one of them may be the digits of neighbouring cells
            // run together (109.83 = 10 | 9.83), which the row's arithmetic alone may tell
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i).isNumeric() && DigitRuns.GLUED.matcher(raw.get(i).cell().key()).matches()) {
                    numbers.add(i);
                }
            }
            if (numbers.isEmpty() || raw.size() >= columns.size()) {
                if (splitOnly) {
                    return null;
                }
                return new FundRowReading(new BigDecimal[FundColumn.values().length],
                        raw.isEmpty() ? null : "项目资金 row values " + texts(raw) + " do not fit the table's columns ("
                                + names(columns) + ") — 资金行的数值与表头列对不上", notes);
            }
            return split(table, line, columns, raw, labelColumn, numbers, notes, splitOnly);
        }
        return withGarbled(table, valuesOf(table, columns, plain, notes), columns, plain, notes);
    }

    /** The reading, each damaged figure in it (read as no value) reported with its column. */
    private static FundRowReading withGarbled(FundsTable table, BigDecimal[] values, List<Column> columns, Candidate chosen,
                                              List<String> notes) {
        List<String> english = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        java.util.Set<FundColumn> unread = java.util.EnumSet.noneOf(FundColumn.class);
        Cell at = null;
        for (int i = 0; i < chosen.values().size(); i++) {
            Value v = chosen.values().get(i);
            if (v.kind() == Value.Kind.GARBLED) {
                at = v.cell();
                Object field = columns.get(chosen.assignment()[i]).field();
                String name = field instanceof FundColumn c ? perfaudit.model.Terms.FUND_COLUMN_NAMES.get(c) : "（不读）";
                if (field instanceof FundColumn c) {
                    unread.add(c); // printed, only not readable: not an empty cell
                }
                boolean lost = v.text().startsWith(".");
                english.add(name + (lost ? ": integer part lost: '" : ": not a number: '") + v.text() + "'");
                chinese.add(name + " '" + v.text() + (lost ? "' 整数部分缺失，未读取" : "' 不是数字"));
            }
        }
        // one English half and one Chinese half, however many figures are damaged: the message keeps them apart
        String problem = english.isEmpty() ? null : String.join("; ", english) + " — " + String.join("；", chinese);
        return new FundRowReading(values, problem, notes, at, false, new Funds.Printed(amountIn(table, columns, chosen,
                Lexicon.FUND_RECEIVED), amountIn(table, columns, chosen, Lexicon.FUND_BALANCE), reason(columns, chosen)), unread);
    }

    /** The figure the reading placed in the column {@code field} (结余, 实际到位资金), in 万元; null where there is none. */
    private static BigDecimal amountIn(FundsTable table, List<Column> columns, Candidate chosen, Object field) {
        for (int i = 0; i < chosen.values().size(); i++) {
            Value v = chosen.values().get(i);
            if (columns.get(chosen.assignment()[i]).field() == field && v.isNumeric() && v.kind() != Value.Kind.PERCENT) {
                return table.toWan(v);
            }
        }
        return null;
    }

    /** The words the reading placed in the 原因 column, with their cell; null where it holds none. */
    private static FundReason reason(List<Column> columns, Candidate chosen) {
        for (int i = 0; i < chosen.values().size(); i++) {
            Value v = chosen.values().get(i);
            if (columns.get(chosen.assignment()[i]).field() == Lexicon.FUND_REASON && !v.isBlank() && v.kind() != Value.Kind.DASH
                    && !v.text().isBlank()) {
                return new FundReason(v.cell().location(), v.text().strip());
            }
        }
        return null;
    }

    /**
     * Reads a row one of whose values (at one of {@code at}) holds the digits of several cells run
     * together: every way to split it is tried, and the row is read only when its arithmetic confirms
     * exactly one reading; otherwise it is reported with its text, never guessed.
     */
    private static FundRowReading split(FundsTable table, FundLine line, List<Column> columns, List<Value> raw,
                                        int labelColumn, List<Integer> at, List<String> notes) {
        return split(table, line, columns, raw, labelColumn, at, notes, false);
    }

    /** The reading of {@link #split} when the row's arithmetic confirms exactly one, else null (nothing reported). */
    private static FundRowReading confirmedSplit(FundsTable table, FundLine line, List<Column> columns, List<Value> raw,
                                                 int labelColumn, List<Integer> at, List<String> notes) {
        return split(table, line, columns, raw, labelColumn, at, notes, true);
    }

    private static int printedAmountColumns(List<Column> columns) {
        return (int) columns.stream().filter(c -> c.field() instanceof FundColumn f && f.ordinal() <= FundColumn.EXECUTED.ordinal()).count();
    }

    private static FundRowReading split(FundsTable table, FundLine line, List<Column> columns, List<Value> raw,
                                        int labelColumn, List<Integer> at, List<String> notes, boolean confirmedOnly) {
        List<Candidate> confirmed = new ArrayList<>();
        List<Integer> splitAt = new ArrayList<>();
        readings(table, line, columns, raw, labelColumn, at, false, confirmed, splitAt);
        boolean byNearRate = false;
        String nearOnes = "";
        if (confirmed.isEmpty()) {
            // no split agrees at the printed precision: a hand-typed rate may be a little off ("1484631.00%" =
            // 148 | 46 | 31.00 %, true 31.08 %). A split whose printed 执行率 is near its own amounts' is read when it
            // is the only one so near of all the splits; the rate stays as printed, for the rules to weigh
            List<Candidate> near = new ArrayList<>();
            List<Integer> nearAt = new ArrayList<>();
            readings(table, line, columns, raw, labelColumn, at, true, near, nearAt);
            if (near.size() == 1) {
                confirmed.addAll(near);
                splitAt.addAll(nearAt);
                byNearRate = true;
            } else if (near.size() > 1) {
                nearOnes = "; " + near.size() + " splits print a 执行率 within " + RowArithmetic.NEAR_RATE.toPlainString()
                        + " points of their amounts' (" + String.join("; ", near.stream().map(c -> texts(c.values())).toList()) + ")";
            }
        }
        // of the readings the arithmetic confirms, those that fill the most printed columns: glued text
        // runs every cell together, so a reading that leaves a printed column empty explains less of it
        int most = confirmed.stream().mapToInt(c -> c.values().size()).max().orElse(0);
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < confirmed.size(); c++) {
            if (confirmed.get(c).values().size() == most) {
                kept.add(c);
            }
        }
        String glued = String.join("' / '", at.stream().map(i -> raw.get(i).text()).toList());
        if (kept.size() != 1) {
            if (confirmedOnly) {
                return null;
            }
            return new FundRowReading(new BigDecimal[FundColumn.values().length],
                    "项目资金 row '" + (at.size() == 1 ? glued : texts(raw)) + "': digits of several cells run together and the row's"
                            + " arithmetic confirms " + (kept.isEmpty() ? "no" : kept.size() + " different")
                            + " ways to split them" + (kept.isEmpty() ? "" : " (" + String.join("; ",
                            kept.stream().map(c -> texts(confirmed.get(c).values())).toList()) + ")") + nearOnes
                            + "; the row is not read — 数字粘连，无法唯一拆分", notes, null, true);
        }
        Candidate chosen = confirmed.get(kept.get(0));
        if (raw.get(raw.size() - 1).kind() == Value.Kind.TEXT && chosen.values().get(chosen.values().size() - 1) != raw.get(raw.size() - 1)
                && at.get(0) != raw.size() - 1) {
            notes.add("粘连行数字之后的文字不属于任何资金列，未读取：'" + raw.get(raw.size() - 1).text() + "' — words after the glued"
                    + " row's figures fit none of its columns (the next part's label run on?); not read as a value");
        }
        boolean lostOnly = chosen.evidence() == 0;
        if (byNearRate) {
            notes.add("digits run together split by the row's arithmetic, its printed 执行率 a little off its amounts': '"
                    + raw.get(splitAt.get(kept.get(0))).text() + "' read as " + texts(chosen.values()) + ", the only split whose"
                    + " 执行率 lies within " + RowArithmetic.NEAR_RATE.toPlainString() + " points of 执行数 ÷ 预算数; the rate is kept as"
                    + " printed — 数字粘连，按本行勾稽关系拆分（所印执行率与金额略有出入，照印读取）");
            return withGarbled(table, valuesOf(table, columns, chosen, notes), columns, chosen, notes);
        }
        notes.add("digits run together split " + (lostOnly ? "at the points of amounts whose integer parts were lost" : "by the row's arithmetic")
                + ": '" + raw.get(splitAt.get(kept.get(0))).text() + "' read as " + texts(chosen.values())
                + (lostOnly ? " — 数字粘连，各金额整数部分缺失，按小数点拆分，未读取" : " — 数字粘连，按本行勾稽关系拆分"));
        return withGarbled(table, valuesOf(table, columns, chosen, notes), columns, chosen, notes);
    }

    /**
     * Every split of the glued values at {@code at} whose reading the row's arithmetic confirms, into {@code found}
     * (with where it was cut, into {@code foundAt}). With {@code nearRate}, only readings told by a printed 执行率
     * near, not at, its own amounts' rate ({@link RowArithmetic#rateNear}), everything else in the row agreeing.
     */
    private static void readings(FundsTable table, FundLine line, List<Column> columns, List<Value> raw, int labelColumn,
                                 List<Integer> at, boolean nearRate, List<Candidate> found, List<Integer> foundAt) {
        for (int glued : at) {
            Cell cell = raw.get(glued).cell();
            for (List<String> split : DigitRuns.splits(cell.key(), true)) {
                if (nearRate && allLost(split)) {
                    continue;
                }
                List<Value> values = new ArrayList<>(raw.subList(0, glued));
                for (String part : split) {
                    Cell piece = new Cell(part, cell.location(), cell.row(), -1, Cell.Gap.NONE);
                    // an amount whose integer part OCR lost (.32 of 3,456.32) holds its column's place unread, never 0.32
                    values.add(part.startsWith(".") ? new Value(piece, Value.Kind.GARBLED, null, null) : Value.of(piece));
                }
                values.addAll(raw.subList(glued + 1, raw.size()));
                values = withoutTrailingWords(values, columns);
                Candidate candidate = values.size() <= columns.size()
                        ? bestAssignment(table, line, columns, values, labelColumn, nearRate) : null;
                // a split needs evidence: an agreement on a printed figure of two or more significant digits
                // (a score printed 0 or 1 agrees with too many splits to tell them apart)
                // amounts that all lost their integer parts (.32.06.5) are read as unread: no figure to be wrong
                // a sub-row's tally weighs its amounts against the total's: its own 执行率 must agree with them too
                if (candidate != null && (candidate.evidence() > 0 || allLost(split)) && candidate.disagree() == 0
                        && lostTogether(candidate, columns, glued, split)
                        && (nearRate ? RowArithmetic.rateNear(table, columns, candidate.values(), candidate.assignment())
                        : !RowArithmetic.rateContradicts(table, columns, candidate.values(), candidate.assignment()))) {
                    found.add(candidate);
                    foundAt.add(glued);
                }
            }
        }
    }

    private static boolean allLost(List<String> split) {
        return split.stream().allMatch(p -> p.startsWith("."));
    }

    /**
     * OCR that dropped the integer part of one amount dropped those of the amounts beside it (.32.06.5):
     * a reading of the split whose amounts are partly lost and partly whole (.3 | 2.0 | 6.5) is no reading.
     */
    private static boolean lostTogether(Candidate candidate, List<Column> columns, int from, List<String> split) {
        int lost = 0;
        int amounts = 0;
        for (int i = from; i < Math.min(from + split.size(), candidate.values().size()); i++) {
            lost += split.get(i - from).startsWith(".") ? 1 : 0;
            boolean amount = columns.get(candidate.assignment()[i]).field() instanceof FundColumn c
                    && c.ordinal() <= FundColumn.EXECUTED.ordinal();
            amounts += amount ? 1 : 0;
            if (split.get(i - from).startsWith(".") != amount && lost > 0) {
                return false;
            }
        }
        return lost == 0 || lost == amounts;
    }

    /**
     * Glued text runs on into what follows the row (the next part's label, OCR'd; the 其中 of the sub-row below): words after its
     * figures that no column of the table takes are no value of it. Only the last value, only words.
     */
    private static List<Value> withoutTrailingWords(List<Value> values, List<Column> columns) {
        Value last = values.get(values.size() - 1);
        boolean wordsColumn = columns.stream().anyMatch(c -> Lexicon.notAmount(c.field()));
        if (wordsColumn || last.kind() != Value.Kind.TEXT || DigitRuns.GLUED.matcher(last.cell().key()).matches()) {
            return values;
        }
        return values.subList(0, values.size() - 1);
    }

    /** Words after a row's figures (a 原因, a 得分计算方法 note), however they were cut, are one text. */
    private static List<Value> textsMerged(List<Value> values) {
        List<Value> out = new ArrayList<>(values.size());
        for (Value v : values) {
            Value last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.kind() == Value.Kind.TEXT && v.kind() == Value.Kind.TEXT
                    && !DigitRuns.GLUED.matcher(last.cell().key()).matches() && !DigitRuns.GLUED.matcher(v.cell().key()).matches()) {
                out.set(out.size() - 1, Value.of(new Cell(last.text() + v.text(), last.cell().location(), last.cell().row(), -1, last.cell().gap())));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static List<Column> national() {
        List<Column> columns = new ArrayList<>();
        NATIONAL_ORDER.forEach(c -> columns.add(new Column(c, -1)));
        return columns;
    }

    private static String names(List<Column> columns) {
        List<String> names = new ArrayList<>();
        for (Column column : columns) {
            names.add(column.field() instanceof FundColumn c ? perfaudit.model.Terms.FUND_COLUMN_NAMES.get(c) : "（不读）");
        }
        return String.join(", ", names);
    }

    private static String texts(List<Value> values) {
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.add(v.text().isEmpty() ? "∅" : v.text()));
        return String.join(" | ", parts);
    }

    /** The cheapest order-preserving assignment of values to columns, arithmetic breaking ties. */
    private static Candidate bestAssignment(FundsTable table, FundLine line, List<Column> columns, List<Value> values,
                                            int labelColumn) {
        return bestAssignment(table, line, columns, values, labelColumn, false);
    }

    /** As {@link #bestAssignment(FundsTable, FundLine, List, List, int)}, the arithmetic tallied with a near 执行率 if asked. */
    private static Candidate bestAssignment(FundsTable table, FundLine line, List<Column> columns, List<Value> values,
                                            int labelColumn, boolean nearRate) {
        if (values.size() > columns.size()) {
            return null;
        }
        // each value's fit to each column and distance from its header are found once, not at every branch of the search
        double[][] fits = new double[values.size()][columns.size()];
        double[][] distances = new double[values.size()][columns.size()];
        for (int v = 0; v < values.size(); v++) {
            for (int c = 0; c < columns.size(); c++) {
                fits[v][c] = fit(values.get(v), columns.get(c).field(), table, line);
                distances[v][c] = distance(table, columns, values.get(v), c, labelColumn);
            }
            if (!table.grid() && headsRowLabels(columns) && fits[v][0] > 0 && fits[v][0] < INFEASIBLE) {
                // text without its grid: the row's label (合计, 财政资金) was read before its figures, and a first
                // unread column before every amount column (资金来源) is that label's, so a figure there is a figure
                // shifted one column left (248.60 248.60 241.15 97.00 under 资金来源 | 预算安排 | 到位 | 执行 | 进度(%))
                fits[v][0] += ROW_LABEL_COLUMN;
            }
        }
        List<Candidate> found = new ArrayList<>();
        search(columns, values, fits, distances, 0, 0, 0.0, new int[values.size()], found, new double[] {INFEASIBLE});
        double cheapest = found.stream().mapToDouble(Candidate::cost).min().orElse(INFEASIBLE);
        // the arithmetic decides between near-equal readings only: computed for those
        List<Candidate> near = new ArrayList<>();
        for (Candidate c : found) {
            if (c.cost() <= cheapest + NEAR) {
                RowArithmetic.Tally tally = RowArithmetic.of(table, line, columns, c.values(), c.assignment(), nearRate);
                near.add(new Candidate(c.values(), c.assignment(), c.cost(), tally.agree(), tally.disagree(), tally.evidence()));
            }
        }
        found = near;
        Candidate best = null;
        for (Candidate c : found) {
            if (best == null || c.cost() < best.cost() - 1e-9
                    || Math.abs(c.cost() - best.cost()) < 0.02 && c.agree() - c.disagree() > best.agree() - best.disagree()) {
                best = c;
            }
        }
        return best;
    }

    /** How far value {@code v} lies from column {@code c} of the header, where the grid is known. */
    private static double distance(FundsTable table, List<Column> columns, Value v, int c, int labelColumn) {
        int cellColumn = v.cell().column();
        if (table.grid() && cellColumn >= 0 && columns.get(c).gridColumn() >= 0 && labelColumn >= 0) {
            int first = columns.get(0).gridColumn();
            int expected = table.sharesHeaderGrid(labelColumn) ? columns.get(c).gridColumn()
                    : labelColumn + 1 + columns.get(c).gridColumn() - first;
            return Math.abs(cellColumn - expected);
        }
        return 0;
    }

    /**
     * Every assignment that may come within {@link #NEAR} of the cheapest; {@code cheapest[0]} is the
     * cheapest found so far. Costs only grow down a branch, so one already dearer than that by more
     * than NEAR is left: none of its assignments could be among the near-equal ones.
     */
    /** The cost of a figure in the column of the row's own label, beyond an unread column's. */
    private static final double ROW_LABEL_COLUMN = 0.5;

    /** The table's first column is unread and comes before every amount column: the column the rows' labels stand in. */
    private static boolean headsRowLabels(List<Column> columns) {
        if (columns.size() < 2 || !Lexicon.notAmount(columns.get(0).field())) {
            return false;
        }
        return columns.stream().anyMatch(c -> c.field() instanceof FundColumn);
    }

    private static void search(List<Column> columns, List<Value> values, double[][] fits, double[][] distances,
                               int value, int column, double cost, int[] assignment, List<Candidate> found,
                               double[] cheapest) {
        if (cost > cheapest[0] + NEAR) {
            return;
        }
        if (value == values.size()) {
            double skips = 0;
            boolean[] taken = new boolean[columns.size()];
            for (int a : assignment) {
                taken[a] = true;
            }
            boolean firstAmount = true;
            for (int c = 0; c < columns.size(); c++) {
                boolean amount = columns.get(c).field() instanceof FundColumn fc && fc.ordinal() <= FundColumn.EXECUTED.ordinal();
                if (!taken[c] && amount) {
                    // an amount column left empty: the first (年初预算数) is the one forms leave out
                    skips += firstAmount ? 0.01 : 0.02;
                }
                firstAmount &= !amount;
            }
            found.add(new Candidate(values, assignment.clone(), cost + skips, -1, -1, -1));
            cheapest[0] = Math.min(cheapest[0], cost + skips);
            return;
        }
        for (int c = column; c <= columns.size() - (values.size() - value); c++) {
            double fit = fits[value][c];
            if (fit >= INFEASIBLE) {
                continue;
            }
            assignment[value] = c;
            search(columns, values, fits, distances, value + 1, c + 1, cost + fit + distances[value][c], assignment, found,
                    cheapest);
        }
    }

    private static double fit(Value v, Object field, FundsTable table, FundLine line) {
        if ((field == Lexicon.FUND_BALANCE || field == Lexicon.FUND_RECEIVED)
                && (v.kind() == Value.Kind.NUMBER || v.kind() == Value.Kind.MONEY)) {
            // 结余 and 实际到位资金 are amounts: a sub-row's figure after its dashes is its 结余, not a 得分
            return 0;
        }
        if (Lexicon.notAmount(field)) {
            return v.kind() == Value.Kind.TEXT ? 0 : v.isBlank() ? 0 : 0.5;
        }
        FundColumn column = (FundColumn) field;
        boolean amount = column.ordinal() <= FundColumn.EXECUTED.ordinal();
        if (v.isBlank()) {
            return amount ? 0.1 : 0;
        }
        if (!amount && line != FundLine.TOTAL && v.kind() != Value.Kind.TEXT) {
            // sub-rows print "—" for 分值 / 执行率 / 得分; some repeat the total's, so possible but unusual
            double base = fitTotal(v, column, table);
            return base >= INFEASIBLE ? base : base + 0.3;
        }
        return fitTotal(v, column, table);
    }

    private static double fitTotal(Value v, FundColumn column, FundsTable table) {
        if (v.kind() == Value.Kind.GARBLED) {
            return GARBLED;
        }
        return switch (column) {
            case INITIAL_BUDGET, ANNUAL_BUDGET, EXECUTED -> v.kind() == Value.Kind.NUMBER || v.kind() == Value.Kind.MONEY ? 0 : INFEASIBLE;
            case WEIGHT -> v.kind() == Value.Kind.NUMBER && v.number().compareTo(BigDecimal.valueOf(100)) <= 0
                    ? (isUsualWeight(v.number(), table) ? 0 : 0.5) : INFEASIBLE;
            case EXECUTION_RATE -> v.kind() == Value.Kind.PERCENT ? 0 : v.kind() == Value.Kind.NUMBER ? 0.6 : INFEASIBLE;
            case SCORE -> v.kind() == Value.Kind.NUMBER && v.number().compareTo(BigDecimal.valueOf(100)) <= 0 ? 0 : INFEASIBLE;
        };
    }

    private static boolean isUsualWeight(BigDecimal number, FundsTable table) {
        int n = number.stripTrailingZeros().scale() <= 0 ? number.intValue() : -1;
        Integer stated = table.form().budgetPointsStated;
        return n == 10 || n == 20 || n == 5 || n == 100 || stated != null && n == stated;
    }

    private static BigDecimal[] valuesOf(FundsTable table, List<Column> columns, Candidate chosen, List<String> notes) {
        BigDecimal[] values = new BigDecimal[FundColumn.values().length];
        for (int i = 0; i < chosen.values().size(); i++) {
            Object field = columns.get(chosen.assignment()[i]).field();
            Value v = chosen.values().get(i);
            if (field instanceof FundColumn column && v.isNumeric()) {
                values[column.ordinal()] = column.ordinal() <= FundColumn.EXECUTED.ordinal() ? table.toWan(v) : v.number();
            }
        }
        BigDecimal budget = values[FundColumn.ANNUAL_BUDGET.ordinal()] != null ? values[FundColumn.ANNUAL_BUDGET.ordinal()]
                : values[FundColumn.INITIAL_BUDGET.ordinal()];
        BigDecimal executed = values[FundColumn.EXECUTED.ordinal()];
        Value rate = RowArithmetic.valueIn(columns, chosen.values(), chosen.assignment(), FundColumn.EXECUTION_RATE);
        if (rate != null && RowArithmetic.isFraction(rate, budget, executed)) {
            BigDecimal percent = rate.number().movePointRight(2);
            values[FundColumn.EXECUTION_RATE.ordinal()] = percent;
            notes.add("执行率按小数读取：'" + rate.text() + "' 读作 " + percent.stripTrailingZeros().toPlainString() + "%（执行数 "
                    + executed.toPlainString() + " ÷ 预算数 " + budget.toPlainString() + "）— execution rate printed as a fraction: '"
                    + rate.text() + "' read as " + percent.stripTrailingZeros().toPlainString() + "%, which 执行数 ÷ 预算数 confirms");
        }
        return values;
    }
}
