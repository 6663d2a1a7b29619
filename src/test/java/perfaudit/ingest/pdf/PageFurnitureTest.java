package perfaudit.ingest.pdf;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A PDF's page numbers and running header are no part of the form (Calc prints "Sheet1" over and
 * "Page N" under every page); a line every page begins with that names the form, or that is not
 * alone above the table, is the form's own. Pages of a table (x 50-350, y 100-200) with lines of
 * 12 pt glyphs around it.
 */
class PageFurnitureTest {

    @Test
    void pageNumbersAndARunningHeaderGo() {
        List<PdfPage> pages = List.of(
                page(1, line(60, "Sheet1"), line(90, "附件"), line(150, "项目名称"), line(230, "Page 1")),
                page(2, line(60, "Sheet1"), line(150, "产出指标"), line(230, "第 2 页 共 2 页")));
        List<PdfPage> read = PdfPageFurniture.remove(pages, Vocabulary.standard());
        assertEquals("附件项目名称", text(read.get(0)));
        assertEquals("产出指标", text(read.get(1)));
    }

    @Test
    void aTitleOverEveryFormOfABatchStays() {
        List<PdfPage> pages = List.of(
                page(1, line(60, "项目支出绩效自评表"), line(150, "项目名称")),
                page(2, line(60, "项目支出绩效自评表"), line(150, "项目名称")));
        List<PdfPage> read = PdfPageFurniture.remove(pages, Vocabulary.standard());
        assertEquals("项目支出绩效自评表项目名称", text(read.get(0)));
        assertEquals("项目支出绩效自评表项目名称", text(read.get(1)));
    }

    @Test
    void aUnitsFirstLineOverItsTitleStays() {
        List<PdfPage> pages = List.of(
                page(1, line(60, "填报单位:永德县明朗中学"), line(80, "某某表"), line(150, "项目名称")),
                page(2, line(60, "填报单位:永德县明朗中学"), line(80, "某某表"), line(150, "项目名称")));
        List<PdfPage> read = PdfPageFurniture.remove(pages, Vocabulary.standard());
        assertEquals("填报单位:永德县明朗中学某某表项目名称", text(read.get(1)));
    }

    @Test
    void aFigureUnderTheTableThatIsNoPageNumberStays() {
        List<PdfPage> pages = List.of(page(1, line(150, "总分"), line(230, "100 96")));
        assertEquals("总分10096", text(PdfPageFurniture.remove(pages, Vocabulary.standard()).get(0)));
    }

    private static PdfPage page(int number, List<PdfGlyph>... lines) {
        List<PdfRuling> rulings = List.of(new PdfRuling(true, 100, 50, 350), new PdfRuling(true, 200, 50, 350),
                new PdfRuling(false, 50, 100, 200), new PdfRuling(false, 350, 100, 200));
        List<PdfGlyph> glyphs = new ArrayList<>();
        for (List<PdfGlyph> line : lines) {
            glyphs.addAll(line);
        }
        return new PdfPage(number, glyphs, PdfTable.find(rulings), 0);
    }

    private static List<PdfGlyph> line(float baseline, String text) {
        List<PdfGlyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new PdfGlyph(String.valueOf(text.charAt(i)), 60 + i * 12, baseline, 12, 12));
        }
        return glyphs;
    }

    private static String text(PdfPage page) {
        StringBuilder text = new StringBuilder();
        page.glyphs().stream().filter(g -> !g.isSpace()).forEach(g -> text.append(g.text()));
        return text.toString();
    }
}
