package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * A long label broken at a line's end, as a narrow column or a PDF line breaks it (LAYOUTS §3 "项目主管单 位"),
 * whose rest on the next line carries more than the label: "二、预算执行情" / "况（单位：万元）", "实施(主管)单" / "位:成安县民政局".
 * The grammar already joins a label spelled by whole cells across a line break (Tokens), but not one whose last
 * piece goes on with a note or a value. Here the label's tail is moved up to its head, and what follows it stays on
 * its own line as a cell of its own. Only where the two pieces spell a label of the vocabulary that starts the
 * first piece and ends inside the second, and neither piece alone is a label: a line that starts with a label of
 * its own is never taken apart.
 */
public final class LineBrokenLabels {

    private LineBrokenLabels() {
    }

    /** The cells with such labels put back together; the same list when there are none. */
    public static List<Cell> join(List<Cell> cells, Lexicon lex) {
        List<Cell> out = null;
        for (int i = 1; i < cells.size(); i++) {
            Cell head = out == null ? cells.get(i - 1) : out.get(out.size() - 1);
            Cell next = cells.get(i);
            int tail = brokenLabelTail(head, next, lex);
            if (tail > 0 && out == null) {
                out = new ArrayList<>(cells.subList(0, i));
                head = out.get(i - 1);
            }
            if (out == null) {
                continue;
            }
            if (tail > 0) {
                out.set(out.size() - 1, new Cell(head.text().stripTrailing() + next.textOf(0, tail).strip(), head.location(),
                        head.row(), head.column(), head.gap()));
                next = next.slice(tail, next.key().length(), next.gap());
            }
            out.add(next);
        }
        return out == null ? cells : out;
    }

    /**
     * How many key characters of {@code next} end a label that {@code head} begins, when {@code next} goes on after
     * them; 0 when the two are no label broken at a line's end.
     */
    private static int brokenLabelTail(Cell head, Cell next, Lexicon lex) {
        if (next.gap() != Cell.Gap.LINE || head.column() >= 0 || next.column() >= 0 || head.isBlank() || next.isBlank()) {
            return 0; // a grid keeps its cells; only a line break (not a blank line, a page) breaks a cell's text
        }
        String headKey = head.key();
        int from = Tokens.enumeratorLength(headKey);
        if (!lex.structural.mayGoOn(headKey, from)) {
            return 0; // the line's last piece starts no label (most lines): nothing joined, nothing allocated
        }
        String joined = headKey + next.key();
        LabelIndex.Match<Boolean> label = lex.structural.longestAt(joined, from);
        if (label == null || label.end() <= headKey.length() || label.end() >= joined.length()) {
            return 0; // no label crosses the break, or the rest of the line is the label's tail alone (Tokens joins that)
        }
        if (lex.structural.exact(headKey.substring(from)) != null
                || lex.structural.longestAt(next.key(), Tokens.enumeratorLength(next.key())) != null) {
            return 0; // a piece that is a label of its own: two labels, not one broken
        }
        return label.end() - headKey.length();
    }
}
