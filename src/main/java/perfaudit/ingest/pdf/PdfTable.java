package perfaudit.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A bordered table found on a page: the x of its column borders and the y of its row borders,
 * and the rulings that draw them. A cell whose border is not drawn on one side is merged with its
 * neighbour there, which is how merged cells show in a PDF.
 */
final class PdfTable {

    /** Rulings closer than this (points) are the same line. */
    static final float SNAP = 1.5f;

    private float[] xs;
    private final float[] ys;
    private final List<PdfRuling> rulings;

    private PdfTable(float[] xs, float[] ys, List<PdfRuling> rulings) {
        this.xs = xs;
        this.ys = ys;
        this.rulings = rulings;
    }

    float left() {
        return xs[0];
    }

    float right() {
        return xs[xs.length - 1];
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    float rowTop(int row) {
        return ys[row];
    }

    boolean contains(float x, float y) {
        return x >= left() - SNAP && x <= right() + SNAP && y >= top() - SNAP && y <= bottom() + SNAP;
    }

    /** The column whose span holds {@code x}, clamped to the table. */
    int columnAt(float x) {
        return index(xs, x);
    }

    int rowAt(float y) {
        return index(ys, y);
    }

    private static int index(float[] bounds, float value) {
        for (int i = 1; i < bounds.length - 1; i++) {
            if (value < bounds[i]) {
                return i - 1;
            }
        }
        return bounds.length - 2;
    }

    /**
     * Adds column borders of another part of the same table (its continuation on the next page),
     * so that both parts have the same columns. Where this part draws no border at such an x its
     * cells simply span it.
     */
    void addColumns(float[] others) {
        float[] all = Arrays.copyOf(xs, xs.length + others.length);
        System.arraycopy(others, 0, all, xs.length, others.length);
        xs = snap(all);
    }

    float[] columnBorders() {
        return xs.clone();
    }

    /** True when a border is drawn between cell (row, column) and the cell to its right. */
    boolean borderRight(int row, int column) {
        float slack = (ys[row + 1] - ys[row]) * 0.25f;
        return rulings.stream().anyMatch(r -> !r.horizontal() && Math.abs(r.at() - xs[column + 1]) <= SNAP
                && r.covers(ys[row], ys[row + 1], slack));
    }

    /** True when a border is drawn between cell (row, column) and the cell below it (the table's edge for the last row). */
    boolean borderBelow(int row, int column) {
        return horizontalBorder(ys[row + 1], column);
    }

    /** True when a border is drawn above cell (row, column); for the first row, the table's top edge. */
    boolean borderAbove(int row, int column) {
        return horizontalBorder(ys[row], column);
    }

    private boolean horizontalBorder(float y, int column) {
        float slack = (xs[column + 1] - xs[column]) * 0.25f;
        return rulings.stream().anyMatch(r -> r.horizontal() && Math.abs(r.at() - y) <= SNAP
                && r.covers(xs[column], xs[column + 1], slack));
    }

    /** The tables a page's rulings draw: each connected set of at least two horizontal and two vertical lines. */
    static List<PdfTable> find(List<PdfRuling> drawn) {
        List<PdfRuling> rulings = merge(drawn);
        int[] table = ConnectedItems.groups(rulings.size(), (i, j) -> touch(rulings.get(i), rulings.get(j)));
        List<PdfTable> tables = new ArrayList<>();
        for (int i = 0; i < rulings.size(); i++) {
            if (table[i] != i) {
                continue;
            }
            List<PdfRuling> group = new ArrayList<>();
            for (int j = 0; j < rulings.size(); j++) {
                if (table[j] == i) {
                    group.add(rulings.get(j));
                }
            }
            float[] xs = snap(group.stream().filter(r -> !r.horizontal()).map(PdfRuling::at).toList());
            float[] ys = snap(group.stream().filter(PdfRuling::horizontal).map(PdfRuling::at).toList());
            if (xs.length >= 2 && ys.length >= 2) {
                tables.add(new PdfTable(xs, ys, group));
            }
        }
        tables.sort(Comparator.comparingDouble(PdfTable::top));
        return tables;
    }

    private static boolean touch(PdfRuling a, PdfRuling b) {
        if (a.horizontal() == b.horizontal()) {
            return false;
        }
        PdfRuling h = a.horizontal() ? a : b;
        PdfRuling v = a.horizontal() ? b : a;
        return v.at() >= h.from() - 2 * SNAP && v.at() <= h.to() + 2 * SNAP
                && h.at() >= v.from() - 2 * SNAP && h.at() <= v.to() + 2 * SNAP;
    }

    /**
     * Joins pieces of one line: producers often draw a border cell by cell, at positions that
     * differ by a fraction of a point.
     */
    private static List<PdfRuling> merge(List<PdfRuling> drawn) {
        List<PdfRuling> sorted = new ArrayList<>(drawn);
        sorted.removeIf(r -> r.length() < SNAP);
        sorted.sort(Comparator.comparing(PdfRuling::horizontal).thenComparingDouble(PdfRuling::at));
        List<PdfRuling> snapped = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            PdfRuling ruling = sorted.get(i);
            PdfRuling previous = i == 0 ? null : sorted.get(i - 1);
            PdfRuling line = snapped.isEmpty() ? null : snapped.get(snapped.size() - 1);
            boolean sameLine = previous != null && previous.horizontal() == ruling.horizontal()
                    && ruling.at() - previous.at() <= SNAP;
            float at = sameLine ? line.at() : ruling.at();
            snapped.add(new PdfRuling(ruling.horizontal(), at, ruling.from(), ruling.to()));
        }
        snapped.sort(Comparator.comparing(PdfRuling::horizontal).thenComparingDouble(PdfRuling::at)
                .thenComparingDouble(PdfRuling::from));
        List<PdfRuling> merged = new ArrayList<>();
        for (PdfRuling ruling : snapped) {
            PdfRuling last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.horizontal() == ruling.horizontal() && last.at() == ruling.at()
                    && ruling.from() <= last.to() + SNAP) {
                merged.set(merged.size() - 1, new PdfRuling(last.horizontal(), last.at(), last.from(),
                        Math.max(last.to(), ruling.to())));
            } else {
                merged.add(ruling);
            }
        }
        return merged;
    }

    private static float[] snap(List<Float> values) {
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return snap(array);
    }

    /** Sorted, with values closer than {@link #SNAP} taken as one. */
    private static float[] snap(float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        float[] out = new float[sorted.length];
        int n = 0;
        for (float value : sorted) {
            if (n == 0 || value - out[n - 1] > SNAP) {
                out[n++] = value;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
