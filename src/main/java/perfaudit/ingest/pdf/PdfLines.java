package perfaudit.ingest.pdf;

import perfaudit.ingest.office.CellText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs into lines of text: glyphs whose baselines agree make a line, read left to right. A gap
 * wider than a quarter of the font size is a space where the producer drew none.
 */
public final class PdfLines {

    /** A line of text (ending with a space when the producer drew one there, as at a wrap) and where it sits. */
    public record Line(String text, float top, float baseline, float x) {
    }

    public static final float SAME_LINE = 0.4f;
    public static final float SPACE = 0.25f;

    private PdfLines() {
    }

    public static List<Line> of(List<PdfGlyph> glyphs) {
        List<Line> lines = new ArrayList<>();
        for (List<PdfGlyph> line : groups(glyphs)) {
            lines.add(line(line));
        }
        lines.removeIf(l -> l.text().isBlank());
        return lines;
    }

    /** The glyphs of each line, top to bottom, each line's glyphs left to right. */
    public static List<List<PdfGlyph>> groups(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline).thenComparingDouble(PdfGlyph::x));
        List<List<PdfGlyph>> lines = new ArrayList<>();
        List<PdfGlyph> line = new ArrayList<>();
        for (PdfGlyph glyph : sorted) {
            if (!line.isEmpty() && glyph.baseline() - line.get(0).baseline() > SAME_LINE * line.get(0).size()) {
                lines.add(line);
                line = new ArrayList<>();
            }
            line.add(glyph);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(PdfGlyph::x)));
        return lines;
    }

    /**
     * Whether a gap parts two glyphs: wider than a quarter of the font size, or, between two figures, any gap at all
     * (a tenth of the size). A figure's digits are set edge to edge; a number ending where the next cell's begins (Calc
     * right-aligns 608 and left-aligns the 95% beside it, a point and a half apart, with no grid between) is two.
     */
    private static boolean apart(PdfGlyph previous, PdfGlyph glyph) {
        float gap = glyph.x() - previous.endX();
        float size = Math.max(glyph.size(), previous.size());
        return gap > SPACE * size || gap > FIGURE_GAP * size && isFigure(previous) && isFigure(glyph);
    }

    private static final float FIGURE_GAP = 0.1f;

    private static boolean isFigure(PdfGlyph glyph) {
        String text = glyph.text();
        return text.length() == 1 && (Character.isDigit(text.charAt(0)) || text.equals("%") || text.equals("."));
    }

    /** The text of one line's glyphs (left to right), a space where the producer left a gap. */
    public static String text(List<PdfGlyph> glyphs) {
        return line(new ArrayList<>(glyphs)).text();
    }

    /** The lines' texts joined as one cell's text. */
    static String cellText(List<PdfGlyph> glyphs) {
        return CellText.join(of(glyphs).stream().map(Line::text).toList());
    }

    private static Line line(List<PdfGlyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(PdfGlyph::x));
        StringBuilder text = new StringBuilder();
        PdfGlyph previous = null;
        float top = Float.MAX_VALUE;
        for (PdfGlyph glyph : glyphs) {
            if (previous != null && !previous.isSpace() && !glyph.isSpace() && apart(previous, glyph)) {
                text.append(' ');
            }
            if (!(glyph.isSpace() && (text.isEmpty() || text.charAt(text.length() - 1) == ' '))) {
                text.append(glyph.isSpace() ? " " : glyph.text());
            }
            top = Math.min(top, glyph.baseline() - glyph.size());
            previous = glyph;
        }
        return new Line(text.toString().stripLeading(), top, glyphs.get(0).baseline(), glyphs.get(0).x());
    }
}
