package perfaudit.ingest.pdf.flow;

import perfaudit.ingest.pdf.PdfGlyph;
import perfaudit.ingest.pdf.PdfLines;
import perfaudit.ingest.pdf.ConnectedItems;

import perfaudit.ingest.CellText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page whose table draws no ruling lines (a Word table without borders, a web page printed without its CSS
 * borders): a cell's text wrapped over two or three lines sits on lines of its own, between and beside the lines of
 * the row's other cells (vertically centred cells put them above and below), so the page's lines cut every such row
 * into pieces the flow reader cannot put together ("产出指 … 食品安全抽 / 数量指标 批次 ≥ 2000 … / 标 检批次").
 *
 * <p>The wrapped lines of one cell are stacked exactly one line pitch apart in the same column, while cells of the
 * next row stand further off (the cell's padding). So the pieces of text (cut at the gaps between cells) that overlap
 * in a column at the page's line pitch are one cell; cells whose lines overlap in height are one row, read as one
 * line, its cells left to right. Where that cannot be told, the page's lines are kept as they are: a page with no
 * wrapped cell, a cell stacking figures (rows set with no gap between them: the pitch does not part them), and a row
 * that would hold two cells in one column (a cell merged over rows) keep their lines.
 */
final class PdfRowBands {

    /** Lines this far apart (in line pitches) are one cell's wrapped lines; the padding between rows adds more. */
    private static final float SAME_CELL = 1.06f;
    private static final Pattern FIGURE = Pattern.compile("[-+]?[\\d.,]+%?");
    /** A dash printed for "none" in a figure's cell (— －): one line, as a figure. */
    private static final Pattern NONE = Pattern.compile("[—－-]{1,2}");

    record Piece(String text, float x, float endX, float baseline, float size, int line) {

        boolean overlaps(Piece other) {
            return x < other.endX && other.x < endX;
        }
    }

    /** One cell: its pieces, top to bottom, and its bounds, kept as pieces are added (asked in every sort and test). */
    static final class Block {
        final List<Piece> pieces = new ArrayList<>();
        private float top;
        private float bottom;
        private float x;
        private float endX;
        private boolean wrapped;

        void add(Piece piece) {
            if (pieces.isEmpty()) {
                top = piece.baseline;
                bottom = piece.baseline;
                x = piece.x;
                endX = piece.endX;
            } else {
                top = Float.compare(piece.baseline, top) < 0 ? piece.baseline : top;
                bottom = Float.compare(piece.baseline, bottom) > 0 ? piece.baseline : bottom;
                x = Float.compare(piece.x, x) < 0 ? piece.x : x;
                endX = Float.compare(piece.endX, endX) > 0 ? piece.endX : endX;
                wrapped |= pieces.get(0).line != piece.line;
            }
            pieces.add(piece);
        }

        float top() {
            return top;
        }

        float bottom() {
            return bottom;
        }

        float x() {
            return x;
        }

        float endX() {
            return endX;
        }

        boolean wrapped() {
            return wrapped;
        }

        boolean overlaps(Block other) {
            return x() < other.endX() && other.x() < endX();
        }

        String text() {
            List<String> lines = new ArrayList<>();
            int line = -1;
            for (Piece piece : pieces) {
                if (piece.line != line) {
                    lines.add(piece.text);
                    line = piece.line;
                } else {
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + piece.text);
                }
            }
            return CellText.join(lines);
        }
    }

    private PdfRowBands() {
    }

    /** The page's lines with each wrapped row of an unruled table on one line, or null where nothing is wrapped. */
    static List<String> lines(List<PdfGlyph> glyphs) {
        Layout layout = layout(glyphs);
        if (layout == null) {
            return null;
        }
        List<List<Block>> bands = bands(layout.blocks);
        boolean moved = PdfMergedCells.place(bands, layout.pitch);
        if (!moved && layout.blocks.stream().noneMatch(Block::wrapped)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        bands.forEach(b -> emit(b, layout.lines, layout.edges, out));
        return out;
    }

    /**
     * The page's rows as {@link #lines} tells them, top to bottom, each as its cells left to right (a row of an unruled
     * table printed on after a ruled part, to be put in that part's columns); null where the rows cannot be told.
     */
    static List<List<BandCell>> cells(List<PdfGlyph> glyphs) {
        Layout layout = layout(glyphs);
        if (layout == null) {
            return null;
        }
        List<List<Block>> bands = bands(layout.blocks);
        PdfMergedCells.place(bands, layout.pitch);
        List<List<BandCell>> rows = new ArrayList<>();
        for (List<Block> band : bands) {
            List<Block> sorted = new ArrayList<>(band);
            sorted.sort(Comparator.comparingDouble(Block::x));
            rows.add(sorted.stream().map(b -> new BandCell(b.text(), b.x(), b.endX())).toList());
        }
        return rows;
    }

    /** A page's lines, their right-aligned figure edges, line pitch and cells; null where no pitch parts the rows. */
    private record Layout(List<List<PdfGlyph>> lines, List<Float> edges, float pitch, List<Block> blocks) {
    }

    private static Layout layout(List<PdfGlyph> glyphs) {
        List<List<PdfGlyph>> lines = PdfLines.groups(glyphs);
        lines.removeIf(l -> l.stream().allMatch(PdfGlyph::isSpace));
        List<Piece> pieces = new ArrayList<>();
        List<Float> edges = PdfLines.rightEdges(lines);
        for (int i = 0; i < lines.size(); i++) {
            pieces.addAll(pieces(lines.get(i), i, edges));
        }
        float pitch = pitch(pieces);
        if (pitch == 0) {
            return null;
        }
        java.util.Set<Integer> breaks = rowBreaks(pieces, pitch);
        List<Block> blocks = blocks(pieces, pitch, breaks);
        if (!breaks.isEmpty() || blocks.stream().anyMatch(PdfRowBands::stacksFigures)) {
            blocks = PdfTouchingRows.split(blocks, pitch); // rows touch: one pitch apart is no evidence of one cell
        }
        if (blocks.stream().anyMatch(PdfRowBands::stacksFigures)) {
            return null;
        }
        return new Layout(lines, edges, pitch, blocks);
    }

    /** A line cut at the gaps the line reader reads as spaces between drawn glyphs. */
    private static List<Piece> pieces(List<PdfGlyph> line, int index, List<Float> edges) {
        List<Piece> pieces = new ArrayList<>();
        List<PdfGlyph> piece = new ArrayList<>();
        boolean[] breaks = PdfLines.breaks(line, edges);
        for (int i = 0; i < line.size(); i++) {
            PdfGlyph glyph = line.get(i);
            if (breaks[i]) {
                add(pieces, piece, index);
                piece = new ArrayList<>();
            }
            piece.add(glyph);
        }
        add(pieces, piece, index);
        return pieces;
    }

    private static void add(List<Piece> pieces, List<PdfGlyph> glyphs, int line) {
        List<PdfGlyph> drawn = glyphs.stream().filter(g -> !g.isSpace()).toList();
        if (drawn.isEmpty()) {
            return;
        }
        pieces.add(new Piece(PdfLines.text(glyphs).strip(), drawn.get(0).x(), drawn.get(drawn.size() - 1).endX(),
                drawn.get(0).baseline(), drawn.get(0).size(), line));
    }

    /** The page's line pitch: the least distance between two pieces in one column, at least most of a font size. */
    private static float pitch(List<Piece> pieces) {
        float pitch = 0;
        for (Piece a : pieces) {
            for (Piece b : pieces) {
                float d = b.baseline - a.baseline;
                if (b.line != a.line && d >= 0.8f * a.size && a.overlaps(b) && (pitch == 0 || d < pitch)) {
                    pitch = d;
                }
            }
        }
        return pitch;
    }

    /**
     * Pieces joined into cells: overlapping in a column, one line pitch apart, and not across a row break. Rows set with
     * no gap between them (no cell padding) stand one pitch apart too; a figure right under a figure (one-line cells:
     * 分值, 得分, amounts, a dash for none) says a row ends between their lines, so no piece joins across those lines.
     */
    private static List<Block> blocks(List<Piece> pieces, float pitch, java.util.Set<Integer> breaks) {
        int[] group = ConnectedItems.groups(pieces.size(), (i, j) -> {
            Piece a = pieces.get(i);
            Piece b = pieces.get(j);
            return a.line != b.line && a.overlaps(b) && Math.abs(b.baseline - a.baseline) <= SAME_CELL * pitch
                    && !breaks.contains(Math.min(a.line, b.line));
        });
        List<Block> blocks = new ArrayList<>();
        Block[] ofRoot = new Block[pieces.size()]; // group names are item indices
        for (int i = 0; i < pieces.size(); i++) {
            Block block = ofRoot[group[i]];
            if (block == null) {
                block = new Block();
                ofRoot[group[i]] = block;
                blocks.add(block);
            }
            block.add(pieces.get(i));
        }
        return blocks;
    }

    /** The lines after which a row ends: a figure on the next line stands right under a figure of this one. */
    private static java.util.Set<Integer> rowBreaks(List<Piece> pieces, float pitch) {
        java.util.Set<Integer> breaks = new java.util.HashSet<>();
        for (Piece a : pieces) {
            for (Piece b : pieces) {
                float d = b.baseline - a.baseline;
                if (b.line > a.line && d > 0 && d <= SAME_CELL * pitch && a.overlaps(b) && isFigure(a) && isFigure(b)) {
                    breaks.add(a.line);
                }
            }
        }
        return breaks;
    }

    private static boolean isFigure(Piece piece) {
        return FIGURE.matcher(piece.text).matches() || NONE.matcher(piece.text).matches();
    }

    /** Figures on two lines of one "cell": rows set without a gap, which the pitch cannot part. */
    static boolean stacksFigures(Block block) {
        return block.pieces.stream().filter(p -> FIGURE.matcher(p.text).matches()).map(Piece::line).distinct().count() > 1;
    }

    /** Cells whose lines overlap in height make a row, top to bottom. */
    private static List<List<Block>> bands(List<Block> blocks) {
        blocks.sort(Comparator.comparingDouble(Block::top));
        List<List<Block>> bands = new ArrayList<>();
        List<Block> band = new ArrayList<>();
        float bottom = 0;
        for (Block block : blocks) {
            float slack = 0.3f * block.pieces.get(0).size;
            if (!band.isEmpty() && block.top() > bottom + slack) {
                bands.add(band);
                band = new ArrayList<>();
            }
            bottom = band.isEmpty() ? block.bottom() : Math.max(bottom, block.bottom());
            band.add(block);
        }
        if (!band.isEmpty()) {
            bands.add(band);
        }
        return bands;
    }

    private static void emit(List<Block> band, List<List<PdfGlyph>> lines, List<Float> edges, List<String> out) {
        List<Integer> onLines = band.stream().flatMap(b -> b.pieces.stream()).map(Piece::line).distinct().sorted().toList();
        if (onLines.size() == 1 || twoInOneColumn(band)) {
            onLines.forEach(i -> out.add(PdfLines.text(lines.get(i), edges).strip()));
            return;
        }
        List<Block> cells = new ArrayList<>(band);
        cells.sort(Comparator.comparingDouble(Block::x));
        out.add(String.join(" ", cells.stream().map(Block::text).toList()));
    }

    private static boolean twoInOneColumn(List<Block> band) {
        for (int i = 0; i < band.size(); i++) {
            for (int j = i + 1; j < band.size(); j++) {
                if (band.get(i).overlaps(band.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }
}
