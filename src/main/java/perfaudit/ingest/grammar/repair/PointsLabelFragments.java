package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts back together the labels of a score sheet that states its points in its labels ("相关性(5 分)",
 * in space-separated rows or one long line: README, Inputs) where text that lost its grid split them at spaces: the
 * bracket cut before its 分 ("相关性(5" / "分)"), and in PDF text the word before it broken by the
 * page's columns ("部门决" / "策(20 分)", "编制规范" / "性(5 分)"). The points end such a label, so the
 * pieces are one cell: the grammar then reads "(N分)" as the end of a 一级 / 二级 / 三级 label.
 * A word is joined to the piece after it only where the two spell a 一级 / 二级 of the vocabulary, or
 * where that piece is a short tail (one or two characters) and the word starts a label (after a
 * figure, another label's points, a header word or the line's start); known labels are never joined.
 */
public final class PointsLabelFragments {

    /** A label's points cut before their 分: "(5", "相关性(5", "（１０". */
    private static final Pattern OPEN = Pattern.compile("[(（]\\s*[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?$");
    /** The rest of them: "分)". */
    private static final Pattern CLOSE = Pattern.compile("^分\\s*[)）]$");
    /** A short piece of a word, then its points: "策(20分)", "成率(10分)". */
    private static final Pattern TAIL = Pattern.compile("^\\p{IsHan}{1,2}[(（]\\s*[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?\\s*分\\s*[)）]$");
    /** Any piece of a word, then its points (the vocabulary decides). */
    private static final Pattern WORD_THEN_POINTS = Pattern.compile("^(\\p{IsHan}+)[(（]\\s*[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?\\s*分\\s*[)）]$");
    private static final Pattern WORD = Pattern.compile("^\\p{IsHan}+$");
    private static final Pattern FIGURE = Pattern.compile("^[0-9０-９]+(?:[.．][0-9０-９]+)?$");

    private PointsLabelFragments() {
    }

    private static boolean anyCutAtPoints(List<Cell> cells) {
        for (Cell c : cells) { // a loop, not a stream: asked of every row
            if (c.column() < 0 && c.key().startsWith("分)")) {
                return true;
            }
        }
        return false;
    }

    /** The cells with the pieces of such labels joined; the same list when there are none. */
    public static List<Cell> join(List<Cell> cells, Lexicon lex) {
        if (!anyCutAtPoints(cells)) {
            return cells; // nothing cut at its 分 (every input without such labels): nothing to do
        }
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            Cell before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && sameLine(before, cell) && CLOSE.matcher(cell.key()).matches()
                    && OPEN.matcher(before.text().strip()).find()) {
                Cell label = glue(before, cell);
                out.set(out.size() - 1, label);
                joinBrokenWord(out, lex);
                continue;
            }
            out.add(cell);
        }
        return out;
    }

    /** The label just completed, its word broken before it by a PDF column: the two joined. */
    private static void joinBrokenWord(List<Cell> out, Lexicon lex) {
        int at = out.size() - 1;
        if (at < 1) {
            return;
        }
        Cell label = out.get(at);
        Cell word = out.get(at - 1);
        if (!sameLine(word, label) || !WORD.matcher(word.key()).matches() || known(word.key(), lex)) {
            return;
        }
        java.util.regex.Matcher tail = WORD_THEN_POINTS.matcher(label.key());
        if (!tail.matches()) {
            return;
        }
        String joined = word.key() + tail.group(1);
        boolean spelt = lex.level1.exact(joined) != null || lex.level2.exact(joined) != null;
        boolean shortTail = TAIL.matcher(label.key()).matches() && startsLabel(out, at - 1, lex);
        if (spelt || shortTail) {
            out.remove(at);
            out.set(at - 1, glue(word, label));
        }
    }

    /** The word at {@code i} begins a label: at the line's start, or after a figure, points or a header word. */
    private static boolean startsLabel(List<Cell> cells, int i, Lexicon lex) {
        Cell word = cells.get(i);
        if (i == 0 || word.gap() != Cell.Gap.SPACE) {
            return true;
        }
        String before = cells.get(i - 1).key();
        return FIGURE.matcher(before).matches() || before.endsWith("分)") || known(before, lex);
    }

    /** A whole label of the vocabulary: a word that is complete as printed. */
    private static boolean known(String key, Lexicon lex) {
        return lex.level1.exact(key) != null || lex.level2.exact(key) != null || lex.indicatorColumn.exact(key) != null
                || lex.header.exact(key) != null || lex.total.exact(key) != null;
    }

    private static boolean sameLine(Cell before, Cell cell) {
        return before.column() < 0 && cell.column() < 0 && cell.gap() == Cell.Gap.SPACE;
    }

    private static Cell glue(Cell first, Cell second) {
        return new Cell(first.text().strip() + second.text().strip(), first.location(), first.row(), first.column(), first.gap());
    }
}
