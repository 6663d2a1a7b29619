package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.indicators.cells.PointsLabel;
import perfaudit.ingest.grammar.indicators.cells.RowAligner;
import perfaudit.ingest.grammar.indicators.columns.IndicatorHeader;
import perfaudit.ingest.grammar.text.TextWidth;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a row of the 绩效指标 table ends, and where the table does, in text that lost its grid: the
 * tests the row reader asks at every cell, judged from the cells ahead and the header's columns
 * alone. Apart from the reader because none of them depends on the 一级 / 二级 in force.
 */
final class RowEnds {

    private static final Pattern DATE = Pattern.compile("(19|20)\\d{2}年(\\d{1,2}月)?(\\d{1,2}日)?$");

    private final PartScan s;
    private final Tokens t;
    private final Lexicon lex;
    private final IndicatorHeader header;
    /** The header's columns after the 一级 and 二级: what a row's cells fill. */
    private final List<IndicatorField> valueFields;
    private final OtherTableHeader otherHeader;

    RowEnds(PartScan scanner, IndicatorHeader header, List<IndicatorField> valueFields) {
        this.s = scanner;
        this.t = scanner.t;
        this.lex = scanner.lex;
        this.header = header;
        this.valueFields = valueFields;
        this.otherHeader = new OtherTableHeader(scanner, header);
    }

    /**
     * Where the table ends: the 总分 row, the notes after it, the next form, or another part (a block
     * label, 年度绩效目标2 (40分), reopens the table for its group), or another table's header.
     */
    boolean endsTable(int j) {
        if (j >= t.size()) {
            return true;
        }
        if (t.get(j).isBlank()) {
            return false;
        }
        return s.isStop(j) && t.labelAt(j, lex.indicatorAnchor, Tokens.Rest.BRACKETED) == null || otherHeader.at(j);
    }

    /** Another table's header opens the row at cell j ({@link OtherTableHeader}). */
    boolean otherTableAt(int j) {
        return j < t.size() && otherHeader.at(j);
    }

    /** The cell after a reprint of the table's own header opening at j (a page break), or -1. */
    int reprintedHeaderEnd(int j) {
        return otherHeader.reprintEnd(j);
    }

    /** Leaves the other table at j unread, with a parse problem; returns the cell after it. */
    int skipOtherTable(int j) {
        return otherHeader.skip(j);
    }

    /**
     * A row printed on one line, cell by cell: a text where the header puts a column of words
     * between figures (广水's 评价标准及依据 before 自评分 / 复核分) is that column, not the next row.
     * Only a row whose cells so far match the header's columns one to one is read so.
     */
    boolean fillsTextColumn(FlowRow row, Cell cell) {
        int filled;
        if (cell.gap() == Cell.Gap.SPACE) {
            filled = cellsOnOneLine(row, false);
        } else if (cell.gap() == Cell.Gap.CELL && cell.column() < 0) {
            filled = barCellsOnLineOf(row, cell); // "|" rows: 广水's row printed "名称 | 2 | 充分 | 充分 | 依据… | 2 |"
        } else {
            return false;
        }
        if (filled < 0) {
            return false; // the row spans lines: its cells are not one per column
        }
        if (filled >= valueFields.size()) {
            return false;
        }
        IndicatorField next = valueFields.get(filled);
        boolean words = next == IndicatorField.IGNORED || next == IndicatorField.DEVIATION;
        return words && valueFields.subList(filled + 1, valueFields.size()).stream().anyMatch(
                f -> f == IndicatorField.SCORE || f == IndicatorField.REVIEW || f == IndicatorField.WEIGHT);
    }

    /** The row's filled cells when all stand on one line, one per column so far; -1 when the row spans lines. */
    private static int cellsOnOneLine(FlowRow row, boolean barCells) {
        int filled = 0;
        for (Cell c : row.cells) {
            if (c.isBlank()) {
                continue;
            }
            if (filled > 0 && c.gap() != Cell.Gap.SPACE && !(barCells && c.gap() == Cell.Gap.CELL)) {
                return -1; // a line's words follow each other as SPACE, a "|" row's cells (barCells) as CELL
            }
            filled++;
        }
        return filled;
    }

