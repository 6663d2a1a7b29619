package perfaudit.ingest.grammar.indicators.levels;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.model.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows whose 二级 belongs to another 一级 than the printed one in force (经济效益指标 inside 产出指标(50分)).
 * The builder re-files such a row under its 二级's own 一级 at once, which mends a form whose 一级 cell
 * was lost or printed further down (a merged cell's text at the middle of its rows). Real forms also
 * file a 二级 under the wrong parent, and then the printed 一级 is the form's own reading. So the rows
 * re-filed away from a printed 一级 are watched, and put back under it (with a note) when the form
 * shows its cell spans them: a 二级 (or the label) of the printed 一级 comes again after them with no
 * other 一级 printed between, or the 一级's stated points are met exactly with them and not without.
 */
public final class CrossFiling {

    /** The 一级 printed in force: its labels and the index of its first row in the form's indicators. */
    private record Printed(String level1, String raw, BigDecimal points, int from) {
    }

    /** Rows [from, to) re-filed under {@code parent} while {@link Printed} was the printed 一级. */
    private static final class Span {
        final int from;
        int to = -1;
        final String parent;
        Cell at;

        Span(int from, String parent) {
            this.from = from;
            this.parent = parent;
        }
    }

    private final FormDraft form;
    private final ProblemLog log;
    private Printed printed;
    private final List<Span> pending = new ArrayList<>();
    private Span open;

    public CrossFiling(FormDraft form, ProblemLog log) {
        this.form = form;
        this.log = log;
    }

    /** An 一级 is printed: the run of the one before ends (decided by its points), this one's begins. */
    public void printed(String level1, String raw, BigDecimal points) {
        endRun();
        printed = raw == null ? null : new Printed(level1, raw, points, form.indicators.size());
    }

    /** A block begins or the table ends: the run of the printed 一级 ends. */
    public void endRun() {
        close();
        decideByPoints();
        pending.clear();
        printed = null;
    }

    /** Whether {@code level1} / {@code raw} are the printed 一级's labels (not re-filed, not inferred). */
    public boolean isPrinted(String level1, String raw) {
        return printed != null && printed.level1.equals(level1) && printed.raw.equals(raw);
    }

    /** The rows from here on are re-filed away from the printed 一级, under {@code parent}. */
    public void refiled(String parent) {
        close();
        open = new Span(form.indicators.size(), parent);
    }

    /** Whether rows are being re-filed away from the printed 一级 under {@code parent}. */
    public boolean refiling(String parent) {
        return open != null && open.parent.equals(parent);
    }

    /** A row is added (at cell {@code at}): the first of a re-filed span is where its note points. */
    public void added(Cell at) {
        if (open != null && open.at == null) {
            open.at = at;
        }
    }

    /** A 二级 not of the re-filed parent, not of the printed 一级: the span ends, re-filed as it is unless the points say. */
    public void close() {
        if (open != null) {
            open.to = form.indicators.size();
            pending.add(open);
            open = null;
        }
    }

    /**
     * The printed 一级 comes again (its 二级, or its label) after re-filed rows: its cell spans them.
     * Puts them back under it; the caller restores the printed labels ({@link #printedRaw()}, {@link #printedPoints()})
     * for the rows that follow. False when there is nothing to come back to.
     */
    public boolean spansAgain(String level1) {
        if (printed == null || !printed.level1.equals(level1) || open == null && pending.isEmpty()) {
            return false;
        }
        close();
        keep("the printed 一级 cell spans it (its 二级 continue after it)");
        return true;
    }

    public String printedRaw() {
        return printed.raw;
    }

    public BigDecimal printedPoints() {
        return printed.points;
    }

    /** At the end of the printed 一级's run: put the re-filed rows back if only with them its stated points are met. */
    private void decideByPoints() {
        if (printed == null || printed.points == null || pending.isEmpty()) {
            return;
        }
        BigDecimal without = BigDecimal.ZERO;
        BigDecimal with = BigDecimal.ZERO;
        int end = form.indicators.size();
        for (int i = printed.from; i < end; i++) {
            Indicator row = form.indicators.get(i);
            boolean underPrinted = isPrinted(row.level1(), row.level1Raw());
            boolean refiled = inPendingSpan(i, row);
            if (row.child() || !underPrinted && !refiled) {
                continue;
            }
            if (row.weight() == null) {
                return; // a row's points unknown: the sums cannot tell
            }
            with = with.add(row.weight());
            if (underPrinted) {
                without = without.add(row.weight());
            }
        }
        if (with.compareTo(printed.points) == 0 && without.compareTo(printed.points) != 0) {
            keep("the 一级's stated " + printed.points.stripTrailingZeros().toPlainString()
                    + " points are met only with it");
        }
    }

    private boolean inPendingSpan(int i, Indicator row) {
        for (Span span : pending) {
            if (i >= span.from && i < span.to && row.level1Raw() == null && span.parent.equals(row.level1())) {
                return true;
            }
        }
        return false;
    }

    /** Puts every pending span's rows back under the printed 一级, with a note on each span's first row. */
    private void keep(String why) {
        for (Span span : pending) {
            String level2 = null;
            for (int i = span.from; i < span.to && i < form.indicators.size(); i++) {
                Indicator row = form.indicators.get(i);
                if (row.level1Raw() == null && span.parent.equals(row.level1())) {
                    form.indicators.set(i, row.underLevel1(printed.level1, printed.raw, printed.points));
                    level2 = level2 == null ? row.level2Raw() : level2;
                }
            }
            if (span.at != null && level2 != null) {
                log.note(span.at.row(), span.at.location(), span.at.text(), "二级 " + level2 + " 属于" + span.parent
                        + ",原表列在" + printed.raw + "下,按原表保留 — the 二级 belongs to " + span.parent
                        + " but is printed under " + printed.raw + ", kept there: " + why);
            }
        }
        pending.clear();
    }
}
