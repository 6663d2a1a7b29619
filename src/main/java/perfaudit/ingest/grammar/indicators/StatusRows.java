package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.indicators.cells.RowAligner;
import perfaudit.ingest.grammar.indicators.columns.IndicatorHeader;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a table whose header prints a status column (单项指标完成情况, 河北 system export, family G) read in
 * text that lost its grid. Such a row is 三级 name, maybe an 指标说明 sentence the header does not name, 符号,
 * 数值, 单位(文字描述), actual, a status word (完成 / 未完成), then 得分 | 权重占比 | 折算得分. The status word is
 * the one sure cell boundary: the texts before it are read from the right (actual, unit, value, comparator),
 * the figures after it only where their own product confirms them. A row whose cells cannot all be told
 * apart is left unread, with a note, rather than given a name or actual that may be another cell's.
 */
final class StatusRows {

    /** A row's cells up to its status word: a name, a sentence, comparator, value, unit, actual — never this many. */
    private static final int MAX_CELLS = 16;
    private static final int FIGURES = ConvertedScore.FIGURES;
    /** 单位(文字描述) prints the unit, then its description in brackets: %(百分比). */
    private static final Pattern UNIT_GLOSS = Pattern.compile("^(.+?)[(（][^()（）]+[)）]$");

    private final PartScan s;
    private final Tokens t;
    private final Lexicon lex;
    private final IndicatorBuilder builder;
    private final RowEnds ends;
    /** The header declares 指标分值 before the target. */
    private final boolean weightDeclared;
    /** The last cell of the last row read whole (its status word and all its figures), or -1: a row starts after it. */
    private int wholeRowEnd = -1;

    private StatusRows(PartScan s, IndicatorBuilder builder, RowEnds ends, boolean weightDeclared) {
        this.s = s;
        this.t = s.t;
        this.lex = s.lex;
        this.builder = builder;
        this.ends = ends;
        this.weightDeclared = weightDeclared;
    }

    /**
     * The reader for text without a grid whose header is actual | status | 得分 | two more columns (权重占比,
     * 折算得分); null for any other table, read as before.
     */
    static StatusRows of(PartScan s, IndicatorHeader header, IndicatorBuilder builder, RowEnds ends) {
        if (s.grid || !ConvertedScore.printedBy(header)) {
            return null;
        }
        int status = header.statusColumn();
        int weight = header.fields().indexOf(IndicatorField.WEIGHT);
        return new StatusRows(s, builder, ends, weight >= 0 && weight < status);
    }

