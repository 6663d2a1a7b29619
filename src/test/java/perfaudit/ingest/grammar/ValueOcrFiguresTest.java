package perfaudit.ingest.grammar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfaudit.model.SourceLocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Figures a clean scan's OCR damaged beyond a certain repair are GARBLED (reported), not read as another figure. */
class ValueOcrFiguresTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "15 115        | GARBLED",
            "91.5 115 115  | GARBLED",
            "9?%           | GARBLED",
            "≥l.2万人       | GARBLED",
            "2022年l2月底前  | GARBLED",
            "2023 年 12 月  | TEXT",
            "95 %          | PERCENT",
            "PM2.5         | TEXT",
            "I类水质        | TEXT",
            "元/人:年       | UNIT",
            "万元/公里      | UNIT",
            "是/否          | TEXT"})
    void classifiesTextCells(String text, Value.Kind kind) {
        assertEquals(kind, Cell.ofRuledText(text, SourceLocation.ofLine("t.txt", 1), 1, Cell.Gap.CELL).value().kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"172.17 9", "15 115"})
    void aGridCellMayWrapAFigure(String text) {
        // a PDF or spreadsheet cell wraps a long figure at its width and its text joins the lines with a space; glued
        // text keeps a row's figures in one cell for its arithmetic: only "|" text parts them so
        Cell cell = new Cell(text, SourceLocation.ofCell("t.pdf", "p1", "R7C5"), 7, 5, Cell.Gap.CELL);
        assertEquals(Value.Kind.NUMBER, cell.value().kind());
    }
}