    /**
     * "|" rows: the row's cells so far, all "|"-separated on {@code cell}'s line, counted from its first filled cell
     * (an empty cell after it is an empty column, as "|" prints it); -1 when the row spans lines or holds a cell
     * not separated by a "|".
     */
    private static int barCellsOnLineOf(FlowRow row, Cell cell) {
        int filled = 0;
        for (Cell c : row.cells) {
            if (c.row() != cell.row()) {
                return -1;
            }
            if (filled == 0 && c.isBlank()) {
                continue;
            }
            if (filled > 0 && (c.gap() != Cell.Gap.CELL || c.column() >= 0)) {
                return -1;
            }
            filled++;
        }
        return filled;
    }

    /**
     * Space-separated rows: a text that ends its line right after the row's figures, where the header's
     * next column is the row's last, its 偏差原因 / 扣分原因, is that reason; the next row's name starts
     * the next line. (Where rows run on in one long line the next text may be either: not decided here.)
     */
    boolean reasonEndsLine(FlowRow row, Cell cell, int j) {
        // a space-split line, or a "|" row (its next line marked as a row: a line of cells not closed by "|")
        if (cell.gap() != Cell.Gap.SPACE && cell.gap() != Cell.Gap.CELL
                || j + 1 < t.size() && !startsLine(t.get(j + 1)) && t.get(j + 1).gap() != Cell.Gap.ROW) {
            return false;
        }
        int filled = cellsOnOneLine(row, cell.gap() == Cell.Gap.CELL);
        if (filled < 0) {
            return false; // the row spans lines: its cells are not one per column
        }
        return filled > 0 && filled == valueFields.size() - 1 && valueFields.get(filled) == IndicatorField.DEVIATION;
    }

    /**
     * Text that marks where its rows begin ("|" rows: a line padded with empty cells "| ||||" or a leading "|" ends the row
     * before; the next line's first cell comes as a {@link Cell.Gap#ROW}): a cell starting a marked row, right after a filled
     * cell, starts the next indicator row once the row so far holds its name, target and actual — whatever the cell looks
     * like (a name starting with digits, "2022年全年"; a name after a row with no figures, whose 得分 is merged over its
     * 二级). Only where the row so far stands on one line, a table row per line: text of one cell per line marks every
     * line so ("| 100% |"), and an empty cell before it (a bare "|" line of "cell |" text) marks no row either.
     */
    boolean startsMarkedRow(FlowRow row, int j) {
        Cell cell = t.get(j);
        if (cell.gap() != Cell.Gap.ROW || j == 0 || t.get(j - 1).isBlank()) {
            return false;
        }
        int actual = valueFields.indexOf(IndicatorField.ACTUAL);
        if (actual < 0) {
            return false;
        }
        int filled = 0;
        for (int i = 0; i < row.cells.size(); i++) {
            Cell c = row.cells.get(i);
            if (i > 0 && (startsLine(c) || c.gap() == Cell.Gap.ROW)) {
                return false; // the row spans lines: its line breaks are no row boundaries
            }
            filled += c.isBlank() ? 0 : 1;
        }
        return filled > actual;
    }

    /** A 是 / 否 after the row's figures, in a table whose last column is 是否核心指标. */
    boolean endsAtCoreMark(FlowRow row, Cell cell) {
        return !valueFields.isEmpty() && valueFields.get(valueFields.size() - 1) == IndicatorField.CORE
                && Value.isYesNo(cell.key()) && row.hasValue();
    }