    /**
     * The index of the last cell of the row starting at {@code j}: its status word and the figures after it;
     * -1 when no status word ends its texts before a label, a block or the table's end.
     */
    int rowEnd(int j) {
        for (int k = j + 1; k < t.size() && k - j <= MAX_CELLS; k++) {
            if (ends.endsTable(k) || t.blockAt(k) != null) {
                return -1;
            }
            Cell cell = t.get(k);
            if (cell.isBlank()) {
                continue;
            }
            String key = cell.key();
            if (lex.level1.exact(key) != null || lex.level2.exact(key) != null) {
                return -1;
            }
            if (lex.statusWords.contains(key)) {
                int end = -1;
                int figures = 0;
                for (int f = k + 1; f < t.size() && figures < FIGURES; f++) {
                    Cell c = t.get(f);
                    if (c.isBlank()) {
                        continue;
                    }
                    if (Value.of(c).kind() != Value.Kind.NUMBER) {
                        break;
                    }
                    figures++;
                    end = f;
                }
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** The 一级 / 二级 / 三级 cells: a label printed more often is no longer one row's levels. */
    private static final int LEVELS = 3;

    /**
     * The export ends its table with the row that scores budget execution, its label (预算执行率) printed in the
     * row's level cells, with no figure to read as a row (the flow reader drops it). Where the text ends (or another
     * text begins) right after those copies, the excerpt cut the row: it is read as a cut row of that name (its cells lost, not empty), with
     * a note. Anything after the copies (the row printed whole, of a shape no real form has shown yet) leaves it to
     * the flow reader as before. Returns the index after what was read, {@code j} when nothing was.
     */
    int cutBudgetRow(int j) {
        if (j >= t.size() || !startsRow(j) || lex.budgetExecution.exact(t.get(j).key()) == null) {
            return j;
        }
        List<Cell> copies = new ArrayList<>();
        int end = j;
        for (; end < t.size() && !s.startsOtherText(end); end++) {
            Cell cell = t.get(end);
            if (cell.isBlank()) {
                continue;
            }
            if (!cell.key().equals(t.get(j).key()) || copies.size() == LEVELS) {
                return j; // more than its label: not the cut row
            }
            copies.add(cell);
        }
        Cell at = copies.get(0);
        builder.setLevel1(at.text());
        builder.clearLevel2();
        if (copies.size() == LEVELS) {
            builder.setLevel2(copies.get(1).text(), true);
        }
        Map<IndicatorField, RowAligner.Item> fields = new EnumMap<>(IndicatorField.class);
        put(fields, IndicatorField.NAME, copies.get(copies.size() - 1));
        String rowText = String.join(" ", copies.stream().map(c -> c.text().strip()).toList());
        s.log.note(at.row(), at.location(), rowText, "预算执行率行被截断: 只印出其名称 — the budget-execution row of the table, cut by the end of"
                + " the text after its label: read by its name, its figures lost");
        builder.add(at, fields, true);
        builder.rowCellRead();
        s.use(j, end);
        return end;
    }

    /**
     * Cell {@code j} starts a row: it starts a line, or follows a row read whole, which its status word and all its
     * figures end (a whole form on one line: …完成 10.00 10.00 1.00 预算执行率 预算执行率).
     */
    private boolean startsRow(int j) {
        return RowEnds.startsLine(t.get(j)) || wholeRowEnd >= 0 && j == wholeRowEnd + 1;
    }

    /** Reads the row in cells {@code first}..{@code last} (as found by {@link #rowEnd}). */
    void read(int first, int last) {
        List<Cell> cells = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            if (!t.get(k).isBlank()) {
                cells.add(t.get(k));
            }
        }
        Cell at = t.get(first);
        String rowText = String.join(" ", cells.stream().map(c -> c.text().strip()).toList());
        Map<IndicatorField, RowAligner.Item> fields = new EnumMap<>(IndicatorField.class);
        List<String> notes = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        String refused = assign(cells, fields, notes, description);
        if (refused != null) {
            s.log.note(at.row(), at.location(), rowText, ConvertedScore.unreadNote(refused));
            builder.rowUnread();
        } else {
            if (!notes.isEmpty()) {
                s.log.note(at.row(), at.location(), rowText, String.join("; ", notes));
            }
            builder.add(at, fields, false, description.isEmpty() ? null : description.toString());
            wholeRowEnd = last;
        }
        s.use(first, last + 1);
    }

    /** Puts the row's cells in {@code fields}; returns why it cannot, or null. */
    private String assign(List<Cell> cells, Map<IndicatorField, RowAligner.Item> fields, List<String> notes,
                          StringBuilder description) {
        int status = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (lex.statusWords.contains(cells.get(i).key())) {
                status = i;
            }
        }
        List<Cell> figures = cells.subList(status + 1, cells.size());
        if (figures.size() != FIGURES) {
            return figures.size() + " figures after the status word, " + FIGURES + " columns";
        }
        if (status < 3) {
            return "too few cells before the status word";
        }
        Cell name = cells.get(0);
        Cell actual = cells.get(status - 1);
        if (kind(name) != Value.Kind.TEXT || !isValue(actual) && kind(actual) != Value.Kind.TEXT) {
            return "no name or no actual before the status word";
        }
        // the target read from the right: [符号] 数值 [单位], then at most one cell left between it and the name
        int i = status - 2;
        Cell unit = null;
        if (i > 0 && (kind(cells.get(i)) == Value.Kind.TEXT || kind(cells.get(i)) == Value.Kind.UNIT)) {
            unit = cells.get(i--);
        }
        if (i < 1 || !(kind(cells.get(i)) == Value.Kind.NUMBER || unit == null && isValue(cells.get(i)))) {
            return "no 数值 before the actual";
        }
        Cell value = cells.get(i--);
        Cell comparator = i >= 1 && kind(cells.get(i)) == Value.Kind.COMPARATOR ? cells.get(i--) : null;
        Cell weight = null;
        if (weightDeclared && comparator == null && !(i == 1 && kind(cells.get(1)) == Value.Kind.NUMBER)) {
            // no 符号 to anchor the 数值 and no 分值 before it: "10 2023年8月25日前" may be 分值 and a worded target
            return "no 符号 before the 数值 and no 指标分值 printed: the 数值 may be the 分值";
        }
        if (i == 1) {
            Cell left = cells.get(1);
            if (weightDeclared && kind(left) == Value.Kind.NUMBER) {
                weight = left; // 指标分值, printed where the header puts it
            } else if (kind(left) == Value.Kind.TEXT && RowEnds.startsLine(left)) {
                // the name ends its line and the text starts the next: the name's wrapped rest (符合条件申报对 / 象覆盖率)
                // or its 指标说明, and the text does not say which
                return "a line break between the name and the text after it: " + left.text().strip()
                        + " may be the rest of the name or its 指标说明";
            } else if (kind(left) == Value.Kind.TEXT && comparator != null) {
                // the export keeps each indicator's 指标说明 beside its name (the header names no column for it): with
                // the 符号 anchoring the target, the one text left between it and the name is that sentence
                description.append(left.text().strip());
                notes.add("指标说明读入: " + left.text().strip() + " — the sentence between the 三级 name and the 符号, read as the row's 指标说明 (no column of the header names it)");
            } else if (kind(left) == Value.Kind.TEXT) {
                notes.add("指标说明未读入: " + left.text().strip() + " — a text between the 三级 name and a target with no 符号 (it may be part of the name), left out");
            } else {
                return "a cell between the name and the target: " + left.text().strip();
            }
        } else if (i > 1) {
            return "more than one cell between the name and the target";
        }
        BigDecimal a = Value.of(figures.get(0)).number();
        BigDecimal b = Value.of(figures.get(1)).number();
        BigDecimal c = Value.of(figures.get(2)).number();
        String disagreement = ConvertedScore.disagreement(weight == null ? null : Value.of(weight).number(), a, b, c);
        if (disagreement != null) {
            return disagreement;
        }
        if (weight == null && weightDeclared) {
            if (a.compareTo(b) != 0) {
                return "三个数字对四列 (指标分值 not printed): " + a + " | " + b + " | " + c + " may be 得分 | 权重占比 | 折算得分 or 分值 | 得分 | 折算得分";
            }
            // 得分 | 权重占比 | 折算得分 or 分值 | 得分 | 折算得分: equal figures give 分值 = 得分 under either reading
            notes.add("分值与得分同为 " + a + "（三个数字对四列，前两个相等）— 分值 = 得分 = " + a + ": three figures for the four columns 指标分值 / 单项指标得分 / 权重占比 / 折算得分, the first two equal and "
                    + c + " their product, so either reading gives the same 分值 and 得分");
            weight = figures.get(0);
        }
        put(fields, IndicatorField.NAME, name);
        put(fields, IndicatorField.NATURE, comparator);
        put(fields, IndicatorField.TARGET_VALUE, value);
        if (unit != null) {
            Matcher gloss = UNIT_GLOSS.matcher(unit.text().strip());
            put(fields, IndicatorField.UNIT, gloss.matches()
                    ? new Cell(gloss.group(1), unit.location(), unit.row(), -1, Cell.Gap.NONE) : unit);
        }
        put(fields, IndicatorField.ACTUAL, actual);
        put(fields, IndicatorField.WEIGHT, weight);
        put(fields, IndicatorField.SCORE, figures.get(0));
        return null;
    }

    private static void put(Map<IndicatorField, RowAligner.Item> fields, IndicatorField field, Cell cell) {
        if (cell != null) {
            fields.put(field, new RowAligner.Item(-1, cell.text(), Value.of(cell)));
        }
    }

    private static Value.Kind kind(Cell cell) {
        return Value.of(cell).kind();
    }

    private static boolean isValue(Cell cell) {
        Value.Kind kind = kind(cell);
        return kind == Value.Kind.NUMBER || kind == Value.Kind.PERCENT || kind == Value.Kind.MONEY || kind == Value.Kind.MEASURE;
    }
}
