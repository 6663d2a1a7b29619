package perfaudit.ingest.pdf;

import perfaudit.ingest.CellText;

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
     * Where figures of a right-aligned column end: an x at which figures standing alone (a gap before them, or the line's
     * start) and of different widths end on two or more lines (10, 4.84 and 5 of a 得分 column). Years of a
     * left-aligned date column end together too, but start together.
     */
    public static List<Float> rightEdges(List<List<PdfGlyph>> lines) {
        List<float[]> runs = new ArrayList<>();
        for (List<PdfGlyph> line : lines) {
            line.sort(Comparator.comparingDouble(PdfGlyph::x));
            runs.addAll(figureRuns(line));
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

    /** The line's figures standing alone, as {start, end}. */
    private static List<float[]> figureRuns(List<PdfGlyph> line) {
        List<float[]> runs = new ArrayList<>();
        boolean alone = false;
        float start = 0;
        for (int i = 0; i < line.size(); i++) {
            PdfGlyph glyph = line.get(i);
            if (!isFigure(glyph)) {
                continue;
            }
            PdfGlyph before = i == 0 ? null : line.get(i - 1);
            if (before == null || !isFigure(before) || apart(before, glyph)) {
                start = glyph.x();
                alone = before == null || before.isSpace() || apart(before, glyph);
            }
            PdfGlyph after = i + 1 < line.size() ? line.get(i + 1) : null;
            if (alone && (after == null || !isFigure(after) || apart(glyph, after))) {
                runs.add(new float[] {start, glyph.endX()});
            }
        }
        return runs;
    }

    /**
     * Where the line's text parts into cells: before glyph i where a gap parts it from the glyph before
     * ({@link #apart}), or where a figure standing alone ends on a right-aligned column's edge ({@code edges}, the
     * page's {@link #rightEdges}) and text is set right after it, with any gap (a tenth of the size): Calc
     * right-aligns 4.84 and left-aligns the next cell's 两座站… a point and a half beyond it, closer than a space.
     * Text run into a figure (参保20.6万人, Writer's spacing between Chinese and figures) never parts so.
     */
    public static boolean[] breaks(List<PdfGlyph> line, List<Float> edges) {
        boolean[] breaks = new boolean[line.size()];
        boolean alone = false;
        for (int i = 1; i < line.size(); i++) {
            PdfGlyph before = line.get(i - 1);
            PdfGlyph glyph = line.get(i);
            if (isFigure(before) && (i == 1 || !isFigure(line.get(i - 2)) || apart(line.get(i - 2), before))) {
                PdfGlyph first = i == 1 ? null : line.get(i - 2);
                alone = first == null || first.isSpace() || apart(first, before);
            }
            if (before.isSpace() || glyph.isSpace()) {
                continue;
            }
            breaks[i] = apart(before, glyph) || alone && isFigure(before) && !isFigure(glyph)
                    && glyph.x() - before.endX() > FIGURE_GAP * glyph.size()
                    && edges.stream().anyMatch(e -> Math.abs(e - before.endX()) <= EDGE);
        }
        return breaks;
    }

    private static Line line(List<PdfGlyph> glyphs, List<Float> edges) {
        glyphs.sort(Comparator.comparingDouble(PdfGlyph::x));
        boolean[] breaks = breaks(glyphs, edges);
        StringBuilder text = new StringBuilder();
        float top = Float.MAX_VALUE;
        for (int i = 0; i < glyphs.size(); i++) {
            PdfGlyph glyph = glyphs.get(i);
            if (breaks[i]) {
                text.append(' ');
            }
            if (!(glyph.isSpace() && (text.isEmpty() || text.charAt(text.length() - 1) == ' '))) {
                text.append(glyph.isSpace() ? " " : glyph.text());
            }
            top = Math.min(top, glyph.baseline() - glyph.size());
        }
        return new Line(text.toString().stripLeading(), top, glyphs.get(0).baseline(), glyphs.get(0).x());
    }
}