    /**
     * The width at which the 三级指标 column wraps: the widest line of plain text in the table, if
     * another line reaches it too. Text that never wraps has one widest line: every line is a cell of
     * its own (infinite width); a table with no such line gives no evidence (0).
     */
    double wrapWidth(int k) {
        // the widths in a plain array, not boxed in a list and streamed twice: every flow table asks
        double[] widths = new double[16];
        int count = 0;
        for (int j = k; j < t.size() && !endsTable(j); j++) {
            Cell cell = t.get(j);
            boolean alone = startsLine(cell) && (j + 1 >= t.size() || startsLine(t.get(j + 1)) || t.get(j + 1).gap() == Cell.Gap.ROW);
            if (alone && Value.of(cell).kind() == Value.Kind.TEXT && plainText(cell.key())) {
                if (count == widths.length) {
                    widths = java.util.Arrays.copyOf(widths, count * 2);
                }
                widths[count++] = TextWidth.of(cell.text().strip());
            }
        }
        if (count == 0) {
            return 0;
        }
        double widest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            widest = Math.max(widest, widths[i]);
        }
        int atWidest = 0;
        for (int i = 0; i < count; i++) {
            atWidest += widths[i] >= widest - 1 ? 1 : 0;
        }
        return atWidest >= 2 ? widest : Double.POSITIVE_INFINITY;
    }

    /**
     * A table printing 分值 before 年度指标值 (安徽, 银川): after the row's first number, its weight, the
     * next texts are its target and actual, not the next row, until both are there.
     */
    boolean targetAfterWeight(FlowRow row) {
        int weight = valueFields.indexOf(IndicatorField.WEIGHT);
        int target = valueFields.indexOf(IndicatorField.TARGET);
        if (weight < 0 || target < 0 || weight > target) {
            return false;
        }
        int afterWeight = -1;
        for (Cell c : row.cells) {
            if (c.isBlank()) {
                continue;
            }
            if (afterWeight >= 0) {
                afterWeight++;
            } else if (Value.of(c).kind() == Value.Kind.NUMBER) {
                afterWeight = 0;
            }
        }
        return afterWeight >= 0 && afterWeight < 2;
    }

    /**
     * A short word right after the row's first number, in a table with a 度量单位 column: the
     * target's unit (≧ | 30 | 场次), not the next row's name, whatever the unit is.
     */
    boolean unitCell(FlowRow row, Cell cell) {
        if (!header.has(IndicatorField.UNIT) || row.lastKind() != Value.Kind.NUMBER || cell.key().length() > 6 || !plainText(cell.key())) {
            return false;
        }
        return row.cells.stream().filter(c -> !c.isBlank() && Value.of(c).isNumeric()).count() == 1;
    }

    /** Words only: no digit, comparator or percent sign. */
    private static boolean plainText(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isDigit(c) || "≥≤=<>%".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** "(50分)" alone: a cheap test on the last characters before the regex. */
    static boolean pointsOnly(String key) {
        return key.endsWith("分") || key.endsWith("分)") ? PointsLabel.POINTS_ONLY.matcher(key).matches() : false;
    }

    /** The row's last two cells are numbers on one line and the table prints 分值 and 得分. */
    boolean endsWithScores(FlowRow row) {
        if (!valueFields.contains(IndicatorField.WEIGHT) || !valueFields.contains(IndicatorField.SCORE)) {
            return false;
        }
        // the last two filled cells, found from the end (asked at every cell of the table)
        Cell last = null;
        Cell before = null;
        for (int k = row.cells.size() - 1; k >= 0 && before == null; k--) {
            Cell cell = row.cells.get(k);
            if (!cell.isBlank()) {
                before = last == null ? null : cell;
                last = last == null ? cell : last;
            }
        }
        if (before == null) {
            return false;
        }
        return Value.of(last).kind() == Value.Kind.NUMBER && Value.of(before).kind() == Value.Kind.NUMBER
                && last.gap() == Cell.Gap.SPACE;
    }

    /**
     * Cell {@code j} is the form's last word and an 一级 / 二级 name cut short (满 of 满意度指标): the text stops in a
     * label, not in a row's 偏差原因 (a reason is no name's first characters alone at the text's end).
     */
    boolean cutLabelEndsText(Cell cell, int j) {
        return lex.startsLevelName(cell.key()) && (lastFilledCell(j) || otherTextAfter(j));
    }

    static boolean startsLine(Cell cell) {
        return cell.gap() == Cell.Gap.LINE || cell.gap() == Cell.Gap.BLANK || cell.gap() == Cell.Gap.BREAK;
    }

    boolean followedByPoints(int j, Hit<String> label) {
        return PointsLabel.statedIn(t.text(j, label.next())).find()
                || label.next() < t.size() && PointsLabel.POINTS_ONLY.matcher(t.get(label.next()).key()).matches();
    }

    boolean followedByLabel(int j) {
        while (j < t.size() && t.get(j).isBlank()) {
            j++;
        }
        return j < t.size() && (t.labelAt(j, lex.level2, false) != null || t.labelAt(j, lex.level1, false) != null);
    }

    /** A value that ends a row's target / actual / points: a new name may follow it. */
    static boolean isValue(Value.Kind kind) {
        return isNumeric(kind) || kind == Value.Kind.MEASURE;
    }

    private static boolean isNumeric(Value.Kind kind) {
        return kind == Value.Kind.NUMBER || kind == Value.Kind.PERCENT || kind == Value.Kind.MONEY;
    }

    /**
     * A text after a row's numbers: the next row's 三级指标 when values follow it before the next
     * label or text, else this row's 偏差原因 (also where the table's 总分 follows the text: its figures are the
     * total's, not a row's; another text after it, the next form's title, is left to the reading of a cut form).
     */
    boolean startsRow(int j) {
        int k = j;
        while (k < t.size() && (t.get(k).isBlank() || Value.of(t.get(k)).kind() == Value.Kind.TEXT && k - j < 6
                && (k == j || t.get(k).gap() != Cell.Gap.CELL || !header.isEmpty()))) {
            if (k > j && !t.get(k).isBlank() && (t.labelAt(k, lex.level2, false) != null || t.labelAt(k, lex.level1, false) != null)) {
                return false;
            }
            if (k > j && !t.get(k).isBlank() && t.labelAt(k, lex.total, false) != null) {
                return false; // the table's own 总分 follows the text: its figures are the total's, the text this row's 偏差原因
            }
            k++;
        }
        int values = 0;
        for (int m = k; m < t.size() && m < k + 8 && !endsTable(m); m++) {
            if (t.get(m).isBlank()) {
                continue;
            }
            Value v = Value.of(t.get(m));
            if (v.kind() == Value.Kind.TEXT && DATE.matcher(t.get(m).key()).lookingAt()) {
                values++; // a date target or actual (2022年9月30日) is a figure of the row
                continue;
            }
            if (v.kind() == Value.Kind.TEXT && values > 0) {
                break;
            }
            if (t.labelAt(m, lex.level2, false) != null || t.labelAt(m, lex.level1, false) != null) {
                break;
            }
            if (v.kind() != Value.Kind.TEXT && !v.isBlank()) {
                values++;
            }
        }
        return values >= 2 || !valueFields.contains(IndicatorField.DEVIATION);
    }

    /**
     * Glued rows only their values part (转移支付 forms print no 分值 and no 得分: "…储备到位率100%100%库存数量真实率…"):
     * the general reader cannot cut them.
     */
    boolean noPoints() {
        return !valueFields.contains(IndicatorField.WEIGHT) && !valueFields.contains(IndicatorField.SCORE);
    }

    /**
     * Glued rows of a table printing a 得分 and no 分值 (湖北-style 项目自评表: "补贴渔船数6620"): the score's
     * digits run into the actual's, which the general reader cannot cut.
     */
    boolean scoreOnly() {
        return !valueFields.contains(IndicatorField.WEIGHT) && valueFields.contains(IndicatorField.SCORE);
    }

    /** 分值 printed before 年度指标值 (宁夏, 安徽): the weight's digits run into the target's, which the general reader cannot cut. */
    boolean weightBeforeTarget() {
        int weight = valueFields.indexOf(IndicatorField.WEIGHT);
        return weight >= 0 && weight < valueFields.indexOf(IndicatorField.TARGET);
    }

    /**
     * Text that lost its grid shows no empty cells: a row of a table that prints 分值 and 得分 with
     * neither of them (nor any explicit empty cell) lost the line that carried them.
     */
    boolean missesScores(FlowRow row, Map<IndicatorField, RowAligner.Item> fields) {
        boolean explicitEmpties = row.cells.stream().anyMatch(c -> c.isBlank() && c.gap() == Cell.Gap.CELL);
        return valueFields.contains(IndicatorField.WEIGHT) && valueFields.contains(IndicatorField.SCORE)
                && !explicitEmpties && !fields.containsKey(IndicatorField.WEIGHT) && !fields.containsKey(IndicatorField.SCORE)
                && fields.containsKey(IndicatorField.NAME);
    }

    /**
     * True when nothing follows cell {@code index}: the text stops inside this row. A cell printed
     * empty after it (a "|" alone, a line holding only white space at the end) says the row's last
     * cells were there, empty: the row is whole.
     */
    boolean lastFilledCell(int index) {
        for (int k = index + 1; k < t.size(); k++) {
            if (!t.get(k).isBlank() || t.get(k).gap() == Cell.Gap.CELL) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when what follows cell {@code index} is another text: the next form's title or a page's
     * chrome, with nothing of this form (not even an empty cell) between them.
     */
    boolean otherTextAfter(int index) {
        for (int k = index + 1; k < t.size(); k++) {
            if (!t.get(k).isBlank()) {
                return s.startsOtherText(k);
            }
            if (t.get(k).gap() == Cell.Gap.CELL) {
                return false;
            }
        }
        return false;
    }
}
