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
        if (lineChars.values().stream().noneMatch(chars -> chars >= LONG_LINE)) {
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
