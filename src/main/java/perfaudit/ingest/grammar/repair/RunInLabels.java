package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;

import java.util.ArrayList;
import java.util.List;

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
        java.util.Map<Integer, Integer> lineChars = new java.util.HashMap<>();
        for (Cell cell : cells) {
            if (cell.column() >= 0) {
                return false;
            }
            lineChars.merge(cell.row(), cell.key().length(), Integer::sum);
        }
        int runIn = 0;
        int own = 0;
        for (Cell cell : cells) {
            // a label run in counts on a long line only: a short line (a PDF's, a score sheet's) breaks words,
            // not a page run together; a label in a piece of its own counts anywhere
            boolean longLine = lineChars.get(cell.row()) >= LONG_LINE;
            String key = cell.key();
            int at = 0;
            while (at < key.length()) {
                LabelIndex.Match<Boolean> label = lex.structural.longestAt(key, at);
                if (label == null) {
                    at++;
                    continue;
                }
                if (at == 0 && label.end() == key.length()) {
                    own++;
                } else if (longLine) {
                    runIn++;
                }
                at = label.end();
            }
        }
        return runIn >= MIN_RUN_IN && runIn > RATIO * own;
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
