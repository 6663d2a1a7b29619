package perfaudit.report.xlsx;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The width and line estimates that size columns and wrapped rows of findings.xlsx. */
class DisplayWidthTest {

    @Test
    void cjkIsNearlyTwiceAsWideAsLatin() {
        assertEquals(10, DisplayWidth.of("0123456789"));
        assertEquals(4, DisplayWidth.of("执行"));
        assertTrue(DisplayWidth.of("执行率") > DisplayWidth.of("abc") * 1.8);
        assertEquals(DisplayWidth.of("执行率"), DisplayWidth.widestLine("ab\n执行率\nc"));
    }

    @Test
    void linesWrapWordsWholeAndCjkAnywhereAndKeepLineBreaks() {
        assertEquals(1, DisplayWidth.lines("", 10));
        assertEquals(1, DisplayWidth.lines("short", 10));
        assertEquals(3, DisplayWidth.lines("a\nb\nc", 10));
        // two words of 5 digits do not fit in 9 usable digits: the second moves down whole
        assertEquals(2, DisplayWidth.lines("12345 67890", 10));
        // 10 CJK characters (18.5 digits) break anywhere over a 10-digit column: 2 lines of 5 (9.25)
        assertEquals(2, DisplayWidth.lines("一二三四五六七八九十", 10));
        // one unbroken token longer than the column is cut at the edge, line after line
        assertEquals(4, DisplayWidth.lines("0123456789012345678901234567890123456789", 11));
    }

    @Test
    void textBeyondExcelsCellLimitIsCutVisibly() {
        String huge = "字".repeat(TableWriter.MAX_CELL_TEXT + 10);
        String shown = TableWriter.show(huge);
        assertEquals(TableWriter.MAX_CELL_TEXT, shown.length());
        assertTrue(shown.endsWith("full text in findings.json）"), shown.substring(shown.length() - 40));
        assertEquals("短", TableWriter.show("短"));
    }

    @Test
    void longTablesAreMeasuredOnASampleThatSpansThem() {
        for (int row = 0; row < TableWriter.MEASURED_ROWS; row++) {
            assertTrue(TableWriter.measures(row, TableWriter.MEASURED_ROWS), "a short table is measured whole");
        }
        int rows = 47_000;
        int measured = 0;
        int last = -1;
        for (int row = 0; row < rows; row++) {
            if (TableWriter.measures(row, rows)) {
                measured++;
                last = row;
            }
        }
        assertTrue(measured <= TableWriter.MEASURED_ROWS && measured > TableWriter.MEASURED_ROWS * 0.9, "measured " + measured);
        assertTrue(TableWriter.measures(0, rows) && TableWriter.measures(TableWriter.MEASURED_ROWS / 2 - 1, rows),
                "the first rows all");
        assertTrue(last > rows - 50, "rows from the end too: the last measured is " + last);
    }
}
