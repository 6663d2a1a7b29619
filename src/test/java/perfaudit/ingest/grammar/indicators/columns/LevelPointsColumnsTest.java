package perfaudit.ingest.grammar.indicators.columns;

import perfaudit.ingest.grammar.indicators.cells.RowAligner;
import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.model.SourceLocation;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LevelPointsColumnsTest {

    @Test
    void aPointsColumnAfterALevelIsThatLevelsAndItsFiguresLeaveTheRow() {
        // 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评价标准 | 自评得分
        LevelPointsColumns columns = new LevelPointsColumns();
        assertTrue(columns.claims(IndicatorField.WEIGHT, IndicatorField.LEVEL1, 1));
        assertTrue(columns.claims(IndicatorField.WEIGHT, IndicatorField.LEVEL2, 3));
        assertFalse(columns.claims(IndicatorField.WEIGHT, IndicatorField.NAME, 5), "the 分值 after 三级指标 is the rows'");
        assertFalse(columns.claims(IndicatorField.SCORE, IndicatorField.LEVEL2, 3), "only a 分值 is a level's points");
        LevelPointsColumns.Taken taken = columns.take(List.of(item(0, "项目决策"), item(1, "20"), item(2, "决策过程"), item(3, "8"),
                item(4, "决策依据"), item(5, "4"), item(6, "符合法律法规(1分)"), item(7, "4")));
        assertEquals(0, new BigDecimal("20").compareTo(taken.level1Points()));
        assertEquals(List.of("项目决策", "决策过程", "决策依据", "4", "符合法律法规(1分)", "4"),
                taken.rest().stream().map(RowAligner.Item::text).toList());
    }

    @Test
    void withoutSuchColumnsARowIsLeftAsItIs() {
        LevelPointsColumns columns = new LevelPointsColumns();
        List<RowAligner.Item> row = List.of(item(0, "项目决策"), item(1, "20"));
        assertEquals(row, columns.take(row).rest());
        assertNull(columns.take(row).level1Points());
        assertFalse(columns.printsFor(IndicatorField.LEVEL1));
    }

    private static RowAligner.Item item(int column, String text) {
        Cell cell = new Cell(text, SourceLocation.ofLine("t.txt", 1), 1, column, Cell.Gap.CELL);
        return new RowAligner.Item(column, text, Value.of(cell));
    }
}
