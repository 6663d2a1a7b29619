package perfaudit.ingest.grammar.funds;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.funds.FundsTable.Column;
import perfaudit.model.funds.FundColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of the 项目资金 table: its anchor with the money unit and the budget points it states, then
 * the column labels in the order printed (a garbled or an empty header cell keeping its column's place,
 * a 列次 row numbering the columns skipped), up to the first row label. A late header cell found among
 * the rows is added here too.
 */
final class FundsHeader {

    private static final Pattern POINTS = Pattern.compile("[(（]?(\\d{1,3})分[)）]?");
    /** 得分(10分*): a 得分 column whose header states the budget row's points (compiled once: every form's header passes). */
    private static final Pattern STARRED_POINTS = Pattern.compile("\\d+分\\*");
    private static final Pattern STATED_POINTS = Pattern.compile("(\\d+)分");
    /** A garbled header cell is short; a longer cell of words after the header is the next part. */
    private static final int UNREAD_HEADER_CELL = 12;
    private static final Pattern ANCHOR_UNIT = Pattern.compile("[(（](万元|亿元|元)[)）]");
    private static final Pattern UNIT = Pattern.compile("[(（]?(?:金额单位|单位)?(万元|亿元|元)[)）]?");
    /** The characters a match of {@link #UNIT} or {@link #POINTS} can start with. */
    private static final String UNIT_OR_POINTS_FIRST = "(（金单万亿元0123456789";

    private final PartScan s;
    private final FormDraft form;
    private final Tokens t;
    private final List<Column> columns = new ArrayList<>();
    private String unit = "万元";

    FundsHeader(PartScan scanner, FormDraft form) {
        this.s = scanner;
        this.form = form;
        this.t = scanner.t;
        if (form.statedMoneyUnit != null) {
            unit = form.statedMoneyUnit; // 金额单位：元 above the table; its anchor or a (万元) cell may still say otherwise
        }
    }

    /** The columns as printed, in order. */
    List<Column> columns() {
        return columns;
    }

    /** The table's money unit (万元 unless the anchor or a cell says otherwise). */
    String unit() {
        return unit;
    }

    /** The anchor, unit, points and column cells, up to the first row label. */
    int read(int i) {
        int k = i;
        while (k < t.size()) {
            Cell cell = t.get(k);
            if (cell.isBlank()) {
                if (emptyHeaderCell(k)) {
                    // an OCR'd or merged header's empty cell between two column labels: the rows hold an empty cell there too
                    columns.add(new Column(Lexicon.IGNORED, cell.column()));
                }
                k++;
                continue;
            }
            Hit<Boolean> anchor = t.labelAt(k, s.lex.fundAnchor, Tokens.Rest.BRACKETED);
            if (anchor != null) {
                form.saw(anchor.spelling());
                unitOfAnchor(anchor.spelling());
                String rest = s.restOfCell(k, anchor);
                if (rest != null) {
                    unitAndPoints(LabelIndex.key(rest));
                }
                s.use(k, anchor.next());
                k = anchor.next();
                continue;
            }
            if (unitAndPoints(cell.key())) {
                s.use(k, k + 1);
                k++;
                continue;
            }
            if (t.labelAt(k, s.lex.fundRow, true) != null) {
                break;
            }
            Hit<Object> column = t.labelAt(k, s.lex.fundColumn, false);
            if (column == null && unreadHeaderCell(k)) {
                // OCR'd header: 全年(If整)预算数 holds its column's place, unread, so the values still line up
                columns.add(new Column(Lexicon.IGNORED, cell.column()));
                s.log.note(cell.row(), cell.location(), cell.text(), "项目资金 header cell '" + cell.text().strip()
                        + "' is no column label (OCR?): its column is not read — 表头单元格无法识别，该列不读");
                s.use(k, k + 1);
                k++;
                continue;
            }
            if (column == null) {
                break;
            }
            int numbered = columnNumbers(column.next());
            if (numbered > column.next()) {
                // 列次 0 1 2 3 …: a row numbering the columns under the header, no column of its own
                s.use(k, numbered);
                k = numbered;
                continue;
            }
            addColumn(column, k);
            s.use(k, column.next());
            k = column.next();
        }
        return k;
    }

    /** Column numbers counted from 0 or 1 in a row (3 or more): the row numbers the columns. */
    private static final int MIN_COLUMN_NUMBERS = 3;

    /**
     * Where a run of column numbers (0 1 2 3 …, each one more than the last, on the label's line) that
     * starts at cell {@code k} ends; {@code k} when none does.
     */
    private int columnNumbers(int k) {
        int end = k;
        int expected = -1;
        while (end < t.size() && !t.get(end).isBlank() && (end == k || t.get(end).gap() == Cell.Gap.SPACE
                || t.get(end).gap() == Cell.Gap.CELL)) {
            String key = t.get(end).key();
            if (!oneOrTwoDigits(key)) {
                break;
            }
            int number = Integer.parseInt(key);
            if (expected < 0 ? number > 1 : number != expected) {
                break;
            }
            expected = number + 1;
            end++;
        }
        return end - k >= MIN_COLUMN_NUMBERS ? end : k;
    }

