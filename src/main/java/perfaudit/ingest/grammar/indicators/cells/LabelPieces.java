package perfaudit.ingest.grammar.indicators.cells;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Pieces of labels wrapped in their cells that text read line by line (a PDF's, an OCR'd scan's) leaves among the
 * rows: the column letters of the header's 年初目标值（A） / 实际完成值（B） on a line of their own, and the 分） that
 * ends a label's points (年度绩效目标1（80 / 分）). Neither is ever an indicator's name, figure or reason; read as one
 * they make a row with no figures or a reason that says nothing. Both are set aside with a note.
 */
public final class LabelPieces {

    /** A column's letter in brackets, as headers name columns for their formulas: (A), (B), (B/A), (A-B). */
    private static final Pattern COLUMN_LETTERS = Pattern.compile("^\\([A-Za-z](?:[/*×+\\-÷]?[A-Za-z0-9%])*\\)$");
    /** The closing half of a points bracket: 分), 0分). */
    private static final Pattern POINTS_TAIL = Pattern.compile("^\\d{0,3}(?:\\.\\d+)?分\\)$");

    private LabelPieces() {
    }

    /**
     * The index after the rest of a line of nothing but bracketed column letters from {@code j} on, or -1 (the
     * header's reader may have taken the line's first letters as its own).
     */
    public static int columnLettersEnd(PartScan s, int j) {
        Tokens t = s.t;
        int start = j;
        while (!startsLine(t.get(start)) && start > 0 && letters(t.get(start - 1))) {
            start--;
        }
        if (!startsLine(t.get(start)) || !letters(t.get(j))) {
            return -1;
        }
        int k = j;
        while (k < t.size() && (k == j || !startsLine(t.get(k)))) {
            if (!t.get(k).isBlank() && !letters(t.get(k))) {
                return -1;
            }
            k++;
        }
        return k;
    }

    private static boolean letters(Cell cell) {
        return COLUMN_LETTERS.matcher(cell.key()).matches();
    }

    public static void noteColumnLetters(PartScan s, int from, int to) {
        Cell first = s.t.get(from);
        s.use(from, to);
        s.log.note(first.row(), first.location(), s.t.text(from, to), "表头标签折行的字母（A）（B），不是指标行 — the bracketed"
                + " column letters of the header's wrapped labels (年初目标值（A）…), on a line of their own: no indicator row");
    }

    /** Whether the cell is only the closing half of a points bracket (分）). */
    public static boolean pointsTail(Cell cell) {
        return POINTS_TAIL.matcher(cell.key()).matches();
    }

    /** Whether a row's last filled cell of {@code cells} leaves a bracket open: then a 分） closes it and is its own. */
    public static boolean opensBracket(List<Cell> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            Cell cell = cells.get(i);
            if (!cell.isBlank()) {
                String key = cell.key();
                return key.lastIndexOf('(') > key.lastIndexOf(')');
            }
        }
        return false;
    }

    public static void notePointsTail(PartScan s, int j) {
        Cell cell = s.t.get(j);
        s.use(j, j + 1);
        s.log.note(cell.row(), cell.location(), cell.text(), "折行标签分值括号的后半（“分）”），不是任何指标的内容 — the closing"
                + " half of a wrapped label's points bracket (年度绩效目标1（80 / 分）): no part of any row, not a reason");
    }

    private static boolean startsLine(Cell cell) {
        return cell.gap() == Cell.Gap.LINE || cell.gap() == Cell.Gap.BLANK || cell.gap() == Cell.Gap.BREAK
                || cell.gap() == Cell.Gap.ROW;
    }
}
