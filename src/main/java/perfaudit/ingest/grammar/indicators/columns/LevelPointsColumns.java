package perfaudit.ingest.grammar.indicators.columns;

import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.indicators.cells.RowAligner;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 分值 columns an evaluation sheet prints after its 一级 and 二级 labels ("一级指标 | 分值 | 二级指标 |
 * 分值 | 三级指标 | 分值 | 评价标准 | 自评得分", the 2013-style 项目支出绩效评价评分表): a 分值 header cell
 * right after a level's column is that level's points, not the rows' 分值, which is the one after the
 * 三级指标. In a grid the level's figures are known by their column; in text that lost its grid, by
 * standing right after the level's label.
 */
public final class LevelPointsColumns {

    /**
     * The points of one row's levels, and the row's other cells; {@code level2Label} is the text cell right before a
     * figure in the 二级's points column: the 二级 label, whether the vocabulary knows it or not (产出 / 效益), or null.
     */
    public record Taken(List<RowAligner.Item> rest, BigDecimal level1Points, RowAligner.Item level2Label) {
        public Taken(List<RowAligner.Item> rest, BigDecimal level1Points) {
            this(rest, level1Points, null);
        }
    }

    private final Map<Integer, IndicatorField> levelByColumn = new HashMap<>();
    private final Set<IndicatorField> levels = EnumSet.noneOf(IndicatorField.class);

    /**
     * True when a 分值 header cell at {@code gridColumn} follows the column of an 一级 or 二级 ({@code previous}):
     * that column is the level's points.
     */
    boolean claims(IndicatorField field, IndicatorField previous, int gridColumn) {
        if (field != IndicatorField.WEIGHT || previous != IndicatorField.LEVEL1 && previous != IndicatorField.LEVEL2) {
            return false;
        }
        levels.add(previous);
        if (gridColumn >= 0) {
            levelByColumn.put(gridColumn, previous);
        }
        return true;
    }

    /** The grid columns of the levels' points (empty in text that lost its grid). */
    public Set<Integer> gridColumns() {
        return Set.copyOf(levelByColumn.keySet());
    }

    /** The header printed a points column after this level's ({@link IndicatorField#LEVEL1} / {@link IndicatorField#LEVEL2}). */
    public boolean printsFor(IndicatorField level) {
        return levels.contains(level);
    }

    /** The row's figures in the level points columns taken out; the 一级's points kept. */
    public Taken take(List<RowAligner.Item> items) {
        if (levelByColumn.isEmpty()) {
            return new Taken(items, null);
        }
        List<RowAligner.Item> rest = new ArrayList<>(items.size());
        BigDecimal level1 = null;
        RowAligner.Item level2Label = null;
        for (RowAligner.Item item : items) {
            IndicatorField level = levelByColumn.get(item.column());
            if (level == null || item.value().kind() != Value.Kind.NUMBER) {
                rest.add(item);
            } else if (level == IndicatorField.LEVEL1) {
                level1 = item.value().number();
            } else if (!rest.isEmpty() && rest.get(rest.size() - 1).value().kind() == Value.Kind.TEXT) {
                level2Label = rest.get(rest.size() - 1);
            }
            // a 二级's points are printed, not a fact of the form: their rows' 分值 are checked instead
        }
        return new Taken(rest, level1, level2Label);
    }
}