    /**
     * An empty cell of a "|" table between two of the header's column labels (预算执行数 | | | 预算执行率):
     * it holds a column's place, since the rows below keep their empty cells as values.
     */
    private boolean emptyHeaderCell(int k) {
        if (s.grid || t.get(k).gap() != Cell.Gap.CELL || columns.isEmpty() || Lexicon.notAmount(columns.get(columns.size() - 1).field())
                && columns.stream().allMatch(c -> Lexicon.notAmount(c.field()))) {
            return false;
        }
        int next = k + 1;
        while (next < t.size() && t.get(next).isBlank() && t.get(next).gap() == Cell.Gap.CELL) {
            next++;
        }
        return next < t.size() && t.get(next).gap() == Cell.Gap.CELL && t.labelAt(next, s.lex.fundColumn, false) != null;
    }

    /**
     * A short cell of words among the header's column labels (after the anchor, a column label next):
     * a header cell the scan garbled (全年(If整)预算数, 相)预资5), not the end of the header.
     */
    private boolean unreadHeaderCell(int k) {
        Cell cell = t.get(k);
        if (cell.key().length() > UNREAD_HEADER_CELL || cell.value().isNumeric() || FundsTable.ocrRun(cell) >= 0 || s.isStop(k)
                || t.labelAt(k, s.lex.fundRow, true) != null) {
            return false;
        }
        int next = k + 1;
        while (next < t.size() && t.get(next).isBlank()) {
            next++;
        }
        return next < t.size() && t.labelAt(next, s.lex.fundColumn, false) != null;
    }

    void addColumn(Hit<Object> column, int k) {
        form.saw(column.spelling());
        Matcher points = POINTS.matcher(LabelIndex.spellingKey(column.spelling()));
        if (column.value() == FundColumn.WEIGHT && points.find()) {
            form.budgetPointsStated = Integer.parseInt(points.group(1));
        }
        if (column.value() == FundColumn.SCORE && STARRED_POINTS.matcher(LabelIndex.spellingKey(column.spelling())).find()) {
            Matcher stated = STATED_POINTS.matcher(LabelIndex.spellingKey(column.spelling()));
            if (stated.find()) {
                form.budgetPointsStated = Integer.parseInt(stated.group(1));
            }
        }
        if (column.value() == Lexicon.FUND_REASON) {
            form.fundReasonColumn = true;
        }
        boolean seen = columns.stream().anyMatch(c -> c.field() == column.value() && !Lexicon.notAmount(column.value()));
        if (!seen) {
            columns.add(new Column(column.value(), t.get(k).column()));
        }
    }

    /** (万元) after a row's label (年度资金总额(万元):): the row's unit, no value of it. */
    static boolean unitOnly(String key) {
        Matcher unitMatch = UNIT.matcher(key);
        return unitMatch.matches();
    }

    /**
     * What {@code text.matches("\\d{1,2}")} answers ({@code \d} is 0-9 alone), without compiling the
     * pattern at every call: asked of every cell after a funds table's first column.
     */
    static boolean oneOrTwoDigits(String text) {
        int length = text.length();
        return (length == 1 || length == 2) && isDigit(text.charAt(0)) && (length == 1 || isDigit(text.charAt(1)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** An anchor spelled with its unit (预算资金(元), forms.yaml) states the table's unit, as a (元) cell after it does. */
    private void unitOfAnchor(String spelling) {
        Matcher bracketed = ANCHOR_UNIT.matcher(spelling);
        if (bracketed.find()) {
            unit = bracketed.group(1);
        }
    }

    /** (万元), (元), 金额单位:万元, (20分), (10分): true when the cell is only that. */
    private boolean unitAndPoints(String key) {
        // asked of every cell of the table: a cell whose first character starts neither pattern is
        // settled without running them (each match must start at the cell's first character)
        if (key.isEmpty() || UNIT_OR_POINTS_FIRST.indexOf(key.charAt(0)) < 0) {
            return false;
        }
        boolean any = false;
        String rest = key;
        Matcher unitMatch = UNIT.matcher(rest);
        if (unitMatch.find() && unitMatch.start() == 0) {
            unit = unitMatch.group(1);
            rest = rest.substring(unitMatch.end());
            any = true;
        }
        Matcher points = POINTS.matcher(rest);
        if (points.find() && points.start() == 0) {
            form.budgetPointsStated = Integer.parseInt(points.group(1));
            rest = rest.substring(points.end());
            any = true;
        }
        return any && rest.isEmpty();
    }
}
