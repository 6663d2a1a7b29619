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
        List<List<PdfGlyph>> groups = groups(glyphs);
        List<Float> edges = rightEdges(groups);
        for (List<PdfGlyph> line : groups) {
            lines.add(line(line, edges));
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
        return text(glyphs, List.of());
    }

    /** As {@link #text(List)}, figures ending on the page's {@link #rightEdges} parted from the text after them. */
    public static String text(List<PdfGlyph> glyphs, List<Float> edges) {
        return line(new ArrayList<>(glyphs), edges).text();
    }

    /** The lines' texts joined as one cell's text. */
    static String cellText(List<PdfGlyph> glyphs) {
        return CellText.join(of(glyphs).stream().map(Line::text).toList());
    }

    /** How far apart (points) two figures' ends may be and still stand on one column edge. */
    private static final float EDGE = 0.3f;

    /**
     * Where figures of a right-aligned column end: an x at which figures of different widths end on two or more lines
     * (10, 4.84 and 5 of a 得分 column). Years of a left-aligned date column end together too, but start together.
     */
    public static List<Float> rightEdges(List<List<PdfGlyph>> lines) {
        List<float[]> runs = new ArrayList<>();
        for (List<PdfGlyph> line : lines) {
            line.sort(Comparator.comparingDouble(PdfGlyph::x));
            float start = Float.NaN;
            for (int i = 0; i < line.size(); i++) {
                PdfGlyph glyph = line.get(i);
                boolean figure = isFigure(glyph);
                if (figure && (Float.isNaN(start) || apart(line.get(i - 1), glyph))) {
                    start = glyph.x();
                }
                boolean ends = figure && (i + 1 == line.size() || !isFigure(line.get(i + 1)) || apart(glyph, line.get(i + 1)));
                if (ends) {
                    runs.add(new float[] {start, glyph.endX()});
                }
                if (!figure) {
                    start = Float.NaN;
                }
            }
        }
        List<Float> edges = new ArrayList<>();
        for (float[] run : runs) {
            boolean otherWidth = runs.stream().anyMatch(o -> Math.abs(o[1] - run[1]) <= EDGE && Math.abs(o[0] - run[0]) > EDGE);
            if (otherWidth) {
                edges.add(run[1]);
            }
        }
        return edges;
    }

    /**
     * A figure ending on a right-aligned column's edge and text set right after it, with any gap (a tenth of the size):
     * Calc right-aligns 4.84 and left-aligns the next cell's 两座站… a point and a half beyond it, closer than a space.
     */
    private static boolean endsColumn(PdfGlyph previous, PdfGlyph glyph, List<Float> edges) {
        return isFigure(previous) && !isFigure(glyph) && glyph.x() - previous.endX() > FIGURE_GAP * glyph.size()
                && edges.stream().anyMatch(e -> Math.abs(e - previous.endX()) <= EDGE);
    }

    /** Whether a gap parts two glyphs of a line into two cells' texts, {@code edges} the page's {@link #rightEdges}. */
    public static boolean parts(PdfGlyph previous, PdfGlyph glyph, List<Float> edges) {
        return apart(previous, glyph) || endsColumn(previous, glyph, edges);
    }

    private static Line line(List<PdfGlyph> glyphs, List<Float> edges) {
        glyphs.sort(Comparator.comparingDouble(PdfGlyph::x));
        StringBuilder text = new StringBuilder();
        PdfGlyph previous = null;
        float top = Float.MAX_VALUE;
        for (PdfGlyph glyph : glyphs) {
            if (previous != null && !previous.isSpace() && !glyph.isSpace()
                    && parts(previous, glyph, edges)) {
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
