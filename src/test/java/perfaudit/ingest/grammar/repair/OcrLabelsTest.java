package perfaudit.ingest.grammar.repair;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An OCR'd section label is read only where one Chinese character sets it apart from exactly one label, points after it. */
class OcrLabelsTest {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());

    @Test
    void aLabelWithOneGlyphMisreadBeforeItsPointsIsRead() {
        assertEquals("管理制度6项目产出(30分)数量指标(10分)", OcrLabels.fix("管理制度6顼目产出(30分)数量指标(10分)", LEX));
        assertEquals("产出指标（40分）", OcrLabels.fix("产岀指标（40分）", LEX));
    }

    @Test
    void traditionalCharactersAndFullWidthPointsAreComparedAsTheLabelsAreWritten() {
        assertEquals("管理制度6项目产出(30分)", OcrLabels.fix("管理制度6頊目產出(30分)", LEX), "one glyph misread, one character traditional");
        assertEquals("管理制度6项目产出（３０分）", OcrLabels.fix("管理制度6顼目产出（３０分）", LEX), "full-width points");
        assertNull(OcrLabels.fix("項目管理(25分)", LEX), "a label printed in traditional characters is no misreading");
        assertEquals("管理制度6项目产出(30分)", OcrLabels.fix("管理制度6頊(xū)目產(chǎn)出(30分)", LEX), "a mirror site's pinyin glosses");
    }

    @Test
    void whatIsNotCertainIsLeftAsPrinted() {
        assertNull(OcrLabels.fix("项目产出(30分)", LEX), "already a label");
        assertNull(OcrLabels.fix("顼目产出数量指标", LEX), "no section points after it: could be any words");
        assertNull(OcrLabels.fix("顼目效出(30分)", LEX), "two characters differ");
        assertNull(OcrLabels.fix("项目产益(30分)", LEX), "one character from 项目产出 and from 项目效益: which one?");
        assertNull(OcrLabels.fix("项目产3(30分)", LEX), "a digit is no misread glyph of a label");
    }
}
