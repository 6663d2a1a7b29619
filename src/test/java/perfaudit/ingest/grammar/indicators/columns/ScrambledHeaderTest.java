package perfaudit.ingest.grammar.indicators.columns;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An OCR'd header cell is read as columns only when it is wholly, and in one way only, made of their labels. */
class ScrambledHeaderTest {

    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private static List<IndicatorField> read(String cell) {
        return ScrambledHeader.read(LabelIndex.key(cell), VOCABULARY);
    }

    @Test
    void aWrappedLabelReadAcrossAndAMisreadColumnLetter() {
        // 参考 / 分值 read across the lines, 指标值(A) with the A read as 八
        assertEquals(List.of(IndicatorField.WEIGHT, IndicatorField.TARGET), read("考值参分指标值(八)"));
    }

    @Test
    void labelsRunTogetherAsSpelt() {
        assertEquals(List.of(IndicatorField.WEIGHT, IndicatorField.SCORE), read("分值得分"));
    }

    @Test
    void aCellWithOtherWordsIsNotAHeader() {
        assertNull(read("考值参分项目资金"));
        assertNull(read("考值参分指标"));
        assertNull(read("公用经费标准"));
    }

    @Test
    void oneLabelAsSpeltIsLeftToTheOrdinaryMatcher() {
        assertNull(read("实际完成值"));
    }

    @Test
    void aLabelWithOneGlyphReadTwice() {
        // 全年完成值 wrapped in a narrow cell, the glyph at the wrap read on both lines (real form 10)
        assertEquals(List.of(IndicatorField.ACTUAL), read("年成值全完值"));
        assertNull(read("年成值全完指"), "an extra glyph that is no glyph of the label is not read");
        assertNull(read("年成值全完值值"), "one glyph read twice, not more");
    }
}
