package perfaudit.ingest.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A table row that a word processor breaks across a page (Writer, Word: borders drawn on both
 * parts): the rest of a name that ran out of room at the foot of page 1 is joined to its row; a row
 * of its own at the head of page 2 is not. Tables of three columns (x 50/150/250/350), glyphs of
 * 12 pt, 12 pt wide: eight characters fill the first column's line.
 */
class SplitRowTest {

    private static final float SIZE = 12;

    @Test
    void theRestOfANameThatFilledItsLineJoinsItsRow() {
        PdfTableCells before = part(700, "二、化肥减量增效", "≧15组", "15.0");
        PdfTableCells after = part(40, "田间试验", "", "");
        PdfTableCells.joinSplitRow(before, after);
        assertEquals(List.of("二、化肥减量增效田间试验", "≧15组", "15.0"), before.rows().get(1));
        assertEquals(List.of("", "", ""), after.rows().get(0));
    }

    @Test
    void aNameThatEndsShortOfTheEdgeEndsItsRow() {
        PdfTableCells before = part(700, "合计", "100", "96");
        PdfTableCells after = part(40, "满意度指标", "", "");
        PdfTableCells.joinSplitRow(before, after);
        assertEquals(List.of("合计", "100", "96"), before.rows().get(1));
        assertEquals(List.of("满意度指标", "", ""), after.rows().get(0));
    }

    @Test
    void aRowWithAFigureOfItsOwnIsNoRest() {
        PdfTableCells before = part(700, "二、化肥减量增效", "≧15组", "15.0");
        PdfTableCells after = part(40, "田间试验", "", "5.0");
        PdfTableCells.joinSplitRow(before, after);
        assertEquals("二、化肥减量增效", before.rows().get(1).get(0));
        assertEquals(List.of("田间试验", "", "5.0"), after.rows().get(0));
    }

    @Test
    void aFigureThatFillsANarrowCellIsARowsOwn() {
        PdfTableCells before = part(700, "二、化肥减量增效", "12345678", "15.0");
        PdfTableCells after = part(40, "田间试验", "90123456", "");
        PdfTableCells.joinSplitRow(before, after);
        assertEquals(List.of("田间试验", "90123456", ""), after.rows().get(0));
    }

    @Test
    void aRightAlignedFigureAtTheEdgeRanNotOutOfRoom() {
        PdfTableCells before = part(700, "      98", "", "");
        PdfTableCells after = part(40, "其中:财政拨款", "", "");
        PdfTableCells.joinSplitRow(before, after);
        assertEquals("98", before.rows().get(1).get(0));
        assertEquals("其中:财政拨款", after.rows().get(0).get(0));
    }

    /**
     * A table part of two rows from {@code top}: a filler row, then (for page 1's part, the row at
     * its foot; for page 2's, the row at its head) the given cells, each drawn from its column's
     * left edge plus 3 pt of padding, on the baseline 4 pt above the row's bottom.
     */
    private static PdfTableCells part(float top, String... cells) {
        float[] xs = {50, 150, 250, 350};
        float[] ys = {top, top + 20, top + 40};
        List<PdfRuling> rulings = new ArrayList<>();
        for (float y : ys) {
            rulings.add(new PdfRuling(true, y, xs[0], xs[3]));
        }
        for (float x : xs) {
            rulings.add(new PdfRuling(false, x, ys[0], ys[2]));
        }
        PdfTable table = PdfTable.find(rulings).get(0);
        List<PdfGlyph> glyphs = new ArrayList<>();
        boolean foot = top > 400;
        int row = foot ? 1 : 0;
        for (int c = 0; c < 3; c++) {
            glyphs.addAll(line(xs[c] + 3, ys[row + 1] - 4, cells[c]));
            glyphs.addAll(line(xs[c] + 3, ys[1 - row + 1] - 4, "填"));
        }
        return new PdfTableCells(table, glyphs);
    }

    private static List<PdfGlyph> line(float x, float baseline, String text) {
        List<PdfGlyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                continue; // a leading space only moves the text right, as right alignment does
            }
            glyphs.add(new PdfGlyph(String.valueOf(text.charAt(i)), x + i * SIZE, baseline, SIZE, SIZE));
        }
        return glyphs;
    }
}
