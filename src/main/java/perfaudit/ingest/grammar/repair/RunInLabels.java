package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Glued text whose spaces survived: a flattened docx keeps a cell's own line breaks as spaces
 * ("绩 效 指 标", "5000吨稻谷、500吨成 品粮", "年度 总体 目标"), which cut a page run together into short
 * pieces without parting any label from its value ("专项资金名称县级储备粮负责人及电话…"). Such text
 * is told by its labels: most run into the text of its long lines, few stand in a piece of their own.
 * Its spaces are then no cell boundaries, and the pieces of a line are one text again before the
 * text is cut at its labels.
 */
final class RunInLabels {

    /** At least this many labels run into text, and this many times those in a piece of their own. */
    private static final int MIN_RUN_IN = 5;
    private static final int RATIO = 3;
    /** Only lines this long (in key characters) are looked at: a page run together is one long line or a few. */
    private static final int LONG_LINE = 150;

    private RunInLabels() {
    }

    static boolean holds(List<Cell> cells, Lexicon lex) {
        Map<Integer, Integer> lineChars = longLines(cells);
        if (lineChars == null) {
            return false; // nothing to run into (most text: rows of a table, lines of a page); the scan below is costly
        }
        int runIn = 0;
        for (Cell cell : cells) {
            // a label run in counts on a long line only: a short line (a PDF's, a score sheet's) breaks words,
            // not a page run together
            if (lineChars.get(cell.row()) >= LONG_LINE) {
                runIn += labelsRunIn(cell.key(), lex);
            }
        }
        if (runIn < MIN_RUN_IN) {
            return false;
        }
        int own = 0;
        for (Cell cell : cells) {
            // a label in a piece of its own counts anywhere
            if (isOwnLabel(cell.key(), lex) && runIn <= RATIO * ++own) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key characters of each line, or null when no line is {@link #LONG_LINE} long or a cell has a
     * column (a grid is no page run together). Cells come line by line: a line's length is summed on the
     * way, and the map is built only for text that has a long line (asked of every section, twice where
     * a text holds several forms; most have none).
     */
    private static Map<Integer, Integer> longLines(List<Cell> cells) {
        boolean inOrder = true;
        boolean longLine = false;
        int row = Integer.MIN_VALUE;
        int chars = 0;
        for (Cell cell : cells) {
            if (cell.column() >= 0) {
                return null;
            }
            if (cell.row() != row) {
                inOrder &= cell.row() > row;
                row = cell.row();
                chars = 0;
            }
            chars += cell.key().length();
            longLine |= chars >= LONG_LINE;
        }
        if (!longLine && inOrder) {
            return null;
        }
        Map<Integer, Integer> lineChars = new HashMap<>();
        for (Cell cell : cells) {
            lineChars.merge(cell.row(), cell.key().length(), Integer::sum);
        }
        return lineChars.values().stream().anyMatch(length -> length >= LONG_LINE) ? lineChars : null;
    }

    /** The labels inside {@code key} that do not make up the whole of it. */
    private static int labelsRunIn(String key, Lexicon lex) {
        if (isOwnLabel(key, lex)) {
            return 0;
        }
        int labels = 0;
        int at = 0;
        while (at < key.length()) {
            LabelIndex.Match<Boolean> label = lex.structural.longestAt(key, at);
            if (label == null) {
                at++;
                continue;
            }
            labels++;
            at = label.end();
        }
        return labels;
    }

    private static boolean isOwnLabel(String key, Lexicon lex) {
        LabelIndex.Match<Boolean> label = key.isEmpty() ? null : lex.structural.longestAt(key, 0);
        return label != null && label.end() == key.length();
    }

    /** The cells with those parted only by a space on the same line joined into one. */
    static List<Cell> joinedAcrossSpaces(List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            Cell last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && cell.gap() == Cell.Gap.SPACE) {
                out.set(out.size() - 1, new Cell(last.text() + " " + cell.text(), last.location(), last.row(), -1, last.gap()));
            } else {
                out.add(cell);
            }
        }
        return out;
    }
}
