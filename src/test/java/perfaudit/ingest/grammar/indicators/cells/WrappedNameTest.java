package perfaudit.ingest.grammar.indicators.cells;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.model.SourceLocation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Words before figures that fill every column after the 三级指标 are the name, wrapped; otherwise nothing is joined. */
class WrappedNameTest {

    private static final List<IndicatorField> SCORE_ONLY = List.of(IndicatorField.NAME, IndicatorField.TARGET, IndicatorField.ACTUAL,
            IndicatorField.SCORE);

    @Test
    void wordsBeforeFiguresFillingEveryColumnAreOneName() {
        List<RowAligner.Item> row = RowText.wrappedName(items("支持服务贸易、服务外", "包企业数量", "3", "3", "10"), SCORE_ONLY);
        assertEquals(List.of("支持服务贸易、服务外包企业数量", "3", "3", "10"), row.stream().map(RowAligner.Item::text).toList());
    }

    @Test
    void aColumnLeftForWordsJoinsNothing() {
        // 企业国际质量提升 | 获得目的国… | 受目的国… | 10: the words may be target and actual
        assertNull(RowText.wrappedName(items("企业国际质量提升", "获得目的国", "受目的国受众欢迎显著", "10"), SCORE_ONLY));
        // one word: nothing to join
        assertNull(RowText.wrappedName(items("资金拨付及时性", "98", "100", "10"), SCORE_ONLY));
    }

    private static List<RowAligner.Item> items(String... texts) {
        return java.util.Arrays.stream(texts).map(text -> new RowAligner.Item(-1, text,
                Value.of(new Cell(text, SourceLocation.ofLine("t.txt", 1), 1, -1, Cell.Gap.SPACE)))).toList();
    }
}
