package perfaudit.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a PDF as read: its characters, the bordered tables its lines draw, the lines of
 * text outside those tables, and how many images it shows (a page of images and no text is a scan).
 */
public record PdfPage(int number, List<PdfGlyph> glyphs, List<PdfTable> tables, int images) {

    boolean hasText() {
        return glyphs.stream().anyMatch(g -> !g.isSpace());
    }

    /** The table holding a glyph's middle, or null when the glyph is outside every table. */
    PdfTable tableOf(PdfGlyph glyph) {
        for (PdfTable table : tables) {
            if (table.contains(glyph.centreX(), glyph.centreY())) {
                return table;
            }
        }
        return null;
    }

    /** The glyphs outside every table (titles, the year line, 附件). */
    List<PdfGlyph> freeGlyphs() {
        List<PdfGlyph> free = new ArrayList<>();
        for (PdfGlyph glyph : glyphs) {
            if (tableOf(glyph) == null) {
                free.add(glyph);
            }
        }
        return free;
    }

    /** The top of the first thing on the page: text or a table. */
    float firstTop() {
        float top = tables.isEmpty() ? Float.MAX_VALUE : tables.get(0).top();
        for (PdfLines.Line line : PdfLines.of(freeGlyphs())) {
            top = Math.min(top, line.top());
        }
        return top;
    }

    /** The bottom of the last thing on the page. */
    float lastBottom() {
        float bottom = tables.isEmpty() ? -Float.MAX_VALUE : tables.get(tables.size() - 1).bottom();
        for (PdfLines.Line line : PdfLines.of(freeGlyphs())) {
            bottom = Math.max(bottom, line.baseline());
        }
        return bottom;
    }
}
