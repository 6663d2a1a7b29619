package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.rows.ProblemLog;

import java.util.ArrayList;
import java.util.List;

/**
 * An indicator header whose labels wrap in their cells, read line by line (an OCR'd scan, a PDF's text): the first
 * line holds each label's head, the next the tails of the wrapped ones ("一级 二级 三级 指标 指标值 度量 完成值 权重 得分
 * 未完成原" / "指标 指标 指标 性质 单位 因分析"). Read as printed the two lines are no header and look like rows run together.
 * Where, left to right, every piece of the first line is a column label of the vocabulary by itself or, joined with the
 * next unused piece of the second line, one it is not by itself, and every piece of the second line is so used, the two
 * lines are one header line of those labels, noted. Anything else is left as printed.
 */
public final class WrappedHeaderLines {

    /** At least this many labels wrapped: two lines of a few words pair up by chance too easily. */
    private static final int MIN_WRAPPED = 3;

    private WrappedHeaderLines() {
    }

    /** The cells with each such pair of lines made one; the same list when there is none. */
    public static List<Cell> join(List<Cell> cells, Lexicon lex, ProblemLog log) {
        List<Cell> out = null;
        int start = 0;
        int mid = cells.isEmpty() ? 0 : lineEnd(cells, 0);
        while (start < cells.size()) {
            // each line's end found once (the next pair starts where this one's second line does), and the lines
            // taken as views only where their sizes can pair up: this runs over every line of every form
            int end = mid < cells.size() ? lineEnd(cells, mid) : mid;
            List<Cell> joined = mid < end && maySpan(mid - start, end - mid) && cells.get(mid).gap() == Cell.Gap.LINE
                    ? joined(cells.subList(start, mid), cells.subList(mid, end), lex) : null;
            if (joined == null) {
                if (out != null) {
                    for (int i = start; i < mid; i++) {
                        out.add(cells.get(i));
                    }
                }
                start = mid;
                mid = end;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(cells.subList(0, start));
            }
            out.addAll(joined);
            Cell first = cells.get(start);
            log.note(first.row(), first.location(), first.text(), "表头标签折行，两行合并读作一行："
                    + String.join(" ", joined.stream().map(c -> c.text().strip()).toList())
                    + " — an indicator header wrapped over two lines, read line by line, joined into one line of labels");
            log.note(cells.get(mid).row(), cells.get(mid).location(), cells.get(mid).text(), "表头标签折行的下半行 — the wrapped"
                    + " half of the indicator header above");
            start = end;
            mid = end < cells.size() ? lineEnd(cells, end) : end;
        }
        return out == null ? cells : out;
    }

    /** The index after the line that starts at {@code from}: its cells parted by spaces only. */
    private static int lineEnd(List<Cell> cells, int from) {
        int k = from + 1;
        int row = cells.get(from).row();
        while (k < cells.size() && cells.get(k).gap() == Cell.Gap.SPACE && cells.get(k).row() == row) {
            k++;
        }
        return k;
    }

    /** Whether a line of {@code heads} pieces and one of {@code tails} under it can be a wrapped header's two lines. */
    private static boolean maySpan(int heads, int tails) {
        return tails >= MIN_WRAPPED && heads >= tails;
    }

    /** The two lines as one line of labels, or null where they do not pair up so. */
    private static List<Cell> joined(List<Cell> heads, List<Cell> tails, Lexicon lex) {
        if (!maySpan(heads.size(), tails.size()) || tails.get(0).gap() != Cell.Gap.LINE) {
            return null;
        }
        List<Cell> out = new ArrayList<>(heads.size());
        int used = 0;
        for (Cell head : heads) {
            boolean label = lex.indicatorColumn.exact(head.key()) != null;
            if (!label && used < tails.size() && lex.indicatorColumn.exact(head.key() + tails.get(used).key()) != null) {
                Cell tail = tails.get(used++);
                out.add(new Cell(head.text().strip() + tail.text().strip(), head.location(), head.row(), head.column(), head.gap()));
            } else if (label) {
                out.add(head);
            } else {
                return null;
            }
        }
        return used == tails.size() ? out : null;
    }
}
