package perfaudit.ingest.grammar.indicators.columns;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

/**
 * Where the 一级 / 二级 / 三级 columns stand in a "|" table whose header is printed on one line: a row printed on one
 * line with exactly as many "|" cells as the header line puts each cell under its column, the merged 一级 / 二级 cells
 * kept as empty cells. That position, not the vocabulary, tells a 二级 label the vocabulary does not know (a score
 * sheet's 产出 / 效益 under 项目绩效) from a row's name, and a 三级 name spelt like a 二级 (社会效益 under 效益) from a label.
 * Empty cells ending a line are no cells of the text (a row's empty 偏差原因, an export's extra trailing "| |"), so a
 * row line narrower than the header stands on its grid too where it reaches the header's last points column (分值 /
 * 得分) with a figure there: its leading empty cells are kept, so both ends line up and no cell was dropped between.
 * Lines of another width (merged cells dropped, a row wrapped) are left to the general reading.
 */
public final class BarColumns {

    /** No "|" header on one line: nothing is placed by position. */
    static final BarColumns NONE = new BarColumns(-1, -1, -1, -1, -1);

    private final int width;
    private final int level1;
    private final int level2;
    private final int name;
    /** One past the header's last 分值 / 得分 column on its line (-1 when none is printed there). */
    private final int pointsEnd;

    private BarColumns(int width, int level1, int level2, int name, int pointsEnd) {
        this.width = width;
        this.level1 = level1;
        this.level2 = level2;
        this.name = name;
        this.pointsEnd = pointsEnd;
    }

    /**
     * The positions of the header's 一级 / 二级 / 三级 labels, starting at cells {@code level1At}, {@code level2At} and
     * {@code nameAt} (each -1 when not printed), where the three share one "|" line; else {@link #NONE}.
     */
    static BarColumns of(Tokens t, int level1At, int level2At, int nameAt, int lastPointsAt) {
        if (level2At < 0 || nameAt < 0 || !barCell(t.get(level2At)) || !barCell(t.get(nameAt))
                || t.get(level2At).row() != t.get(nameAt).row() || level1At >= 0 && t.get(level1At).row() != t.get(nameAt).row()) {
            return NONE;
        }
        int width = cellsOnLine(t, nameAt);
        int pointsEnd = lastPointsAt > nameAt && t.get(lastPointsAt).row() == t.get(nameAt).row() ? position(t, lastPointsAt) + 1 : -1;
        return width < 3 ? NONE : new BarColumns(width, level1At < 0 ? -1 : position(t, level1At), position(t, level2At),
                position(t, nameAt), pointsEnd);
    }

    /** Cell j stands, by its position on a line as wide as the header's, in the 一级, 二级 or 三级 column; else null. */
    public IndicatorField columnOf(Tokens t, int j) {
        if (width < 0 || !barCell(t.get(j)) || !onHeaderGrid(t, j)) {
            return null;
        }
        int at = position(t, j);
        return at == level1 ? IndicatorField.LEVEL1 : at == level2 ? IndicatorField.LEVEL2 : at == name ? IndicatorField.NAME : null;
    }

    /** Cell j's line is as wide as the header's, or narrower only by empty cells after a figure in its last points column. */
    private boolean onHeaderGrid(Tokens t, int j) {
        int cells = cellsOnLine(t, j);
        if (cells == width) {
            return true;
        }
        if (pointsEnd < 0 || cells < pointsEnd || cells > width) {
            return false;
        }
        Cell lastPoints = t.get(j - position(t, j) + pointsEnd - 1);
        return lastPoints.row() == t.get(j).row() && Value.of(lastPoints).kind() == Value.Kind.NUMBER;
    }

    /** A cell of "|" text (no grid column, split by bars). */
    private static boolean barCell(Cell c) {
        return c.column() < 0 && (c.gap() == Cell.Gap.CELL || c.gap() == Cell.Gap.ROW);
    }

    /** Cell j's index among the cells of its printed line. */
    private static int position(Tokens t, int j) {
        int first = j;
        while (first > 0 && t.get(first - 1).row() == t.get(j).row()) {
            first--;
        }
        return j - first;
    }

    private static int cellsOnLine(Tokens t, int j) {
        int last = j;
        while (last + 1 < t.size() && t.get(last + 1).row() == t.get(j).row()) {
            last++;
        }
        return position(t, j) + last - j + 1;
    }
}
