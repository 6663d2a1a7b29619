package perfaudit.ingest.grammar.indicators.levels;

import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.model.Indicator;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * 一级 / 二级 labels printed at the foot of their merged cells. Calc aligns a cell's text to its foot unless told
 * otherwise, so a sheet printed without grid lines shows each merged label on the LAST row it spans, and a reader going
 * down the rows meets the rows before the label they belong to (the first row with no label at all, the rows above a
 * new 二级 filed under the one before). The labels are at the foot of their spans when the table says so three ways at
 * once: its first row prints neither label (a label at the top or centred on a one-row span would be there), its last
 * row prints both (every span ends there), and every row printing an 一级 prints a 二级 too (an 一级 span ends where
 * a 二级 span ends). Then each row is read under the labels of the nearest row at or below it that prints them, and
 * the reading is noted. Any other table is left as read.
 */
public final class FootLabels {

    /** A row of the table: its place in the form's rows, whether it printed its own 一级 / 二级, where and what it read. */
    public record Row(int index, boolean level1, boolean level2, int number, SourceLocation at, String text) {
    }

    private final List<Row> rows = new ArrayList<>();

    public void add(Row row) {
        rows.add(row);
    }

    /** Re-files the table's rows {@code from}.. of {@code form} when their labels stand at the foot of their spans. */
    public void settle(List<Indicator> form, int from, ProblemLog log) {
        int n = form.size() - from;
        if (n < 2 || rows.size() != n || rows.get(0).index() != from
                || form.subList(from, form.size()).stream().anyMatch(r -> r.block() != null)) {
            return;
        }
        Row first = rows.get(0);
        Row last = rows.get(n - 1);
        if (first.level1() || first.level2() || !last.level1() || !last.level2()
                || rows.stream().anyMatch(r -> r.level1() && !r.level2())) {
            return;
        }
        Indicator labels = null;
        for (int i = n - 1; i >= 0; i--) {
            Row row = rows.get(i);
            Indicator read = form.get(row.index());
            if (row.level2()) {
                labels = row.level1() ? read : read.underLevel1(labels.level1(), labels.level1Raw(), labels.level1Points());
            }
            form.set(row.index(), read.underLevelsOf(labels));
        }
        log.note(first.number(), first.at(), first.text(), "一级 / 二级指标标签印在合并单元格底部（各行之后），已按其所跨的行读取"
                + " — the 一级 / 二级 labels stand at the foot of their merged cells (after the rows they span): read as"
                + " spanning the rows above them");
    }
}
