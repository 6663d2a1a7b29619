package perfaudit.ingest.pdf.flow;

import perfaudit.ingest.pdf.flow.PdfRowBands.Block;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Cells merged over several rows (一级 / 二级 labels, one 得分 for two rows) printed centred on their rows: with no
 * ruling, the label stands on a line of its own between the rows it spans, in columns those rows leave empty,
 * and read as a line it heads the rows under it and leaves those above without it. Its rows are the run of rows
 * around it that leave its columns empty, from the row after the last thing in those columns (a header, a row
 * filling them, the span of the label before it); the run's first rows whose middle is the label's are its span,
 * and the label goes to the first of them, as a merged cell's text goes to its top-left cell. A label no run of
 * rows centres stays where it is.
 */
final class PdfMergedCells {

    private final List<List<Block>> bands;
    private final float pitch;
    /** For each band inside a label's span, the label's cells: the span fills their columns. */
    private final Map<List<Block>, List<Block>> spanned = new IdentityHashMap<>();
    /** The labels (bands of one or two cells) moved to the first row of their span. */
    private final List<Block> placed = new ArrayList<>();

    private PdfMergedCells(List<List<Block>> bands, float pitch) {
        this.bands = bands;
        this.pitch = pitch;
    }

    static boolean place(List<List<Block>> bands, float pitch) {
        return new PdfMergedCells(bands, pitch).place();
    }

    private boolean place() {
        boolean moved = false;
        for (int i = 1; i + 1 < bands.size(); i++) {
            List<Block> label = bands.get(i);
            if (!floats(i)) {
                continue;
            }
            int first = firstRow(i, label);
            int last = first < 0 ? -1 : lastRow(first, i + 1, label, -1);
            if (last < 0) {
                continue;
            }
            for (int r = first; r <= last; r++) {
                spanned.computeIfAbsent(bands.get(r), k -> new ArrayList<>()).addAll(label);
            }
            bands.get(first).addAll(label);
            bands.remove(i);
            i--;
            if (label.size() <= 2) {
                // an 一级 / 二级 (and a merged 得分) centred on its rows; a band of more cells lifted so is a row whose
                // neighbours wrap round it, no evidence of where a column's labels stand
                placed.addAll(label);
            }
            moved = true;
        }
        return (moved && placeInline()) | moved;
    }

    /**
     * Once labels are seen centred on their rows, a label of the same column printed on the line of a row (the middle
     * row of an odd span) heads the rows above it that nothing else heads: those from the band after the last one
     * filling its column, where the span from there has the label's middle.
     */
    private boolean placeInline() {
        boolean moved = false;
        for (int i = 1; i < bands.size(); i++) {
            for (Block cell : List.copyOf(bands.get(i))) {
                List<Block> label = List.of(cell);
                if (placed.contains(cell) || !clear(i - 1, label) || placed.stream().noneMatch(cell::overlaps)) {
                    continue;
                }
                int first = firstRow(i, label);
                int last = first < 0 ? -1 : lastRow(first, i, label, i);
                if (last < i) {
                    continue;
                }
                for (int r = first; r <= last; r++) {
                    spanned.computeIfAbsent(bands.get(r), k -> new ArrayList<>()).add(cell);
                }
                bands.get(i).remove(cell);
                bands.get(first).add(cell);
                placed.add(cell);
                moved = true;
            }
        }
        return moved;
    }

    /**
     * The first row of the label's run: the first band, not itself such a label, after the nearest band above that
     * fills the label's columns (a header, a row, another label's span); -1 where the page's top comes first.
     */
    private int firstRow(int label, List<Block> cells) {
        int stop = label - 1;
        while (stop >= 0 && (floats(stop) || clear(stop, cells))) {
            stop--;
        }
        if (stop < 0) {
            return -1;
        }
        for (int r = stop + 1; r < label; r++) {
            if (!floats(r)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The last row, from band {@code from} on, of the span from {@code first} whose middle is the label's, or -1 where
     * no run of rows leaving its column empty (but the label's own band {@code own}) has it.
     */
    private int lastRow(int first, int from, List<Block> cells, int own) {
        float middle = (top(cells) + bottom(cells)) / 2;
        for (int r = from; r < bands.size() && (r == own || clear(r, cells)); r++) {
            if (floats(r)) {
                continue;
            }
            float span = (top(bands.get(first)) + bottom(bands.get(r))) / 2;
            if (Math.abs(span - middle) <= pitch / 2) {
                return r;
            }
        }
        return -1;
    }

    /** A band whose cells the bands right above and below it leave empty: a label centred on rows around it. */
    private boolean floats(int i) {
        return i > 0 && i + 1 < bands.size() && clear(i - 1, bands.get(i)) && clear(i + 1, bands.get(i));
    }

    private boolean clear(int band, List<Block> cells) {
        return noneOverlaps(bands.get(band), cells) && noneOverlaps(spanned.getOrDefault(bands.get(band), List.of()), cells);
    }

    private static boolean noneOverlaps(List<Block> filled, List<Block> cells) {
        for (Block b : filled) {
            for (Block cell : cells) {
                if (b.overlaps(cell)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static float top(List<Block> band) {
        if (band.isEmpty()) {
            throw new NoSuchElementException(); // as the stream's min of no band did: a band emptied by a move
        }
        float top = band.get(0).top();
        for (Block block : band) {
            top = Float.compare(block.top(), top) < 0 ? block.top() : top;
        }
        return top;
    }

    private static float bottom(List<Block> band) {
        if (band.isEmpty()) {
            throw new NoSuchElementException();
        }
        float bottom = band.get(0).bottom();
        for (Block block : band) {
            bottom = Float.compare(block.bottom(), bottom) > 0 ? block.bottom() : bottom;
        }
        return bottom;
    }
}
